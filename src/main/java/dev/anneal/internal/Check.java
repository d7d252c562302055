package dev.anneal.internal;

import java.util.List;

/**
 * Argument checks for node constructors. Every failure reads
 * {@code <node>: <key> must be <constraint>, got <value>}.
 */
public final class Check {
  private Check() {}

  /** The failure to throw; a {@link SpecException}, which the loader locates by its key. */
  public static IllegalArgumentException fail(String node, String key, String constraint, Object got) {
    return new SpecException(key, node + ": " + key + " must be " + constraint + ", got " + got);
  }

  public static double finite(String node, String key, double value) {
    if (!Double.isFinite(value)) throw fail(node, key, "a finite number", value);
    return value;
  }

  public static double positive(String node, String key, double value) {
    if (!(value > 0) || !Double.isFinite(value)) throw fail(node, key, "a finite number > 0", value);
    return value;
  }

  public static double atLeast(String node, String key, double min, double value) {
    if (!(value >= min) || !Double.isFinite(value)) {
      throw fail(node, key, "a finite number >= " + format(min), value);
    }
    return value;
  }

  public static long atLeast(String node, String key, long min, long value) {
    if (value < min) throw fail(node, key, ">= " + min, value);
    return value;
  }

  /** Checks that {@code values} is not empty and strictly increasing, each {@code >= 0}. */
  public static List<Long> increasing(String node, String key, List<Long> values, boolean allowEmpty) {
    if (!allowEmpty && values.isEmpty()) throw fail(node, key, "a non-empty list", "[]");
    long previous = -1;
    for (int i = 0; i < values.size(); i++) {
      long value = values.get(i);
      if (value < 0) throw fail(node, key + "[" + i + "]", ">= 0", value);
      if (value <= previous) {
        throw fail(node, key, "strictly increasing", values);
      }
      previous = value;
    }
    return List.copyOf(values);
  }

  public static <T> List<T> nonEmpty(String node, String key, List<T> values) {
    if (values.isEmpty()) throw fail(node, key, "a non-empty list", "[]");
    return List.copyOf(values);
  }

  /** The arguments of {@code Schedule.fill}: {@code from >= 0}, {@code every >= 1}, the last step a long. */
  public static void fillArguments(double[] into, long from, long every) {
    if (from < 0) throw new IllegalArgumentException("fill: from must be >= 0, got " + from);
    if (every < 1) throw new IllegalArgumentException("fill: every must be >= 1, got " + every);
    if (into.length > 1 && (Long.MAX_VALUE - from) / every < into.length - 1) {
      throw new IllegalArgumentException("fill: the last step must be at most Long.MAX_VALUE, got from "
          + from + " + " + (into.length - 1) + " * " + every);
    }
  }

  /** A node type with its article: {@code a cosine}, {@code an exponential}. */
  static String article(String type) {
    return ("aeiou".indexOf(Character.toLowerCase(type.charAt(0))) >= 0 ? "an " : "a ") + type;
  }

  /** Prints a number the way a user wrote it: {@code 1} rather than {@code 1.0}. */
  public static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return Double.toString(value);
  }

  /** {@code %.6g} without trailing zeros: 0.001, 6.0e-05 as 6e-05, 0 as 0. */
  public static String sixDigits(double v) {
    if (v == 0) return "0";
    String s = String.format(java.util.Locale.ROOT, "%.6g", v);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    return e < 0 ? mantissa : mantissa + s.substring(e);
  }
}
