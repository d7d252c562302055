package dev.anneal.internal.torch;

/**
 * A scheduler whose {@code get_lr} updates the optimizer's current lr ("chainable form"), with a
 * closed form in {@code base_lr}. Top-level values use the closed form, which PyTorch's chainable
 * updates reproduce up to rounding.
 */
abstract class Chainable extends Scheduler {
  final double base;

  Chainable(double base) {
    this.base = base;
  }

  /** The closed form at step {@code k} from {@code base}. */
  abstract double closed(long k, double base);

  /** How {@link #next}'s step map repeats once its milestones are behind it. */
  @Override
  abstract Repeats repeats();

  /** True when every {@code get_lr} step multiplies the lr by a factor of its own. */
  boolean multiplicative() {
    return true;
  }

  @Override
  double value(long k) {
    return closed(k, base);
  }

  @Override
  double initial(double lr) {
    return lr * closed(0, 1.0);
  }
}
