package dev.anneal.internal.load;

/**
 * The steps of a run of {@code n} steps that a rule reads: every step up to {@link #ALL}, else
 * every {@code stride}-th step and the last one; no step overflows, up to {@code Long.MAX_VALUE}.
 */
final class RunSample {
  /** Every step is read up to this many steps; above, a sample of about as many. */
  static final long ALL = 2_000_000;

  private RunSample() {}

  /** {@return the distance between two steps read: {@code ceil(n / ALL)}, 1 up to {@link #ALL}} */
  static long stride(long n) {
    return n <= ALL ? 1 : (n - 1) / ALL + 1;
  }

  /** {@return the step read after {@code step}: {@code step + stride}, or the last step {@code n - 1}} */
  static long next(long step, long n, long stride) {
    return n - 1 - step > stride ? step + stride : n - 1;
  }
}
