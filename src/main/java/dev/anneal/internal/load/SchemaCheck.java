package dev.anneal.internal.load;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.anneal.diagnostic.Problem;
import dev.anneal.internal.compile.Words;
import dev.anneal.internal.load.Located.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a parsed document against {@code anneal.schema.json} (JSON Schema 2020-12, read once from
 * the classpath) and turns each failure into one located {@link Problem} that names the pointer,
 * what was expected and what was found. The noise of {@code if/then}, {@code allOf} and
 * {@code $ref} is dropped: one problem per root cause.
 */
public final class SchemaCheck {
  /** Where the schema sits on the classpath (the jar's root). */
  static final String RESOURCE = "/anneal.schema.json";

  private SchemaCheck() {}

  /** The schema text exactly as shipped. */
  public static String text() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("anneal.schema.json is missing from the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Starts loading the schema on a background thread, so that a command can parse its arguments and
   * read its file meanwhile (on two cores, start-up then costs the longer of the two, not the sum).
   */
  public static void preload() {
    Thread loader = new Thread(() -> Holder.SCHEMA.getClass(), "anneal-schema-preload");
    loader.setDaemon(true);
    loader.start();
  }

  /** Loaded on first use, once per process. */
  private static final class Holder {
    static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text(), InputFormat.JSON);
    static final JsonNode TREE = SCHEMA.getSchemaNode();
  }

  /**
   * Validates the mapping at {@code at} of {@code document}; adds a problem per failure, skipping
   * pointers that already have a problem (a duplicate key, a number that is not finite...).
   * Returns whether the schema was satisfied.
   */
  public static boolean check(String file, Located document, String at, JsonNode instance, List<Problem> problems) {
    List<Error> errors = Holder.SCHEMA.validate(instance);
    if (errors.isEmpty()) return true;
    Set<String> taken = new HashSet<>();
    for (Problem p : problems) taken.add(p.pointer());
    Set<String> seen = new LinkedHashSet<>();
    List<Mapped> mapped = new ArrayList<>();
    for (Error error : errors) {
      Mapped m = map(error, at, instance);
      if (m == null) continue;
      mapped.add(m);
      // a misspelt key explains the required key it was meant to be: one problem, not two
      if (m.explains != null) seen.add(m.explains);
    }
    pairUnknownWithMissing(mapped, seen);
    boolean any = !mapped.isEmpty();
    for (Mapped m : mapped) {
      // one problem per place (each missing key counts as its own place)
      if (taken.contains(m.pointer) || !seen.add(m.place)) continue;
      Position p = m.atKey ? document.key(m.pointer) : document.value(m.pointer);
      String message = m.message;
      if (m.place.contains("#items:")) {
        long more = mapped.stream().filter(o -> o.place.equals(m.place)).count() - 1;
        if (more > 0) {
          int semicolon = message.indexOf("; ");
          String suffix = " (and " + more + " more item" + (more > 1 ? "s" : "") + " like it)";
          message = semicolon < 0 ? message + suffix : message.substring(0, semicolon) + suffix + message.substring(semicolon);
        }
      }
      problems.add(new Problem(file, p.line(), p.column(), m.pointer, message));
    }
    if (!any) {
      // only combinator noise: should not happen, but never pass a file the schema refused
      Position p = document.value(at);
      problems.add(new Problem(file, p.line(), p.column(), at, show(at) + ": does not match the schema: "
          + errors.get(0).getMessage()));
    }
    return false;
  }

  /**
   * A key that is unknown, with no close known key, in a mapping that misses a required key was
   * most probably meant to be that key ({@code warmup_steps} for {@code steps}, {@code from} for
   * {@code of}): one problem at the unknown key that says so, rather than two.
   */
  private static void pairUnknownWithMissing(List<Mapped> mapped, Set<String> seen) {
    for (int i = 0; i < mapped.size(); i++) {
      Mapped unknown = mapped.get(i);
      if (unknown.unknownIn() == null) continue;
      for (Mapped missing : mapped) {
        if (missing.missingIn() == null || !missing.missingIn().equals(unknown.unknownIn())
            || seen.contains(missing.place())) {
          continue;
        }
        mapped.set(i, unknown.meaning(missing.name(), missing.place()));
        seen.add(missing.place());
        break;
      }
    }
  }

