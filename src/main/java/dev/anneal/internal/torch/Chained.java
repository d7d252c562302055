package dev.anneal.internal.torch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * ChainedScheduler: every child steps in turn on the same lr. When every child multiplies by a
 * factor, the value is the product of their closed forms (replayed instead, over the checkpoints,
 * where that product overflows but PyTorch's steps need not); after a child that sets the lr
 * outright, only the children after it matter; otherwise (a CosineAnnealingLR or a SequentialLR among
 * others) the steps are replayed as PyTorch takes them, from checkpoints every 64 steps over the
 * first 2^26 steps (so any step there costs fewer than 64 steps). The checkpoints are a memo, made
 * on first need and shared by every thread: the value at {@code k} is the same whatever was asked
 * before. {@link #fill} replays forward, one step per row.
 *
 * <p>A CosineAnnealingLR child forgets the lr at the odd multiples of its {@code T_max} (its step
 * sets it to eta_min there). So once every child's milestones are behind, a chain of chainable
 * children repeats with the least common multiple {@code L} of their periods ({@code 2 T_max},
 * StepLR's {@code step_size}): {@code value(k) = value(k - L)} from {@code R = last milestone + L
 * + 2 max(T_max)} on, and a step beyond {@code R} costs what one below it does. When that does
 * not fit the checkpoints, a step beyond them is replayed from the last step where a
 * CosineAnnealingLR forgot the lr (fewer than {@code 2 T_max} steps); without one, from the last
 * checkpoint.
 */
final class Chained extends Scheduler {
  private final Scheduler[] children;
  private final double before;
  private final double start;
  private final int lastAbsolute;
  private final boolean multiplicative;
  private final boolean replayed;
  /** How the chain's steps repeat (every child's), or null. */
  private final @Nullable Repeats repeats;
  /** From this step on, {@code value(k) = value(k - period)}; {@link Long#MAX_VALUE} when never. */
  private final long repeatsFrom;
  private final long period;
  /** Beyond the checkpoints, every {@code geometric} steps past {@code settled} multiply the lr by {@link #factor()}; 0 when not. */
  private final long geometric;
  private final long settled;
  /** {@link #factor()} and {@link #firstPeriod()}, once made. */
  private volatile double @Nullable [] factor;
  private volatile double @Nullable [] firstPeriod;
  private static final long FIRST_PERIOD = 1 << 12;
  /** The lr replayed from step 0 over the first {@link #CHECKPOINTED} steps. */
  private final Recursion replay;
  private static final long CHECKPOINTED = 1L << 26;

  /** {@code before}: the optimizer's lr before the children were constructed (NaN when unknown). */
  Chained(List<Scheduler> children, double before) {
    this.children = children.toArray(Scheduler[]::new);
    this.before = before;
    this.start = constructed(before);
    int last = -1;
    boolean product = true;
    for (int i = 0; i < this.children.length; i++) {
      Scheduler child = this.children[i];
      if (child instanceof Absolute) last = i;
      product &= child instanceof Chainable c && c.multiplicative();
    }
    this.lastAbsolute = last;
    this.multiplicative = product;
    this.replayed = last < 0 && !product;
    this.replay = new Recursion(this::next, 0, start, CHECKPOINTED);
    this.repeats = combined(this.children);
    Repeats r = replayed ? repeats : null;
    boolean forgets = r != null && r.forgetsEvery() > 0;
    long from = forgets ? r.after() + r.every() + 2 * r.forgetsEvery() : Long.MAX_VALUE;
    this.repeatsFrom = from < CHECKPOINTED ? from : Long.MAX_VALUE;
    this.period = r == null ? 1 : r.every();
    this.geometric = r != null && !forgets && r.linear() && r.after() <= CHECKPOINTED - r.every() ? r.every() : 0;
    this.settled = r == null ? 0 : r.after();
  }

  /**
   * Every child's repetition together, when each has one and it fits the checkpoints: the last
   * milestone, the least common multiple of the periods, the longest forgetting period, and
   * whether every step multiplies; else null.
   */
  private static @Nullable Repeats combined(Scheduler[] children) {
    long after = 0;
    long period = 1;
    long longestForget = 0;
    boolean linear = true;
    for (Scheduler child : children) {
      Repeats r = child.repeats();
      if (r == null || r.every() <= 0 || r.every() > CHECKPOINTED || r.forgetsEvery() > CHECKPOINTED) return null;
      after = Math.max(after, r.after());
      period = period / gcd(period, r.every()) * r.every();
      if (period > CHECKPOINTED) return null;
      longestForget = Math.max(longestForget, r.forgetsEvery());
      linear &= r.linear();
    }
    return after > CHECKPOINTED ? null : new Repeats(after, period, longestForget, 0.0, linear);
  }

  private static long gcd(long a, long b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** The chain steps as its children do: it repeats when all of theirs do. */
  @Override
  @Nullable Repeats repeats() {
    return repeats;
  }

  @Override
  double value(long k) {
    if (k == 0) return start;
    if (lastAbsolute >= 0) return stepFrom(lastAbsolute, k, Double.NaN);
    if (multiplicative) {
      double value = product(k);
      if (!Double.isNaN(value) || Double.isNaN(before) || k > CHECKPOINTED) {
        return Double.isNaN(value) ? replayedBeyond(k) : value;
      }
    }
    k = repeated(k);
    if (k <= CHECKPOINTED) return replay.at(k);
    if (geometric > 0) return geometric(k);
    return replayedSinceForgotten(k);
  }

  /**
   * The members' closed forms applied in turn to the lr; NaN where, in that order rather than
   * PyTorch's (one factor at a time, every step), it overflows, or underflows (to a subnormal, or
   * to 0 without a factor that is 0) on the way to a normal value: 2^k times 0.5^k, a factor 0
   * times one that overflows. There the steps are replayed. A value that ends below the normal
   * range stands: PyTorch's is as small, within the tolerance.
   */
  private double product(long k) {
    double value = before;
    boolean underflowed = false;
    for (Scheduler child : children) {
      Chainable member = (Chainable) child;
      double next = member.closed(k, value);
      if (!Double.isFinite(next)) return Double.NaN;
      underflowed |= Math.abs(next) < Double.MIN_NORMAL && !(next == 0 && (value == 0 || member.closed(k, 1.0) == 0));
      value = next;
    }
    return underflowed && Math.abs(value) >= Double.MIN_NORMAL ? Double.NaN : value;
  }

  /** Past the checkpoints, where a replay costs a step per step: the product as it comes. */
  private double replayedBeyond(long k) {
    double value = before;
    for (Scheduler child : children) value = ((Chainable) child).closed(k, value);
    return value;
  }

  /**
   * Beyond the checkpoints, when every step past the milestones multiplies by a factor that repeats
   * every {@code geometric} steps: the value at the same place of the first period past them, times
   * the factor of a whole period to the power of the periods between (PyTorch's step-by-step
   * products differ from it by rounding only).
   */
  private double geometric(long k) {
    long periods = (k - settled) / geometric;
    double[] f = factor();
    double power = f[0] == 0 ? 0.0 : Math.pow(f[0], periods) * Math.exp(periods * f[1]);
    long at = k - periods * geometric;
    return (geometric <= FIRST_PERIOD ? firstPeriod()[(int) (at - settled)] : replay.at(at)) * power;
  }

  /** The values of the steps {@code settled .. settled + geometric - 1}, once made (short periods only). */
  private double[] firstPeriod() {
    double[] values = firstPeriod;
    if (values == null) {
      values = new double[(int) geometric];
      for (int i = 0; i < values.length; i++) values[i] = replay.at(settled + i);
      firstPeriod = values;
    }
    return values;
  }

  /**
   * What one period past the milestones multiplies the lr by: the product of every child's factor
   * at each of its steps, kept as a double-double {@code hi + lo} so that its power to millions
   * of periods is as close as one rounding: {@code {hi, log1p(lo / hi)}}.
   */
  private double[] factor() {
    double[] f = factor;
    if (f != null) return f;
    double hi = 1.0;
    double lo = 0.0;
    for (long k = settled + 1; k <= settled + geometric; k++) {
      for (Scheduler child : children) {
        double by = child.next(k, 1.0);
        double product = hi * by;
        double error = Math.fma(hi, by, -product) + lo * by;
        hi = product + error;
        lo = error - (hi - product);
      }
    }
    f = new double[] {hi, hi == 0 ? 0.0 : Math.log1p(lo / hi)};
    factor = f;
    return f;
  }

  /**
   * Beyond the checkpoints: from the last step where a CosineAnnealingLR child forgot the lr
   * (where that child's step gives eta_min whatever it was given), else from the last checkpoint.
   */
  private double replayedSinceForgotten(long k) {
    long from = CHECKPOINTED;
    double lr = Double.NaN;
    for (int i = 0; i < children.length; i++) {
      if (!(children[i] instanceof Chainable chainable)) continue;
      Repeats repeats = chainable.repeats();
      long tMax = repeats.forgetsEvery();
      if (tMax == 0 || tMax > k || tMax > Long.MAX_VALUE / 2) continue;
      long forgot = k - Math.floorMod(k - tMax, 2 * tMax);
      if (forgot > from) {
        from = forgot;
        lr = stepFrom(i + 1, forgot, repeats.forgetsTo());
      }
    }
    if (from == CHECKPOINTED) lr = replay.at(CHECKPOINTED);
    return replay.forward(lr, from, k);
  }

  /**
   * A replayed chain goes forward from one row to the next ({@code every} steps per row, at most
   * 64), where values repeat in the repeated steps, and within the checkpoints.
   */
  @Override
  void fill(double[] into, long from, long every) {
    if (!replayed || every > 64 || into.length == 0) {
      super.fill(into, from, every);
      return;
    }
    double lr = value(from);
    into[0] = lr;
    long step = from;
    long at = repeated(from);
    for (int i = 1; i < into.length; i++) {
      step += every;
      long to = repeated(step);
      lr = to > at && to - at <= every && to <= CHECKPOINTED ? replay.forward(lr, at, to) : value(step);
      at = to;
      into[i] = lr;
    }
  }

  /** The step whose value {@code k} repeats: {@code k} itself below {@link #repeatsFrom}. */
  private long repeated(long k) {
    return k < repeatsFrom ? k : repeatsFrom - period + (k - repeatsFrom) % period;
  }

  private double stepFrom(int first, long k, double lr) {
    for (int i = first; i < children.length; i++) lr = children[i].next(k, lr);
    return lr;
  }

  /** Every child's constructor, in file order (ChainedScheduler itself takes no step). */
  @Override
  double initial(double lr) {
    for (Scheduler child : children) lr = child.constructed(lr);
    return lr;
  }

  @Override
  double next(long k, double lr) {
    return stepFrom(0, k, lr);
  }

  @Override
  boolean hasMomentum() {
    return anyHasMomentum(children);
  }

  /**
   * The momentum written last: at the latest step {@code <= k} where a child writes one, by the
   * last child that does then (they step, and were constructed, in file order). A SequentialLR
   * child writes none while its active child schedules none, so an earlier child's may stand.
   */
  @Override
  double momentum(long k) {
    return children[lastWriter(k)].momentum(k);
  }

  @Override
  long lastMomentumWrite(long k) {
    int writer = lastWriter(k);
    return writer < 0 ? -1 : children[writer].lastMomentumWrite(k);
  }

  /** The child whose momentum the optimizer holds after step {@code k}, or -1 when none writes one. */
  private int lastWriter(long k) {
    int writer = -1;
    long latest = -1;
    for (int i = 0; i < children.length; i++) {
      long at = children[i].lastMomentumWrite(k);
      if (at >= 0 && at >= latest) {
        latest = at;
        writer = i;
      }
    }
    return writer;
  }
}
