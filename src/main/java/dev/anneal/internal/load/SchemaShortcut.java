package dev.anneal.internal.load;

import tools.jackson.databind.JsonNode;

/**
 * When the binder's word is enough: it checks everything the JSON Schema says but two rules, which
 * only the schema words ({@code schedules} without {@code lr}, and {@code steps: rest} outside a
 * sequence's parts). A file that breaks neither and that the binder accepts skips the schema
 * ({@code SchemaAgreementTest} holds the binder to that on the corpus and on thousands of mutated
 * files); any other file is checked against the schema first, so its problems are the schema's.
 */
final class SchemaShortcut {
  private SchemaShortcut() {}

  /** {@return whether the schedule file {@code target} may skip the schema when the binder accepts it} */
  static boolean applies(JsonNode target) {
    JsonNode schedules = target.get("schedules");
    if (schedules != null && schedules.isObject() && !schedules.has("lr")) return false;
    return !restOutsideParts(target, false);
  }

  private static boolean restOutsideParts(JsonNode node, boolean part) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        if (restOutsideParts(item, false)) return true;
      }
      return false;
    }
    if (!node.isObject()) return false;
    JsonNode steps = node.get("steps");
    if (!part && steps != null && steps.isString() && steps.stringValue().equals("rest")) return true;
    JsonNode type = node.get("type");
    boolean sequence = type != null && type.isString() && type.stringValue().equals("sequence");
    for (var entry : node.properties()) {
      JsonNode value = entry.getValue();
      if (sequence && entry.getKey().equals("parts") && value.isArray()) {
        for (JsonNode item : value) {
          if (restOutsideParts(item, true)) return true;
        }
      } else if (restOutsideParts(value, false)) {
        return true;
      }
    }
    return false;
  }
}