  /**
   * A schema error as a problem. {@code place} tells problems apart (each missing key is a place of
   * its own); {@code explains} is the place of the missing key an unknown key was probably meant to be.
   */
  private record Mapped(String pointer, String message, boolean atKey, String place, @Nullable String explains,
      @Nullable String unknownIn, @Nullable String missingIn, @Nullable String name) {
    Mapped(String pointer, String message, boolean atKey) {
      this(pointer, message, atKey, pointer, null, null, null, null);
    }

    Mapped(String pointer, String message, boolean atKey, String place, @Nullable String explains) {
      this(pointer, message, atKey, place, explains, null, null, null);
    }

    /** This unknown key, now said to be the missing key {@code missing}. */
    Mapped meaning(String missing, String missingPlace) {
      int expected = message.indexOf(" (expected one of ");
      String head = expected < 0 ? message : message.substring(0, expected);
      String tail = expected < 0 ? "" : message.substring(expected);
      return new Mapped(pointer, head + "; did you mean " + missing + "?" + tail, atKey, place, missingPlace,
          unknownIn, null, name);
    }
  }

  private static @Nullable Mapped map(Error error, String at, JsonNode root) {
    String keyword = error.getKeyword();
    if (keyword == null) return null;
    String relative = pointer(error.getInstanceLocation());
    String pointer = at + relative;
    JsonNode value = relative.isEmpty() ? root : root.at(relative);
    String key = lastToken(relative);
    String schemaAt = String.valueOf(error.getSchemaLocation());
    JsonNode rule = error.getSchemaNode();
    switch (keyword) {
      case "if", "then", "else", "allOf", "anyOf", "$ref", "dependentSchemas", "unevaluatedProperties":
        return null;
      case "additionalProperties", "propertyNames": {
        String name = error.getProperty();
        if (name == null) return null;
        String child = pointer + "/" + Pointers.escape(name);
        if (keyword.equals("propertyNames")) {
          return new Mapped(child, child + ": schedule names must match [a-z][a-z0-9_]*, got " + name, true);
        }
        List<String> known = knownKeys(value, relative.isEmpty());
        String hint = Suggest.closest(name, known);
        if (hint == null && name.equals("optimizer") && owner(value, false).startsWith("torch.")) {
          return new Mapped(child, child + ": unknown key optimizer in " + owner(value, false) + ": the optimizer"
              + " is implied (its lr is the file's base_lr); remove the key", true);
        }
        String indent = hint == null && relative.isEmpty() && isNodeKey(name)
            ? "; " + name + " is a key of a node: is it indented less than the node's other keys?" : "";
        return new Mapped(child, child + ": unknown key " + name + " in " + owner(value, relative.isEmpty())
            + (hint == null ? "" : "; did you mean " + hint + "?") + indent
            + (known.isEmpty() ? "" : " (expected one of " + String.join(", ", known) + ")"), true, child,
            hint == null || value.has(hint) ? null : pointer + "#" + hint, hint == null ? pointer : null, null, name);
      }
      case "required": {
        String name = error.getProperty();
        if (name == null) return null;
        if (name.equals("type") && relative.equals("/schedule") && namedSchedules(value)) {
          return new Mapped(pointer, pointer + ": a node must have a type, got a mapping of named schedules ("
              + String.join(", ", value.propertyNames()) + "); did you mean schedules?", true);
        }
        if (name.equals("type")) {
          return new Mapped(pointer, pointer + ": a node must have a type (one of "
              + String.join(", ", Binder.types()) + "), got no type", false);
        }
        if (relative.isEmpty() && (name.equals("schedule") || name.equals("schedules"))) return null;
        if (relative.equals("/schedules") && name.equals("lr")) {
          // every output starts with lr: a file of several schedules names one lr
          List<String> names = new ArrayList<>(value.propertyNames());
          // not a second problem when schedule is there too, or lr is only miswritten (LR)
          if (root.has("schedule") || names.stream().anyMatch(n -> n.equalsIgnoreCase("lr"))) return null;
          String meant = null;
          for (String n : names) {
            if (n.contains("lr") || n.contains("learning") || n.equals("rate")) meant = meant == null ? n : meant;
          }
          String where = meant == null ? pointer : pointer + "/" + Pointers.escape(meant);
          return new Mapped(where, where + ": schedules must include lr (the learning rate; other names are free),"
              + " got " + String.join(", ", names) + (meant == null ? "" : "; did you mean lr for " + meant + "?"),
              true);
        }
        return new Mapped(pointer, pointer + ": " + owner(value, relative.isEmpty()) + " needs " + name
            + " (" + expected(name) + "), got no " + name, false, pointer + "#" + name, null, null, pointer, name);
      }
      case "oneOf":
        if (relative.isEmpty() && value.isObject()) {
          boolean both = value.has("schedule") && value.has("schedules");
          if (both) {
            // at the second of the two keys, which is the one to remove or merge
            java.util.List<String> keys = new ArrayList<>(value.propertyNames());
            String second = keys.indexOf("schedule") < keys.indexOf("schedules") ? "schedules" : "schedule";
            String first = second.equals("schedule") ? "schedules" : "schedule";
            String where = pointer + "/" + second;
            return new Mapped(where, where + ": a schedule file must have schedule or schedules but not both, got "
                + second + " as well as " + first + " (write lr under schedules, or keep only one)", true);
          }
          return new Mapped(pointer, show(pointer) + ": a schedule file must have schedule or schedules"
              + (both ? " but not both, got both" : ", got neither"), false, pointer + "#schedule", null, null,
              both ? null : pointer, "schedule");
        }
        return null;
      case "enum":
        if ("type".equals(key)) return new Mapped(pointer, typeMessage(pointer, value, rule), false);
        String close = value.isString() && rule != null && rule.isArray() ? Suggest.closest(value.stringValue(), words(rule)) : null;
        return new Mapped(pointer, pointer + ": " + key + " must be one of " + list(rule) + ", got " + show(value)
            + (close == null ? "" : "; did you mean " + close + "?"), false);
      case "const":
        return new Mapped(pointer, pointer + ": " + key + " must be " + show(rule) + ", got " + show(value), false);
      case "not":
        return new Mapped(pointer, pointer + ": steps: rest is only allowed on a part of a sequence, got "
            + show(value), false);
      case "type": {
        if (relative.isEmpty()) {
          return new Mapped(pointer, show(pointer) + ": a schedule file must be a mapping with schedule or"
              + " schedules, got " + show(value), false);
        }
        String what;
        if (schemaAt.contains("uration")) {
          what = "a duration: a positive integer, \"N%\", \"Nep\""
              + (schemaAt.contains("partDuration") ? " or rest" : "");
        } else if (isNodeSchema(schemaAt)) {
          what = "a mapping with a type";
          String hint = "";
          if (value.isString()) {
            String named = Binder.types().contains(value.stringValue()) ? value.stringValue()
                : Suggest.closest(value.stringValue(), Binder.types());
            if (named != null) hint = "; write it as a mapping: {type: " + named + ", ...} with the keys of " + named;
          }
          return new Mapped(pointer, pointer + ": a node must be " + what + ", got " + show(value) + hint, false);
        } else {
          what = typeWords(rule);
        }
        if (!key.isEmpty() && key.chars().allMatch(Character::isDigit)) {
          // items of one list that are all wrong the same way are one mistake: report the first
          String list = pointer.substring(0, pointer.lastIndexOf('/'));
          String hint = value.isString() && value.stringValue().matches("\\s*\\d+(\\.\\d+)?\\s*(ep|%)\\s*")
              ? "; " + lastToken(list) + " are step counts, not durations: write the steps (epochs times steps_per_epoch)" : "";
          return new Mapped(pointer, pointer + ": " + label(relative) + " must be " + what + ", got " + show(value)
              + hint, false, list + "#items:" + keyword, null);
        }
        return new Mapped(pointer, pointer + ": " + label(relative) + " must be " + what + ", got " + show(value), false);
      }
      case "pattern":
        if (schemaAt.contains("uration")) {
          return new Mapped(pointer, pointer + ": " + label(relative) + " must be a duration: a positive integer,"
              + " \"N%\", \"Nep\"" + (schemaAt.contains("partDuration") ? " or rest" : "") + ", got " + show(value), false);
        }
        return new Mapped(pointer, pointer + ": " + label(relative) + " must match " + (rule == null ? "?" : rule.asString())
            + ", got " + show(value), false);
      case "minimum":
        return bound(pointer, key, value, ">=", rule);
      case "exclusiveMinimum":
        return bound(pointer, key, value, ">", rule);
      case "maximum":
        return bound(pointer, key, value, "<=", rule);
      case "exclusiveMaximum":
        return bound(pointer, key, value, "<", rule);
      case "minItems":
        return new Mapped(pointer, pointer + ": " + label(relative) + " must be a non-empty list, got []", false);
      case "minProperties":
        return new Mapped(pointer, pointer + ": " + label(relative) + " must name at least one schedule, got none", false);
      default:
        return new Mapped(pointer, pointer + ": " + error.getMessage().replaceFirst("^\\S+:\\s*", ""), false);
    }
  }

