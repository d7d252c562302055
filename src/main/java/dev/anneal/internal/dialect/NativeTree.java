package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Problem;
import dev.anneal.internal.load.Located;
import dev.anneal.internal.load.Pointers;
import dev.anneal.diagnostic.Rule;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A native schedule file that a dialect builds, each node and key tagged with the pointer of the
 * user's key it comes from: its positions are those keys' positions in the user's file, and
 * {@link #relocate} moves a problem found in it to the user's pointer.
 */
final class NativeTree {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final ObjectNode root = NODES.objectNode();
  private final Located user;
  private final Map<JsonNode, String> nodeTags = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, String>> keyTags = new IdentityHashMap<>();
  private final Map<String, String> origin = new HashMap<>();
  private final Map<Rule, String> byRule = new EnumMap<>(Rule.class);

  NativeTree(Located user, String rootOrigin) {
    this.user = user;
    nodeTags.put(root, rootOrigin);
  }

  /** A new node of {@code type}, from the user's key at {@code from}. */
  ObjectNode node(String type, String from) {
    ObjectNode node = NODES.objectNode();
    node.put("type", type);
    nodeTags.put(node, from);
    return node;
  }

  /** Tags {@code key} of {@code node} as coming from the user's key at {@code from}. */
  ObjectNode tag(ObjectNode node, String key, String from) {
    keyTags.computeIfAbsent(node, n -> new HashMap<>()).put(key, from);
    return node;
  }

  /** Puts every problem of {@code rule} at the user's key at {@code at} (an lr above 1 at the learning rate). */
  void locate(Rule rule, String at) {
    byRule.put(rule, at);
  }

  /** {@return the native document, every pointer at the position of the user's key it comes from} */
  Located located() {
    Map<String, Located.Position> keys = new HashMap<>();
    Map<String, Located.Position> values = new HashMap<>();
    walk(root, "", nodeTags.get(root), keys, values);
    return new Located(root, Map.copyOf(keys), Map.copyOf(values));
  }

  private void walk(JsonNode node, String pointer, String from, Map<String, Located.Position> keys,
      Map<String, Located.Position> values) {
    String here = nodeTags.getOrDefault(node, from);
    origin.put(pointer, here);
    keys.put(pointer, user.key(here));
    values.put(pointer, user.value(here));
    Map<String, String> tags = keyTags.getOrDefault(node, Map.of());
    if (node.isObject()) {
      for (var entry : node.properties()) {
        String child = pointer + "/" + Pointers.escape(entry.getKey());
        walk(entry.getValue(), child, tags.getOrDefault(entry.getKey(), here), keys, values);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) walk(node.get(i), pointer + "/" + i, here, keys, values);
    }
  }

  /** {@code problem}, found in the native document, at the pointer of the user's key it comes from. */
  Problem relocate(Problem problem) {
    String preferred = byRule.get(problem.rule());
    if (preferred != null) {
      Located.Position p = user.key(preferred);
      return new Problem(problem.file(), p.line(), p.column(), preferred, problem.message(), problem.severity(),
          problem.rule(), problem.suggestion());
    }
    for (String at = problem.pointer(); ; at = at.substring(0, at.lastIndexOf('/'))) {
      String from = origin.get(at);
      if (from != null) {
        return new Problem(problem.file(), problem.line(), problem.column(), from, problem.message(),
            problem.severity(), problem.rule(), problem.suggestion());
      }
      if (at.isEmpty()) return problem;
    }
  }
}
