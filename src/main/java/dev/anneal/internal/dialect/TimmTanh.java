package dev.anneal.internal.dialect;

/**
 * The end of timm's warmup before a {@code tanh} schedule without {@code warmup_prefix}:
 * {@code TanhLRScheduler.__init__} ramps to {@code _get_lr(warmup_t)}, the tanh value at
 * {@code warmup_t} (t not shifted), rather than to {@code lr} as every other timm scheduler does.
 */
final class TimmTanh {
  /** timm's {@code lb} and {@code ub}, which create_scheduler_v2 leaves at their defaults. */
  static final double LB = -7;
  static final double UB = 3;

  private TimmTanh() {}

  /**
   * {@code _get_lr(t)} of timm's tanh_lr.py past the warmup: cycle i of {@code initial * mul^i}
   * found as timm finds it, peak {@code lr * decay^i}, {@code min} from cycle {@code limit} on.
   */
  static double at(long t, double lr, long initial, double mul, double decay, long limit, double min) {
    long i;
    double length;
    double into;
    if (mul != 1) {
      i = (long) Math.floor(Math.log(1 - t / (double) initial * (1 - mul)) / Math.log(mul));
      length = Math.pow(mul, i) * initial;
      into = t - (1 - Math.pow(mul, i)) / (1 - mul) * initial;
    } else {
      i = t / initial;
      length = initial;
      into = t - initial * i;
    }
    if (i >= limit) return min;
    double max = lr * Math.pow(decay, i);
    double tr = into / length;
    return min + 0.5 * (max - min) * (1 - Math.tanh(LB * (1. - tr) + UB * tr));
  }
}
