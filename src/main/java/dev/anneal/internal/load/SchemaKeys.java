package dev.anneal.internal.load;

import static dev.anneal.internal.load.SchemaWords.owner;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.SchemaErrors.Failure;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Schema failures about the keys of a mapping: a key it does not have, a key it needs. */
final class SchemaKeys {
  private SchemaKeys() {}

  /** {@code additionalProperties}: an unknown key, with the closest known key. */
  static @Nullable Mapped unknownKey(Failure f) {
    String name = f.error().getProperty();
    if (name == null) return null;
    String child = f.pointer() + "/" + Pointers.escape(name);
    JsonNode value = f.value();
    List<String> known = SchemaWords.knownKeys(value, f.atRoot());
    String hint = Suggest.closest(name, known);
    if (hint == null && name.equals("optimizer") && owner(value, false).startsWith("torch.")) {
      return Mapped.at(child, Rule.UNKNOWN_KEY, "unknown key optimizer in " + owner(value, false) + ": the optimizer"
          + " is implied (its lr is the file's base_lr); remove the key", true);
    }
    String indent = hint == null && f.atRoot() && SchemaWords.isNodeKey(name)
        ? "; " + name + " is a key of a node: is it indented less than the node's other keys?" : "";
    return new Mapped(child, Rule.UNKNOWN_KEY, "unknown key " + Report.name(name) + " in " + owner(value, f.atRoot())
        + (hint == null ? "" : "; did you mean " + hint + "?") + indent
        + (known.isEmpty() ? "" : " (expected one of " + String.join(", ", known) + ")"), true, child,
        hint == null || value.has(hint) ? null : f.pointer() + "#" + hint, hint == null ? f.pointer() : null, null,
        name, hint);
  }

  /** {@code required}: a key the mapping needs. */
  static @Nullable Mapped required(Failure f) {
    String name = f.error().getProperty();
    if (name == null) return null;
    if (name.equals("type")) return missingType(f);
    if (f.atRoot() && (name.equals("schedule") || name.equals("schedules"))) return null;
    if (f.relative().equals("/schedules") && name.equals("lr")) return missingLr(f);
    String pointer = f.pointer();
    return new Mapped(pointer, Rule.MISSING_KEY, owner(f.value(), f.atRoot()) + " needs " + name
        + " (" + SchemaWords.expected(name) + "), got no " + name, false, pointer + "#" + name, null, null, pointer,
        name, null);
  }

  private static Mapped missingType(Failure f) {
    JsonNode value = f.value();
    if (f.relative().equals("/schedule") && SchemaWords.namedSchedules(value)) {
      return Mapped.at(f.pointer(), Rule.MISSING_TYPE, "a node must have a type, got a mapping of named schedules ("
          + String.join(", ", value.propertyNames()) + "); did you mean schedules?", true).suggesting("schedules");
    }
    String lookalike = lookalike(value, "type");
    return Mapped.at(f.pointer(), Rule.MISSING_TYPE, "a node must have a type (one of "
        + String.join(", ", NodeTypes.names()) + "), got no type" + (lookalike == null ? ""
            : "; did you mean type instead of " + Report.name(lookalike) + "?"), false).suggesting(lookalike == null ? null : "type");
  }

  /** A key of {@code value} one letter away from {@code key}: a typo, or a look-alike letter. */
  private static @Nullable String lookalike(JsonNode value, String key) {
    for (String name : value.propertyNames()) {
      if (!name.equals(key) && key.equals(Suggest.closest(name, List.of(key)))) return name;
    }
    return null;
  }

  /** Every output starts with lr: a file of several schedules names one lr. */
  private static @Nullable Mapped missingLr(Failure f) {
    List<String> names = new ArrayList<>(f.value().propertyNames());
    // not a second problem when schedule is there too, or lr is only miswritten (LR)
    if (f.root().has("schedule") || names.stream().anyMatch(n -> n.equalsIgnoreCase("lr"))) return null;
    String meant = null;
    for (String n : names) {
      if (n.contains("lr") || n.contains("learning") || n.equals("rate")) meant = meant == null ? n : meant;
    }
    String where = meant == null ? f.pointer() : f.pointer() + "/" + Pointers.escape(meant);
    return Mapped.at(where, Rule.MISSING_LR, "schedules must include lr (the learning rate; other names are free),"
        + " got " + String.join(", ", names) + (meant == null ? "" : "; did you mean lr for " + meant + "?"), true)
        .suggesting(meant == null ? null : "lr");
  }
}
