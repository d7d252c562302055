package dev.anneal.cli;

import dev.anneal.Schedule;

/**
 * No command prints a value that is not a number: a schedule that overflows (a file without
 * {@code total_steps}, or asked past it, where the loader did not read it) ends the command with a
 * message instead.
 */
final class Finite {
  private Finite() {}

  /** {@return {@code schedule}, failing at a step whose value is infinite or NaN; its bulk reads stay bulk} */
  static Schedule checked(String name, Schedule schedule) {
    return new Schedule() {
      @Override
      public double valueAt(long step) {
        return check(name, step, schedule.valueAt(step));
      }

      @Override
      public void fill(double[] into, long from, long every) {
        schedule.fill(into, from, every);
        for (int i = 0; i < into.length; i++) check(name, from + i * every, into[i]);
      }
    };
  }

  /** {@return {@code value}} @throws IllegalStateException when it is infinite or NaN */
  static double check(String name, long step, double value) {
    if (Double.isFinite(value)) return value;
    throw new IllegalStateException(name + " is not a finite number at step " + step + " (" + value
        + "): a value overflows a double; bound it (a restarts decay <= 1, a rate <= 1, fewer factors above 1)"
        + " or ask for fewer steps");
  }
}
