package dev.anneal.internal.load;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** How the schema's problems name keys, values, types and lists. */
final class SchemaWords {
  private SchemaWords() {}

  /** Whether some node type has this key. */
  static boolean isNodeKey(String name) {
    for (JsonNode def : SchemaCheck.tree().path("$defs")) {
      if (def.path("properties").has(name) && !name.equals("type")) return true;
    }
    return false;
  }

  /** A mapping whose every value is a mapping with a type, as under {@code schedules}. */
  static boolean namedSchedules(JsonNode value) {
    if (!value.isObject() || value.isEmpty()) return false;
    for (JsonNode child : value) {
      if (!child.isObject() || !child.has("type")) return false;
    }
    return true;
  }

  static boolean isNodeSchema(String schemaAt) {
    return schemaAt.endsWith("/$defs/node/type") || schemaAt.endsWith("/$defs/anyNode/type")
        || schemaAt.endsWith("/$defs/torchNode/type") || schemaAt.endsWith("/$defs/part/type");
  }

  /** The keys that the schema allows in this mapping: the file's, or those of its node type. */
  static List<String> knownKeys(JsonNode value, boolean isFile) {
    JsonNode props;
    if (isFile) {
      props = SchemaCheck.tree().path("properties");
    } else {
      JsonNode type = value.get("type");
      if (type == null || !type.isString()) return List.of();
      props = SchemaCheck.tree().path("$defs").path(type.stringValue()).path("properties");
    }
    List<String> names = new ArrayList<>(props.propertyNames());
    // PyTorch's last_epoch and verbose are accepted but not worth suggesting
    names.remove("last_epoch");
    names.remove("verbose");
    return names;
  }

  static String owner(JsonNode value, boolean isFile) {
    if (isFile) return "a schedule file";
    JsonNode type = value.get("type");
    return type != null && type.isString() ? type.stringValue() : "a node";
  }

  static String expected(String name) {
    return switch (name) {
      case "steps" -> "a duration such as 500, \"5%\" or \"3ep\"";
      case "of", "then" -> "a node";
      case "parts" -> "a list of nodes";
      case "schedulers" -> "a list of torch.* nodes";
      case "milestones", "boundaries" -> "a list of integers";
      case "values" -> "a list of numbers";
      case "every", "step_size", "T_max", "T_0", "by" -> "an integer";
      default -> "a number";
    };
  }

  static String typeWords(@Nullable JsonNode rule) {
    if (rule == null) return "a value of another type";
    List<String> words = new ArrayList<>();
    if (rule.isArray()) {
      for (JsonNode t : rule) words.add(typeWord(t.asString()));
    } else {
      words.add(typeWord(rule.asString()));
    }
    return String.join(" or ", words);
  }

  private static String typeWord(String type) {
    return switch (type) {
      case "integer" -> "an integer";
      case "number" -> "a number";
      case "string" -> "a string";
      case "boolean" -> "true or false";
      case "array" -> "a list";
      case "object" -> "a mapping";
      case "null" -> "null";
      default -> type;
    };
  }

  static List<String> words(JsonNode rule) {
    List<String> items = new ArrayList<>();
    for (JsonNode n : rule) if (n.isString()) items.add(n.stringValue());
    return items;
  }

  static String list(@Nullable JsonNode rule) {
    if (rule == null || !rule.isArray()) return "?";
    List<String> items = new ArrayList<>();
    for (JsonNode n : rule) items.add(n.asString());
    return String.join(", ", items);
  }

  /** The key a pointer ends in, as a user names it: {@code steps}, or {@code milestones[1]} for an item. */
  static String label(String pointer) {
    String key = lastToken(pointer);
    if (key.isEmpty()) return "the file";
    if (!key.chars().allMatch(Character::isDigit)) return key;
    String parent = lastToken(pointer.substring(0, pointer.lastIndexOf('/')));
    return (parent.isEmpty() ? "item" : parent) + "[" + key + "]";
  }

  static String show(@Nullable JsonNode value) {
    return value == null || value.isMissingNode() ? "nothing" : Report.show(value);
  }

  static String lastToken(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }
}
