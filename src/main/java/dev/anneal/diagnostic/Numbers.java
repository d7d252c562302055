package dev.anneal.diagnostic;

import java.util.Locale;

/**
 * How problems, and the command line's explanations, print a value: six significant digits without
 * trailing zeros ({@code %.6g}): {@code 0.001}, {@code 6e-05}, {@code 0.000100246}, {@code 0}.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * {@return {@code value} with six significant digits, trailing zeros dropped}: {@code 6.0e-05}
   * prints as {@code 6e-05}, {@code 0.0010000} as {@code 0.001}.
   *
   * @param value any double
   */
  public static String sixDigits(double value) {
    if (value == 0) return "0";
    String s = String.format(Locale.ROOT, "%.6g", value);
    int e = s.indexOf('e');
    String mantissa = e < 0 ? s : s.substring(0, e);
    if (mantissa.contains(".")) mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
    return e < 0 ? mantissa : mantissa + s.substring(e);
  }
}
