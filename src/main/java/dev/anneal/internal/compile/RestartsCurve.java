package dev.anneal.internal.compile;

import dev.anneal.spec.Restarts;
import dev.anneal.spec.SpecException.Reason;
import dev.anneal.spec.SpecException;

/**
 * {@code restarts}: finds the cycle of a step and evaluates {@code of} stretched to that cycle's
 * length. The first cycles are compiled once, up front; later ones (each longer than the last, so
 * rarely reached) are compiled when asked for. Nothing is cached between calls.
 */
final class RestartsCurve implements Curve {
  private static final int PRECOMPILED = 64;
  private static final long EXACT_CYCLES = 1 << 20;
  /** The first cycles (where most steps of a run fall) are found by a scan, later ones by a binary search. */
  private static final int SCANNED = 8;

  private final Compiler compiler;
  private final Restarts spec;
  private final double duration;
  private final Compiled[] first;
  /** {@code starts[i]}: the step where precompiled cycle {@code i} starts; one more for the end of the last. */
  private final double[] starts;
  /** Per precompiled cycle: its curve, the value where it ends, and {@code decay^i}. */
  private final Curve[] curves;
  private final double[] ends;
  private final double[] decays;
  private final long cycles;
  private final double decay;
  private final double periodMult;

  private RestartsCurve(Compiler compiler, Restarts spec, double duration, Compiled[] first) {
    this.compiler = compiler;
    this.spec = spec;
    this.duration = duration;
    this.first = first;
    this.cycles = cycles(spec);
    this.decay = spec.decay();
    this.periodMult = spec.periodMult();
    this.starts = new double[first.length + 1];
    this.curves = new Curve[first.length];
    this.ends = new double[first.length];
    this.decays = new double[first.length];
    for (int i = 0; i < first.length; i++) {
      starts[i + 1] = starts[i] + length(spec, duration, i);
      curves[i] = first[i].curve();
      ends[i] = first[i].end();
      decays[i] = Math.pow(decay, i);
    }
  }

  static Compiled compile(Compiler compiler, Restarts spec) {
    Compiled of = compiler.child(spec.of(), "of", null);
    if (!of.hasDuration()) {
      throw SpecException.of(Reason.MISSING_DURATION, "restarts", "of", "a node with a finite duration", Words.article(spec.of().type()) + " without one");
    }
    double duration = of.duration();
    long cycles = cycles(spec);
    int precompiled = spec.periodMult() == 1 ? 1 : (int) Math.min(PRECOMPILED, cycles);
    Compiled[] first = new Compiled[precompiled];
    for (int i = 0; i < precompiled; i++) {
      first[i] = cycle(compiler, spec, duration, i);
    }
    RestartsCurve curve = new RestartsCurve(compiler, spec, duration, first);
    return new Compiled(curve, spec.cycles() == null ? Double.NaN : curve.start(cycles));
  }

  /** How many cycles there are: {@code Long.MAX_VALUE} when they go on forever. */
  private static long cycles(Restarts spec) {
    return spec.cycles() == null ? Long.MAX_VALUE : spec.cycles();
  }

  /** Cycle {@code i}: {@code L_i = round(D * period_mult^i)} steps, at least 1. */
  private static long length(Restarts spec, double duration, long i) {
    return Math.max(1, Math.round(duration * Math.pow(spec.periodMult(), i)));
  }

  private static Compiled cycle(Compiler compiler, Restarts spec, double duration, long i) {
    long length = length(spec, duration, i);
    return compiler.stretched(length, duration).compile(spec.of(), null);
  }

  /** Cycle {@code i}: every cycle is the same when they all last {@code D} steps. */
  private Compiled cycle(long i) {
    if (periodMult == 1) return first[0];
    return i < first.length ? first[(int) i] : cycle(compiler, spec, duration, i);
  }

  /** The step at which cycle {@code i} starts. */
  private double start(long i) {
    return locate(Double.POSITIVE_INFINITY, i)[1];
  }

  /**
   * The cycle that holds step {@code t}, stopping at cycle {@code limit}: {index, start step}. The
   * cycles are walked one by one, exactly, for the first {@link #EXACT_CYCLES}; past them (only
   * with a {@code period_mult} a hair above 1 and an astronomically late step) the geometric sum
   * {@code D * m^i * (m^n - 1) / (m - 1)} skips ahead, so that no step takes more than milliseconds.
   */
  private double[] locate(double t, long limit) {
    double m = periodMult;
    if (m == 1) {
      long length = length(spec, duration, 0);
      double i = Math.min(Math.floor(t / length), limit);
      return new double[] {i, i * length};
    }
    int known = java.util.Arrays.binarySearch(starts, Math.min(t, starts[starts.length - 1]));
    long i = Math.min(known >= 0 ? known : -known - 2, limit);
    double start = starts[(int) i];
    for (double length = length(spec, duration, i); t >= start + length && i < limit; ) {
      if (i == EXACT_CYCLES) {
        double first = duration * Math.pow(m, i);
        double n = Math.floor(Math.log1p((t - start) * (m - 1) / first) / Math.log(m));
        n = Math.min(Math.max(n - 1, 0), limit - i);
        start += Math.rint(first * Math.expm1(n * Math.log(m)) / (m - 1));
        i += (long) n;
        length = length(spec, duration, i);
        if (!(t >= start + length && i < limit)) break;
      }
      start += length;
      length = length(spec, duration, ++i);
    }
    return new double[] {i, start};
  }

  /**
   * The value at {@code t}. Steps inside the precompiled cycles take a scan (or a binary search) of
   * their starts and one call of the cycle's curve; later ones walk the cycles from the last
   * precompiled one.
   */
  @Override
  public double at(double t) {
    if (periodMult != 1 && t < starts[first.length]) {
      // the cycle is the number of later starts at or before t: counted without branches over the
      // first SCANNED (whatever order steps are asked in), by a binary search beyond
      int scanned = Math.min(SCANNED, first.length - 1);
      int i = 0;
      for (int k = 1; k <= scanned; k++) i += starts[k] <= t ? 1 : 0;
      if (i == SCANNED) {
        int found = java.util.Arrays.binarySearch(starts, SCANNED, first.length + 1, t);
        i = found >= 0 ? found : -found - 2;
      }
      double value = curves[i].at(t - starts[i]);
      if (decay == 1 || i == 0) return value;
      return ends[i] + (value - ends[i]) * decays[i];
    }
    return later(t);
  }

  /** A step past the precompiled cycles (or any step when every cycle lasts {@code D}). */
  private double later(double t) {
    double[] found = locate(t, cycles);
    long i = (long) found[0];
    double start = found[1];
    if (i >= cycles) {
      return cycle(cycles - 1).end();
    }
    Compiled cycle = cycle(i);
    double value = cycle.curve().at(t - start);
    if (decay == 1 || i == 0) return value;
    double end = cycle.end();
    return end + (value - end) * (i < decays.length ? decays[(int) i] : Math.pow(decay, i));
  }
}
