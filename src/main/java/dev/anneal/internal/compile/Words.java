package dev.anneal.internal.compile;

/** Numbers and node types as the compiler's messages print them. */
public final class Words {
  private Words() {}

  /** {@return a node type with its article: {@code a cosine}, {@code an exponential}} */
  public static String article(String type) {
    return ("aeiou".indexOf(Character.toLowerCase(type.charAt(0))) >= 0 ? "an " : "a ") + type;
  }

  /** {@return a number the way a user wrote it: {@code 1} rather than {@code 1.0}} */
  public static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
    return Double.toString(value);
  }
}
