package dev.anneal.cli;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Axis tick labels as in a paper: {@code 0}, {@code 0.25}, {@code 3e-4}, and with {@code compact}
 * (for steps) {@code 20k} and {@code 1.5M}.
 */
final class TickFormat extends NumberFormat {
  private static final long serialVersionUID = 1L;
  private final boolean compact;
  private final boolean scientific;
  private final double largest;

  /** With {@code compact}, every label of an axis up to {@code largest} takes the same suffix. */
  TickFormat(boolean compact, boolean scientific, double largest) {
    this.compact = compact;
    this.scientific = scientific;
    this.largest = Math.abs(largest);
  }

  static String plain(double v) {
    if (v == 0) return "0";
    String s = new BigDecimal(String.format(Locale.ROOT, "%.6g", v)).stripTrailingZeros().toPlainString();
    return s.equals("-0") ? "0" : s;
  }

  static String sci(double v) {
    if (v == 0) return "0";
    String s = String.format(Locale.ROOT, "%.3e", v);
    int e = s.indexOf('e');
    String mantissa = new BigDecimal(s.substring(0, e)).stripTrailingZeros().toPlainString();
    int exponent = Integer.parseInt(s.substring(e + 1));
    return mantissa + "e" + exponent;
  }

  String text(double v) {
    if (Math.abs(v) < 1e-300) return "0";
    if (compact) {
      if (largest >= 1e6) return plain(v / 1e6) + "M";
      if (largest >= 1e4) return plain(v / 1e3) + "k";
      return plain(v);
    }
    return scientific ? sci(v) : plain(v);
  }

  @Override
  public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
    return toAppendTo.append(text(number));
  }

  @Override
  public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
    return toAppendTo.append(text(number));
  }

  @Override
  public Number parse(String source, ParsePosition parsePosition) {
    throw new UnsupportedOperationException("tick labels are not parsed");
  }

  /** A round tick spacing (1, 2, 2.5 or 5 times a power of ten) giving about {@code ticks} ticks over {@code span}. */
  static double niceUnit(double span, int ticks) {
    if (!(span > 0) || !Double.isFinite(span)) return 1;
    double raw = span / ticks;
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
    return nice * power;
  }
}
