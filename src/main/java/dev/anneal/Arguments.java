package dev.anneal;

/** The argument checks of {@link Schedule}'s own methods. */
final class Arguments {
  private Arguments() {}

  /** The arguments of {@link Schedule#fill}: {@code from >= 0}, {@code every >= 1}, the last step a long. */
  static void checkFill(double[] into, long from, long every) {
    if (from < 0) throw new IllegalArgumentException("fill: from must be >= 0, got " + from);
    if (every < 1) throw new IllegalArgumentException("fill: every must be >= 1, got " + every);
    if (into.length > 1 && (Long.MAX_VALUE - from) / every < into.length - 1) {
      throw new IllegalArgumentException("fill: the last step must be at most Long.MAX_VALUE, got from "
          + from + " + " + (into.length - 1) + " * " + every);
    }
  }

  static void checkFinite(String where, String key, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(where + ": " + key + " must be a finite number, got " + value);
    }
  }
}