  private static Mapped bound(String pointer, String key, JsonNode value, String op, @Nullable JsonNode rule) {
    String limit = rule == null ? "?" : Words.number(rule.asDouble());
    return new Mapped(pointer, pointer + ": " + label(pointer) + " must be " + op + " " + limit + ", got "
        + show(value), false);
  }

  private static String typeMessage(String pointer, JsonNode value, @Nullable JsonNode rule) {
    if (!value.isString()) {
      return pointer + ": type must be a string naming the node type, got " + show(value);
    }
    String name = value.stringValue();
    String refused = Binder.refused(name);
    if (refused != null) return pointer + ": " + name + " is not supported: " + refused;
    List<String> allowed = new ArrayList<>();
    if (rule != null) for (JsonNode n : rule) allowed.add(n.asString());
    if (allowed.size() < Binder.types().size() && Binder.types().contains(name)) {
      return pointer + ": type must be a torch.* scheduler here, got " + name;
    }
    java.util.Collection<String> candidates = allowed.isEmpty() ? Binder.types() : allowed;
    String hint = null;
    for (String t : candidates) {
      // a PyTorch class name without its prefix: StepLR is torch.StepLR, not step
      if (t.equalsIgnoreCase("torch." + name)) hint = t;
    }
    if (hint == null) hint = Suggest.closest(name, candidates);
    return pointer + ": type must be a known node type, got " + name + (hint == null ? "" : "; did you mean " + hint + "?");
  }

