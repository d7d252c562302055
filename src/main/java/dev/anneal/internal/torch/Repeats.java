package dev.anneal.internal.torch;

/**
 * How a scheduler's step map ({@link Scheduler#next}) repeats: from step {@code after + 1} on, the
 * map at {@code k} is the one at {@code k + every}. {@code linear}: from then on every step
 * multiplies the lr by a factor of its own (no term of its own added). A CosineAnnealingLR also
 * forgets the lr it is given once every {@code 2 forgetsEvery} steps ({@code T_max}; 0 for the
 * others): at the odd multiples of T_max, {@code 1 + cos(pi k / T_max)} is 0, so its step sets the
 * lr to {@code forgetsTo} (eta_min) whatever it was.
 */
record Repeats(long after, long every, long forgetsEvery, double forgetsTo, boolean linear) {
  /** A step map that multiplies by the same factor at every step after {@code after}. */
  static Repeats after(long after) {
    return new Repeats(after, 1, 0, 0.0, true);
  }
}
