package dev.anneal.internal.compile;

import java.util.Locale;

/** Numbers and node types as messages print them. */
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

  /** {@return {@code %.6g} without trailing zeros: 0.001, 6.0e-05 as 6e-05, 0 as 0} */
  public static String sixDigits(double v) {
    if (v == 0) return "0";
    String s = String.format(Locale.ROOT, "%.6g", v);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    return e < 0 ? mantissa : mantissa + s.substring(e);
  }
}
