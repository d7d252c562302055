package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import dev.anneal.spec.TorchNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the keys of one mapping. A wrong or missing value is reported to the binder and replaced by
 * a placeholder, so that every problem of a node is found in one pass; {@link #ok()} then says
 * whether the node can be built. Keys never read are unknown keys.
 */
final class Fields {
  private static final Pattern PERCENT = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)%");
  private static final Pattern EPOCHS = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)ep");

  private final Binder binder;
  private final JsonNode object;
  private final String pointer;
  private final String owner;
  private final Set<String> known = new LinkedHashSet<>();
  private boolean ok = true;

  Fields(Binder binder, JsonNode object, String pointer, String owner) {
    this.binder = binder;
    this.object = object;
    this.pointer = pointer;
    this.owner = owner;
  }

  String pointer() {
    return pointer;
  }

  String pointer(String key) {
    return pointer + "/" + Pointers.escape(key);
  }

  /** Marks a key as known without reading it. */
  void allow(String key) {
    known.add(key);
  }

  private @Nullable JsonNode get(String key) {
    known.add(key);
    return object.get(key);
  }

  private <T> T missing(String key, String what, T placeholder) {
    ok = false;
    binder.report().atValue(pointer, Rule.MISSING_KEY, owner + " needs " + key + " (" + what + "), got no " + key);
    return placeholder;
  }

  private <T> T wrong(String key, String what, JsonNode got, T placeholder) {
    ok = false;
    if (!binder.report().isBroken(pointer(key))) {
      binder.report().atValue(pointer(key), what.startsWith("a duration") ? Rule.INVALID_DURATION : Rule.TYPE_MISMATCH,
          key + " must be " + what + ", got " + Report.show(got));
    }
    return placeholder;
  }

  /** A wrong item of a list: located at the item itself ({@code /milestones/1}), named {@code milestones[1]}. */
  private <T> T wrongItem(String key, int index, String what, JsonNode got, T placeholder) {
    ok = false;
    String at = pointer(key) + "/" + index;
    if (!binder.report().isBroken(at)) {
      binder.report().atValue(at, Rule.TYPE_MISMATCH, key + "[" + index + "] must be " + what + ", got " + Report.show(got));
    }
    return placeholder;
  }

  /** Reports {@code rule} broken by a value already read. */
  void fail(String key, Rule rule, String message) {
    ok = false;
    binder.report().atValue(pointer(key), rule, message);
  }

  /** Reports a node's own rule, broken at a key ({@code milestones}) or an item ({@code schedulers/1}). */
  void fail(SpecException e) {
    ok = false;
    binder.report().atValue(e.pointer().isEmpty() ? pointer : pointer + "/" + e.pointer(), SpecRules.of(e.reason()),
        e.getMessage());
  }

  /** Marks the node as not buildable because of a problem already reported. */
  void invalidate() {
    ok = false;
  }

  boolean ok() {
    return ok;
  }

  boolean has(String key) {
    known.add(key);
    return object.get(key) != null;
  }

  double number(String key) {
    JsonNode v = get(key);
    if (v == null) return missing(key, "a number", 0.0);
    return v.isNumber() ? v.doubleValue() : wrong(key, "a number", v, 0.0);
  }

  @Nullable Double optionalNumber(String key) {
    return has(key) ? (Double) number(key) : null;
  }

  long integer(String key) {
    JsonNode v = get(key);
    if (v == null) return missing(key, "an integer", 0L);
    return v.isIntegralNumber() ? v.longValue() : wrong(key, "an integer", v, 0L);
  }

  @Nullable Long optionalInteger(String key) {
    return has(key) ? (Long) integer(key) : null;
  }

  boolean bool(String key, boolean otherwise) {
    JsonNode v = get(key);
    if (v == null) return otherwise;
    return v.isBoolean() ? v.booleanValue() : wrong(key, "true or false", v, otherwise);
  }

  String string(String key, String otherwise) {
    JsonNode v = get(key);
    if (v == null) return otherwise;
    return v.isString() ? v.stringValue() : wrong(key, "a string", v, otherwise);
  }

  Steps duration(String key) {
    Steps steps = optionalDuration(key);
    return steps != null ? steps : missing(key, "a duration such as 500, \"5%\" or \"3ep\"", Steps.of(1));
  }

  @Nullable Steps optionalDuration(String key) {
    JsonNode v = get(key);
    if (v == null) return null;
    String what = "a duration: a positive integer, \"N%\", \"Nep\" or rest";
    try {
      if (v.isIntegralNumber()) {
        return v.longValue() >= 1 ? Steps.of(v.longValue()) : wrong(key, what, v, Steps.of(1));
      }
      if (v.isString()) {
        String text = v.stringValue();
        if (text.equals("rest")) return Steps.rest();
        Steps steps = null;
        Matcher percent = PERCENT.matcher(text);
        if (percent.matches()) steps = Steps.percent(Double.parseDouble(percent.group(1)));
        Matcher epochs = EPOCHS.matcher(text);
        if (epochs.matches()) steps = Steps.epochs(Double.parseDouble(epochs.group(1)));
        if (steps != null) return resolvable(key, steps);
      }
    } catch (SpecException e) { // "0%", "0ep": the form of a duration, but no steps
      return wrong(key, "a duration above 0 steps (\"0%\" and \"0ep\" are none)", v, Steps.of(1));
    } catch (IllegalArgumentException e) {
      return wrong(key, what, v, Steps.of(1));
    }
    return wrong(key, what, v, Steps.of(1));
  }

  /** Reports, at the value, a "5%" or "3ep" duration that the file's settings cannot resolve. */
  private Steps resolvable(String key, Steps steps) {
    SpecException problem = binder.unresolvable(steps);
    if (problem == null) return steps;
    fail(key, SpecRules.of(problem.reason()), problem.getMessage());
    return Steps.of(1);
  }

  /**
   * The value of {@code key} as its kind reads it: its default (or null) when a file leaves out a
   * key that is not required, a placeholder after a reported problem.
   */
  @Nullable Object read(NodeType.Key key) {
    String name = key.name();
    Object byDefault = key.byDefault();
    if (!key.required() && !has(name)) return byDefault;
    return switch (key.kind()) {
      case NUMBER -> Double.valueOf(number(name));
      case INTEGER -> Long.valueOf(integer(name));
      case BOOLEAN -> Boolean.valueOf(bool(name, Boolean.TRUE.equals(byDefault)));
      case STRING -> string(name, byDefault == null ? "" : (String) byDefault);
      case DURATION, PART_DURATION -> duration(name);
      case NUMBERS -> numbers(name);
      case INTEGERS -> integers(name);
      case NODE -> node(name);
      case NODES, PARTS -> nodes(name);
      case TORCH_NODES -> torchNodes(name);
    };
  }

  /** Reports, at the second one, a sequence's parts that say {@code steps: rest} more than once. */
  void restAtMostOnce(String key, List<?> read) {
    if (ok) RestPart.check(this, binder, key, read.stream().map(Node.class::cast).toList());
  }

  List<Long> integers(String key) {
    JsonNode v = get(key);
    if (v == null) return missing(key, "a list of integers", List.of());
    if (!v.isArray()) return wrong(key, "a list of integers", v, List.of());
    List<Long> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (item.isIntegralNumber()) {
        out.add(item.longValue());
      } else {
        wrongItem(key, i, "an integer", item, 0L);
      }
    }
    return out;
  }

  List<Double> numbers(String key) {
    JsonNode v = get(key);
    if (v == null) return missing(key, "a list of numbers", List.of());
    if (!v.isArray()) return wrong(key, "a list of numbers", v, List.of());
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      JsonNode item = v.get(i);
      if (item.isNumber()) {
        out.add(item.doubleValue());
      } else {
        wrongItem(key, i, "a number", item, 0.0);
      }
    }
    return out;
  }

  @Nullable Node node(String key) {
    JsonNode v = get(key);
    if (v == null) return missing(key, "a node", null);
    Node node = binder.node(v, pointer(key));
    if (node == null) ok = false;
    return node;
  }

  List<Node> nodes(String key) {
    return list(key, "a list of nodes", Function.identity());
  }

  List<TorchNode> torchNodes(String key) {
    return list(key, "a list of torch.* nodes", node -> {
      if (node instanceof TorchNode torch) return torch;
      return null;
    });
  }

  private <T> List<T> list(String key, String what, Function<Node, @Nullable T> convert) {
    JsonNode v = get(key);
    if (v == null) return missing(key, what, List.of());
    if (!v.isArray()) return wrong(key, what, v, List.of());
    List<T> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      String at = pointer(key) + "/" + i;
      Node node = binder.node(v.get(i), at);
      if (node == null) {
        ok = false;
        continue;
      }
      T converted = convert.apply(node);
      if (converted == null) {
        ok = false;
        binder.report().atValue(at + "/type", Rule.NOT_A_TORCH_NODE, "type must be a torch.* scheduler inside "
            + owner + ", got " + node.type());
        continue;
      }
      out.add(converted);
    }
    return out;
  }

  /** Reports every key of the mapping that no reader asked for. */
  void rejectUnknown() {
    for (Map.Entry<String, JsonNode> entry : object.properties()) {
      String key = entry.getKey();
      if (known.contains(key)) continue;
      ok = false;
      String hint = Suggest.closest(key, known);
      binder.report().atKey(pointer(key), Rule.UNKNOWN_KEY, "unknown key " + Report.name(key) + " in " + owner
          + (hint == null ? "" : "; did you mean " + hint + "?") + " (expected one of " + String.join(", ", known) + ")",
          hint);
    }
  }
}
