package dev.anneal.internal.load;

import static dev.anneal.internal.load.SchemaWords.label;
import static dev.anneal.internal.load.SchemaWords.lastToken;
import static dev.anneal.internal.load.SchemaWords.show;

import com.networknt.schema.Error;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Words;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One JSON Schema failure as a problem: a small method per keyword, each with its rule. The noise
 * of {@code if/then}, {@code allOf} and {@code $ref} maps to nothing. Schema-specific wording of
 * names and types is in {@link SchemaWords}; what names a mapping's keys in {@link SchemaKeys}.
 */
final class SchemaErrors {
  private SchemaErrors() {}

  /**
   * A failure, seen from the document: the pointer of the failing value ({@code relative} to the
   * schedule file, {@code pointer} in the whole document), the value, its key, where in the schema
   * the failing keyword sits, and that keyword's own value ({@code rule}).
   */
  record Failure(Error error, String relative, String pointer, JsonNode value, String key, String schemaAt,
      @Nullable JsonNode rule, JsonNode root) {
    boolean atRoot() {
      return relative.isEmpty();
    }
  }

  static @Nullable Mapped map(Error error, String at, JsonNode root) {
    String keyword = error.getKeyword();
    if (keyword == null) return null;
    String relative = SchemaCheck.pointer(error.getInstanceLocation());
    Failure f = new Failure(error, relative, at + relative, relative.isEmpty() ? root : root.at(relative),
        lastToken(relative), String.valueOf(error.getSchemaLocation()), error.getSchemaNode(), root);
    return switch (keyword) {
      case "if", "then", "else", "allOf", "anyOf", "$ref", "dependentSchemas", "unevaluatedProperties" -> null;
      case "additionalProperties" -> SchemaKeys.unknownKey(f);
      case "propertyNames" -> scheduleName(f);
      case "required" -> SchemaKeys.required(f);
      case "oneOf" -> scheduleOrSchedules(f);
      case "enum" -> "type".equals(f.key()) ? nodeType(f) : oneOf(f);
      case "const" -> Mapped.at(f.pointer(), Rule.FIXED_VALUE, f.key() + " must be " + show(f.rule())
          + ", got " + show(f.value()), false);
      case "not" -> restOutsideSequence(f);
      case "type" -> type(f, keyword);
      case "pattern" -> pattern(f);
      case "minimum" -> bound(f, ">=");
      case "exclusiveMinimum" -> bound(f, ">");
      case "maximum" -> bound(f, "<=");
      case "exclusiveMaximum" -> bound(f, "<");
      case "minItems" -> Mapped.at(f.pointer(), Rule.EMPTY_LIST, label(f.relative()) + " must be a non-empty list, got []",
          false);
      case "minProperties" -> Mapped.at(f.pointer(), Rule.EMPTY_SCHEDULES,
          label(f.relative()) + " must name at least one schedule, got none", false);
      default -> Mapped.at(f.pointer(), Rule.SCHEMA_MISMATCH, error.getMessage().replaceFirst("^\\S+:\\s*", ""), false);
    };
  }

  /** The node's {@code not}: its {@code steps} is {@code rest}, reported at that value. */
  private static Mapped restOutsideSequence(Failure f) {
    boolean atNode = f.value().isObject();
    return Mapped.at(atNode ? f.pointer() + "/steps" : f.pointer(), Rule.REST_OUTSIDE_SEQUENCE,
        "steps: rest is only allowed on a part of a sequence, got " + show(atNode ? f.value().get("steps") : f.value()),
        false);
  }

  private static @Nullable Mapped scheduleName(Failure f) {
    String name = f.error().getProperty();
    if (name == null) return null;
    String child = f.pointer() + "/" + Pointers.escape(name);
    return Mapped.at(child, Rule.INVALID_SCHEDULE_NAME, "schedule names must match [a-z][a-z0-9_]*, got " + name, true);
  }

  /** {@code oneOf} at the top: both {@code schedule} and {@code schedules}, or neither. */
  private static @Nullable Mapped scheduleOrSchedules(Failure f) {
    if (!f.atRoot() || !f.value().isObject()) return null;
    if (f.value().has("schedule") && f.value().has("schedules")) {
      // at the second of the two keys, which is the one to remove or merge
      List<String> keys = new ArrayList<>(f.value().propertyNames());
      String second = keys.indexOf("schedule") < keys.indexOf("schedules") ? "schedules" : "schedule";
      String first = second.equals("schedule") ? "schedules" : "schedule";
      return Mapped.at(f.pointer() + "/" + second, Rule.SCHEDULE_AND_SCHEDULES, "a schedule file must have schedule"
          + " or schedules but not both, got " + second + " as well as " + first
          + " (write lr under schedules, or keep only one)", true);
    }
    return new Mapped(f.pointer(), Rule.MISSING_SCHEDULE, "a schedule file must have schedule or schedules, got neither",
        false, f.pointer() + "#schedule", null, null, f.pointer(), "schedule", null);
  }

