package dev.anneal.internal.torch;

/** A scheduler whose {@code get_lr} sets the lr outright from its own base values, whatever it was. */
abstract class Absolute extends Scheduler {

  @Override
  double initial(double lr) {
    return value(0);
  }

  @Override
  double next(long k, double lr) {
    return value(k);
  }
}
