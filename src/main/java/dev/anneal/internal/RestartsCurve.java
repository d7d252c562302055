package dev.anneal.internal;

import dev.anneal.spec.Restarts;

/**
 * {@code restarts}: finds the cycle of a step and evaluates {@code of} stretched to that cycle's
 * length. The first cycles are compiled once, up front; later ones (each longer than the last, so
 * rarely reached) are compiled when asked for. Nothing is cached between calls.
 */
final class RestartsCurve implements Curve {
  private static final int PRECOMPILED = 64;

  private final Compiler compiler;
  private final Restarts spec;
  private final double duration;
  private final Compiled[] first;

  private RestartsCurve(Compiler compiler, Restarts spec, double duration, Compiled[] first) {
    this.compiler = compiler;
    this.spec = spec;
    this.duration = duration;
    this.first = first;
  }

  static Compiled compile(Compiler compiler, Restarts spec) {
    Compiled of = compiler.child(spec.of(), "of", null);
    if (!of.hasDuration()) {
      throw Check.fail("restarts", "of", "a node with a finite duration", "a " + spec.of().type() + " without one");
    }
    double duration = of.duration();
    long cycles = spec.cycles() == null ? Long.MAX_VALUE : spec.cycles();
    int precompiled = spec.periodMult() == 1 ? 1 : (int) Math.min(PRECOMPILED, cycles);
    Compiled[] first = new Compiled[precompiled];
    for (int i = 0; i < precompiled; i++) {
      first[i] = cycle(compiler, spec, duration, i);
    }
    RestartsCurve curve = new RestartsCurve(compiler, spec, duration, first);
    return new Compiled(curve, spec.cycles() == null ? Double.NaN : curve.start(cycles));
  }

  /** Cycle {@code i}: {@code L_i = round(D * period_mult^i)} steps, at least 1. */
  private static long length(Restarts spec, double duration, long i) {
    return Math.max(1, Math.round(duration * Math.pow(spec.periodMult(), i)));
  }

  private static Compiled cycle(Compiler compiler, Restarts spec, double duration, long i) {
    long length = length(spec, duration, i);
    return compiler.stretched(length, duration).compile(spec.of(), null);
  }

  private Compiled cycle(long i) {
    return i < first.length ? first[(int) i] : cycle(compiler, spec, duration, i);
  }

  /** The step at which cycle {@code i} starts. */
  private double start(long i) {
    if (spec.periodMult() == 1) return (double) i * length(spec, duration, 0);
    double start = 0;
    for (long j = 0; j < i; j++) start += length(spec, duration, j);
    return start;
  }

  @Override
  public double at(double t) {
    long cycles = spec.cycles() == null ? Long.MAX_VALUE : spec.cycles();
    long i;
    double start;
    if (spec.periodMult() == 1) {
      long length = length(spec, duration, 0);
      i = (long) Math.floor(t / length);
      start = (double) i * length;
    } else {
      i = 0;
      start = 0;
      for (double length = length(spec, duration, 0); t >= start + length && i < cycles; ) {
        start += length;
        length = length(spec, duration, ++i);
      }
    }
    if (i >= cycles) {
      return cycle(cycles - 1).end();
    }
    Compiled cycle = cycle(i);
    double value = cycle.curve().at(t - start);
    if (spec.decay() == 1 || i == 0) return value;
    double end = cycle.end();
    return end + (value - end) * Math.pow(spec.decay(), i);
  }
}
