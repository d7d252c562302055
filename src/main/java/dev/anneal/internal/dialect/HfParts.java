package dev.anneal.internal.dialect;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/** The parts of a native {@code sequence} that a dialect builds, each tagged with the user's key it comes from. */
final class HfParts {
  final NativeTree tree;
  final List<ObjectNode> parts = new ArrayList<>();

  HfParts(NativeTree tree) {
    this.tree = tree;
  }

  /** Adds a part of {@code type} with {@code from} (when not null) and returns it for its other keys. */
  ObjectNode add(String type, String origin, @Nullable Double from, @Nullable String fromOrigin) {
    ObjectNode part = tree.node(type, origin);
    if (from != null) {
      part.put("from", from);
      if (fromOrigin != null) tree.tag(part, "from", fromOrigin);
    }
    parts.add(part);
    return part;
  }

  ObjectNode linear(double from, double to, long steps, String origin) {
    ObjectNode part = add("linear", origin, from, null);
    part.put("to", to);
    part.put("steps", steps);
    return part;
  }

  ObjectNode constant(double value, @Nullable Long steps, String origin) {
    ObjectNode part = tree.node("constant", origin);
    part.put("value", value);
    if (steps != null) part.put("steps", steps);
    parts.add(part);
    return part;
  }

  ObjectNode cosineCycles(double from, double to, long steps, double cycles, boolean hard, String origin) {
    ObjectNode part = add("cosine_cycles", origin, from, null);
    part.put("to", to);
    part.put("steps", steps);
    part.put("cycles", cycles);
    if (hard) part.put("hard_restarts", true);
    return part;
  }

  /** The schedule: the one part, or a sequence of them. */
  ObjectNode schedule(String origin) {
    if (parts.size() == 1) return parts.get(0);
    ObjectNode sequence = tree.node("sequence", origin);
    var list = sequence.putArray("parts");
    parts.forEach(list::add);
    return sequence;
  }
}
