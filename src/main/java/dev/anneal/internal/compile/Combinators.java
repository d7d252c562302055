package dev.anneal.internal.compile;

import dev.anneal.spec.Node;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SpecException.Reason;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import dev.anneal.spec.TorchNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The native combinators; each formula here is the one the spec records document. */
final class Combinators {
  private Combinators() {}

  static Compiled sequence(Compiler compiler, Sequence sequence) {
    Compiled[] parts = compileParts(compiler, sequence);
    int n = parts.length;
    Curve[] curves = new Curve[n];
    double[] starts = new double[n];
    double start = 0;
    for (int i = 0; i < n; i++) {
      curves[i] = parts[i].curve();
      starts[i] = start;
      start += parts[i].duration();
    }
    double duration = parts[n - 1].hasDuration() ? start : Double.NaN;
    return new Compiled(t -> {
      int i = n - 1;
      while (starts[i] > t) i--;
      return curves[i].at(t - starts[i]);
    }, duration);
  }


  /**
   * Compiles the parts in order: the {@code rest} part gets what the others leave, a part without
   * {@code from} starts where the one before ended, and every part but the last needs a duration.
   */
  private static Compiled[] compileParts(Compiler compiler, Sequence sequence) {
    List<Node> parts = sequence.parts();
    int restIndex = restIndex(parts);
    int n = parts.size();
    Compiled[] compiled = new Compiled[n];
    @Nullable Double previousEnd = null;
    for (int i = 0; i < n; i++) {
      Compiler partCompiler = i == restIndex ? compiler.withRest(restSteps(compiler, parts, i)) : compiler;
      Compiled part = partCompiler.child(parts.get(i), "parts/" + i, previousEnd);
      if (!part.hasDuration() && i < n - 1) {
        Node node = parts.get(i);
        throw SpecException.of(Reason.MISSING_DURATION, "sequence", "parts[" + i + "]", node instanceof TorchNode
                ? "a node with a duration; a torch node can only be the last part"
                : "a node with a duration (steps), as every part but the last",
            Words.article(node.type()) + " without one");
      }
      compiled[i] = part;
      previousEnd = part.hasDuration() ? part.end() : null;
    }
    return compiled;
  }

  private static int restIndex(List<Node> parts) {
    int found = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (Nodes.steps(parts.get(i)) == Steps.rest()) {
        if (found >= 0) {
          throw SpecException.of(Reason.REST_MORE_THAN_ONCE, "sequence", "parts[" + i + "].steps", "rest at most once in a sequence",
              "rest again after parts[" + found + "]");
        }
        found = i;
      }
    }
    return found;
  }

  /** {@code total_steps} minus the (unstretched) durations of every other part. */
  static long restSteps(Compiler compiler, List<Node> parts, int restIndex) {
    Compiler plain = compiler.unstretched();
    long others = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (i == restIndex) continue;
      Compiled other = plain.child(parts.get(i), "parts/" + i, 0.0);
      if (!other.hasDuration()) {
        throw SpecException.of(Reason.MISSING_DURATION, "sequence", "parts[" + i + "]", "a node with a duration when another part says rest",
            Words.article(parts.get(i).type()) + " without one");
      }
      others += Math.round(other.duration());
    }
    try {
      return compiler.rest(others);
    } catch (SpecException e) {
      throw e.at("parts[" + restIndex + "].steps");
    }
  }

  static Compiled warmup(double steps, double from, Compiled then) {
    Curve next = then.curve();
    double peak = next.at(0);
    Curve curve = t -> t < steps ? from + (peak - from) * (t / steps) : next.at(t - steps);
    return new Compiled(curve, steps + then.duration());
  }

  static Compiled scale(double by, Compiled of) {
    Curve curve = of.curve();
    return new Compiled(t -> by * curve.at(t), of.duration());
  }

  static Compiled multiply(List<Compiled> of) {
    Curve[] curves = curves(of);
    return new Compiled(t -> {
      double product = 1;
      for (Curve c : curves) product *= c.at(t);
      return product;
    }, longest(of));
  }

  static Compiled add(List<Compiled> of) {
    Curve[] curves = curves(of);
    return new Compiled(t -> {
      double sum = 0;
      for (Curve c : curves) sum += c.at(t);
      return sum;
    }, longest(of));
  }

  static Compiled clamp(@Nullable Double min, @Nullable Double max, Compiled of) {
    double lo = min == null ? Double.NEGATIVE_INFINITY : min;
    double hi = max == null ? Double.POSITIVE_INFINITY : max;
    Curve curve = of.curve();
    return new Compiled(t -> Math.min(hi, Math.max(lo, curve.at(t))), of.duration());
  }

  static Compiled shift(long by, Compiled of) {
    Curve curve = of.curve();
    double duration = of.duration() + by;
    if (duration < 1) {
      throw SpecException.of(Reason.OUT_OF_RANGE, "shift", "by", "> -" + Words.number(of.duration()) + " (the duration of of)", by);
    }
    return new Compiled(t -> curve.at(Math.max(0, t - by)), duration);
  }

  static Compiled hold(long every, Compiled of) {
    Curve curve = of.curve();
    return new Compiled(t -> curve.at(Math.floor(t / every)), of.duration() * every);
  }

  private static Curve[] curves(List<Compiled> of) {
    return of.stream().map(Compiled::curve).toArray(Curve[]::new);
  }

  /** The longest duration, or none when any member has none. */
  private static double longest(List<Compiled> of) {
    double longest = 0;
    for (Compiled c : of) {
      if (!c.hasDuration()) return Double.NaN;
      longest = Math.max(longest, c.duration());
    }
    return longest;
  }
}
