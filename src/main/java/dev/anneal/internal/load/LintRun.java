package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Words;
import dev.anneal.spec.Context;
import java.util.ArrayList;
import java.util.List;

/** One lint run over a file: the run's length, the file's settings, and the warnings found so far. */
final class LintRun {
  private final String name;
  private final Located document;
  private final long n;
  private final Context context;
  private final List<Problem> warnings = new ArrayList<>();

  LintRun(String name, Context context, Located document, long n) {
    this.name = name;
    this.document = document;
    this.n = n;
    this.context = context;
  }

  /** The run's length, N steps. */
  long n() {
    return n;
  }

  /** The file's settings. */
  Context context() {
    return context;
  }

  Located document() {
    return document;
  }

  List<Problem> warnings() {
    return warnings;
  }

  /** A warning at the key of {@code where}; {@code message} does not repeat the pointer. */
  void warnAtKey(String where, Rule rule, String message) {
    Located.Position p = document.key(where);
    warnings.add(new Problem(name, p.line(), p.column(), where, rule, message));
  }

  /** A warning at the value of {@code where}; {@code message} does not repeat the pointer. */
  void warnAtValue(String where, Rule rule, String message) {
    Located.Position p = document.value(where);
    warnings.add(new Problem(name, p.line(), p.column(), where, rule, message));
  }

  /** {@link Words#sixDigits}, with whole numbers in full: 0.001, 6e-05, 1000. */
  static String num(double v) {
    if (v != 0 && v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Words.sixDigits(v);
  }
}