  /** Whether some node type has this key. */
  private static boolean isNodeKey(String name) {
    for (JsonNode def : Holder.TREE.path("$defs")) {
      if (def.path("properties").has(name) && !name.equals("type")) return true;
    }
    return false;
  }

  /** A mapping whose every value is a mapping with a type, as under {@code schedules}. */
  private static boolean namedSchedules(JsonNode value) {
    if (!value.isObject() || value.isEmpty()) return false;
    for (JsonNode child : value) {
      if (!child.isObject() || !child.has("type")) return false;
    }
    return true;
  }

  private static boolean isNodeSchema(String schemaAt) {
    return schemaAt.endsWith("/$defs/node/type") || schemaAt.endsWith("/$defs/anyNode/type")
        || schemaAt.endsWith("/$defs/torchNode/type") || schemaAt.endsWith("/$defs/part/type");
  }

  /** The keys that the schema allows in this mapping: the file's, or those of its node type. */
  private static List<String> knownKeys(JsonNode value, boolean isFile) {
    JsonNode props;
    if (isFile) {
      props = Holder.TREE.path("properties");
    } else {
      JsonNode type = value.get("type");
      if (type == null || !type.isString()) return List.of();
      props = Holder.TREE.path("$defs").path(type.stringValue()).path("properties");
    }
    List<String> names = new ArrayList<>(props.propertyNames());
    // PyTorch's last_epoch and verbose are accepted but not worth suggesting
    names.remove("last_epoch");
    names.remove("verbose");
    return names;
  }

  private static String owner(JsonNode value, boolean isFile) {
    if (isFile) return "a schedule file";
    JsonNode type = value.get("type");
    return type != null && type.isString() ? type.stringValue() : "a node";
  }

  private static String expected(String name) {
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

  private static String typeWords(@Nullable JsonNode rule) {
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

  private static List<String> words(JsonNode rule) {
    List<String> items = new ArrayList<>();
    for (JsonNode n : rule) if (n.isString()) items.add(n.stringValue());
    return items;
  }

  private static String list(@Nullable JsonNode rule) {
    if (rule == null || !rule.isArray()) return "?";
    List<String> items = new ArrayList<>();
    for (JsonNode n : rule) items.add(n.asString());
    return String.join(", ", items);
  }

  /** The key a pointer ends in, as a user names it: {@code steps}, or {@code milestones[1]} for an item. */
  private static String label(String pointer) {
    String key = lastToken(pointer);
    if (key.isEmpty()) return "the file";
    if (!key.chars().allMatch(Character::isDigit)) return key;
    String parent = lastToken(pointer.substring(0, pointer.lastIndexOf('/')));
    return (parent.isEmpty() ? "item" : parent) + "[" + key + "]";
  }

  private static String show(String pointer) {
    return pointer.isEmpty() ? "/" : pointer;
  }

  private static String show(@Nullable JsonNode value) {
    return value == null || value.isMissingNode() ? "nothing" : Binder.show(value);
  }

  private static String lastToken(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash < 0 ? "" : pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
  }

  /** A networknt instance location as a JSON Pointer ("" for the root). */
  static String pointer(@Nullable NodePath path) {
    if (path == null) return "";
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      out.append('/').append(element instanceof Integer ? element.toString() : Pointers.escape(String.valueOf(element)));
    }
    return out.toString();
  }
}
