package dev.anneal.internal.load;

import dev.anneal.diagnostic.Numbers;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.CompiledTree;
import dev.anneal.internal.compile.Curve;
import dev.anneal.internal.compile.SequenceParts;
import dev.anneal.spec.Context;
import java.util.List;

/**
 * One lint run over one schedule of a file: the run's length, the file's settings, the schedule's
 * tree as the loader compiled it, and where the warnings found go.
 */
final class LintRun {
  private final String name;
  private final Located document;
  private final long n;
  private final Context context;
  private final List<Problem> warnings;
  private final CompiledTree tree;
  /** The pointer of the schedule's root in the file, which the tree's pointers are relative to. */
  private final String root;

  LintRun(String name, Context context, Located document, long n, List<Problem> warnings, CompiledTree tree,
      String root) {
    this.name = name;
    this.document = document;
    this.n = n;
    this.context = context;
    this.warnings = warnings;
    this.tree = tree;
    this.root = root;
  }

  /** {@return the curve of the node at {@code where} in the file, as the loader compiled it} */
  Curve curve(String where) {
    return tree.curve(relative(where));
  }

  /** {@return the duration of the node at {@code where} in the file, NaN when it goes on forever} */
  double duration(String where) {
    return tree.duration(relative(where));
  }

  /** {@return the layout of the sequence of {@code parts} parts at {@code where} in the file} */
  SequenceParts layout(String where, int parts) {
    return tree.layout(relative(where), parts);
  }

  private String relative(String where) {
    if (!where.startsWith(root)) throw new IllegalArgumentException(where + " is not inside " + root);
    return where.substring(root.length());
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

  /** {@link Numbers#sixDigits}, with whole numbers in full: 0.001, 6e-05, 1000. */
  static String num(double v) {
    if (v != 0 && v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Numbers.sixDigits(v);
  }
}
