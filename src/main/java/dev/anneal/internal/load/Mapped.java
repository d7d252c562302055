package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import org.jspecify.annotations.Nullable;

/**
 * A schema error as a problem: its pointer, rule and message (without the pointer). {@code place}
 * tells problems apart (each missing key is a place of its own); {@code explains} is the place of
 * the missing key an unknown key was probably meant to be; {@code unknownIn} and {@code missingIn}
 * are the mapping that has the unknown key, or misses the key {@code name}.
 */
record Mapped(String pointer, Rule rule, String message, boolean atKey, String place, @Nullable String explains,
    @Nullable String unknownIn, @Nullable String missingIn, @Nullable String name, @Nullable String suggestion) {

  /** A problem at the value of {@code pointer} (or its key), its own place. */
  static Mapped at(String pointer, Rule rule, String message, boolean atKey) {
    return new Mapped(pointer, rule, message, atKey, pointer, null, null, null, null, null);
  }

  /** {@code meant} is the suggestion. */
  Mapped suggesting(@Nullable String meant) {
    return new Mapped(pointer, rule, message, atKey, place, explains, unknownIn, missingIn, name, meant);
  }

  /** The same problem, told apart from others by {@code place}. */
  Mapped inPlace(String newPlace) {
    return new Mapped(pointer, rule, message, atKey, newPlace, explains, unknownIn, missingIn, name, suggestion);
  }

  /** This unknown key, now said to be the missing key {@code missing}. */
  Mapped meaning(String missing, String missingPlace) {
    int expected = message.indexOf(" (expected one of ");
    String head = expected < 0 ? message : message.substring(0, expected);
    String tail = expected < 0 ? "" : message.substring(expected);
    return new Mapped(pointer, rule, head + "; did you mean " + missing + "?" + tail, atKey, place, missingPlace,
        unknownIn, null, name, missing);
  }
}
