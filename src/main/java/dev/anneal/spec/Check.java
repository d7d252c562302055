package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import java.util.List;

/**
 * Argument checks for node constructors. Every failure reads
 * {@code <node>: <key> must be <constraint>, got <value>}.
 */
final class Check {
  private Check() {}

  /** The failure to throw; a {@link SpecException}, which the loader locates by its key. */
  static SpecException fail(Reason reason, String node, String key, String constraint, Object got) {
    return SpecException.of(reason, node, key, constraint, got);
  }

  static double finite(String node, String key, double value) {
    if (!Double.isFinite(value)) throw fail(Reason.OUT_OF_RANGE, node, key, "a finite number", value);
    return value;
  }

  static double positive(String node, String key, double value) {
    if (!(value > 0) || !Double.isFinite(value)) throw fail(Reason.OUT_OF_RANGE, node, key, "a finite number > 0", value);
    return value;
  }

  static double atLeast(String node, String key, double min, double value) {
    if (!(value >= min) || !Double.isFinite(value)) {
      throw fail(Reason.OUT_OF_RANGE, node, key, "a finite number >= " + format(min), value);
    }
    return value;
  }

  static long atLeast(String node, String key, long min, long value) {
    if (value < min) throw fail(Reason.OUT_OF_RANGE, node, key, ">= " + min, value);
    return value;
  }

  /** Checks that {@code values} is not empty and strictly increasing, each {@code >= 0}. */
  static List<Long> increasing(String node, String key, List<Long> values, boolean allowEmpty) {
    if (!allowEmpty && values.isEmpty()) throw fail(Reason.EMPTY_LIST, node, key, "a non-empty list", "[]");
    long previous = -1;
    for (int i = 0; i < values.size(); i++) {
      long value = values.get(i);
      if (value < 0) throw fail(Reason.OUT_OF_RANGE, node, key + "[" + i + "]", ">= 0", value);
      if (value <= previous) {
        throw fail(Reason.NOT_INCREASING, node, key, "strictly increasing", values);
      }
      previous = value;
    }
    return List.copyOf(values);
  }

  static <T> List<T> nonEmpty(String node, String key, List<T> values) {
    if (values.isEmpty()) throw fail(Reason.EMPTY_LIST, node, key, "a non-empty list", "[]");
    return List.copyOf(values);
  }

  /** Prints a number the way a user wrote it: {@code 1} rather than {@code 1.0}. */
  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return Double.toString(value);
  }

}