  private static Mapped oneOf(Failure f) {
    JsonNode rule = f.rule();
    String close = f.value().isString() && rule != null && rule.isArray()
        ? Suggest.closest(f.value().stringValue(), SchemaWords.words(rule)) : null;
    return Mapped.at(f.pointer(), Rule.NOT_ONE_OF, f.key() + " must be one of " + SchemaWords.list(rule) + ", got "
        + show(f.value()) + (close == null ? "" : "; did you mean " + close + "?"), false).suggesting(close);
  }

  /** A {@code type} that is not one of the node types allowed here. */
  private static Mapped nodeType(Failure f) {
    String pointer = f.pointer();
    if (!f.value().isString()) {
      return Mapped.at(pointer, Rule.TYPE_MISMATCH, "type must be a string naming the node type, got "
          + show(f.value()), false);
    }
    String name = f.value().stringValue();
    String refused = Binder.refused(name);
    if (refused != null) return Mapped.at(pointer, Rule.UNSUPPORTED_TYPE, name + " is not supported: " + refused, false);
    List<String> allowed = new ArrayList<>();
    if (f.rule() != null) for (JsonNode n : f.rule()) allowed.add(n.asString());
    if (allowed.size() < NodeTypes.names().size() && NodeTypes.names().contains(name)) {
      return Mapped.at(pointer, Rule.NOT_A_TORCH_NODE, "type must be a torch.* scheduler here, got " + name, false);
    }
    Collection<String> candidates = allowed.isEmpty() ? NodeTypes.names() : allowed;
    String hint = null;
    for (String t : candidates) {
      // a PyTorch class name without its prefix: StepLR is torch.StepLR, not step
      if (t.equalsIgnoreCase("torch." + name)) hint = t;
    }
    if (hint == null) hint = Suggest.closest(name, candidates);
    return Mapped.at(pointer, Rule.UNKNOWN_TYPE, "type must be a known node type, got " + Report.name(name)
        + (hint == null ? "" : "; did you mean " + hint + "?"), false).suggesting(hint);
  }

  private static Mapped type(Failure f, String keyword) {
    if (f.atRoot()) {
      return Mapped.at(f.pointer(), Rule.ROOT_NOT_A_MAPPING, "a schedule file must be a mapping with schedule or"
          + " schedules, got " + show(f.value()), false);
    }
    if (SchemaWords.isNodeSchema(f.schemaAt())) return notANode(f);
    boolean duration = f.schemaAt().contains("uration");
    String what = duration ? durationWords(f) : SchemaWords.typeWords(f.rule());
    Rule rule = duration ? Rule.INVALID_DURATION : Rule.TYPE_MISMATCH;
    String message = label(f.relative()) + " must be " + what + ", got " + show(f.value());
    if (!f.key().isEmpty() && f.key().chars().allMatch(Character::isDigit)) {
      // items of one list that are all wrong the same way are one mistake: report the first
      String list = f.pointer().substring(0, f.pointer().lastIndexOf('/'));
      String hint = f.value().isString() && f.value().stringValue().matches("\\s*\\d+(\\.\\d+)?\\s*(ep|%)\\s*")
          ? "; " + lastToken(list) + " are step counts, not durations: write the steps (epochs times steps_per_epoch)"
          : "";
      return Mapped.at(f.pointer(), rule, message + hint, false).inPlace(list + "#items:" + keyword);
    }
    return Mapped.at(f.pointer(), rule, message, false);
  }

  private static Mapped notANode(Failure f) {
    String hint = "";
    if (f.value().isString()) {
      String text = f.value().stringValue();
      String named = NodeTypes.names().contains(text) ? text : Suggest.closest(text, NodeTypes.names());
      if (named != null) hint = "; write it as a mapping: {type: " + named + ", ...} with the keys of " + named;
    }
    return Mapped.at(f.pointer(), Rule.NODE_NOT_A_MAPPING, "a node must be a mapping with a type, got "
        + show(f.value()) + hint, false);
  }

  private static String durationWords(Failure f) {
    return "a duration: a positive integer, \"N%\", \"Nep\"" + (f.schemaAt().contains("partDuration") ? " or rest" : "");
  }

  private static Mapped pattern(Failure f) {
    if (f.schemaAt().contains("uration")) {
      return Mapped.at(f.pointer(), Rule.INVALID_DURATION, label(f.relative()) + " must be " + durationWords(f)
          + ", got " + show(f.value()), false);
    }
    return Mapped.at(f.pointer(), Rule.PATTERN_MISMATCH, label(f.relative()) + " must match "
        + (f.rule() == null ? "?" : f.rule().asString()) + ", got " + show(f.value()), false);
  }

  private static Mapped bound(Failure f, String op) {
    String limit = f.rule() == null ? "?" : Words.number(f.rule().asDouble());
    return Mapped.at(f.pointer(), Rule.OUT_OF_RANGE, label(f.pointer()) + " must be " + op + " " + limit + ", got "
        + show(f.value()), false);
  }
}
