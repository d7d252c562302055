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
  abstract Repeats repeats();

  /**
   * From step {@code after + 1} on, the step map at {@code k} is the one at {@code k + every}. A
   * CosineAnnealingLR also forgets the lr it is given at the odd multiples of {@code forgetsEvery}
   * ({@code T_max}; 0 for the others): {@code 1 + cos(pi k / T_max)} is 0 there, so its step sets
   * the lr to {@code forgetsTo} (eta_min) whatever it was.
   */
  record Repeats(long after, long every, long forgetsEvery, double forgetsTo) {
    /** A step map that is the same at every step after {@code after}. */
    static Repeats after(long after) {
      return new Repeats(after, 1, 0, 0.0);
    }
  }

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
