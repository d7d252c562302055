package dev.anneal.cli;

import dev.anneal.Schedule;

/**
 * No command prints a value that is not a number: a schedule that overflows (a file without
 * {@code total_steps}, or asked past it, where the loader did not read it) ends the command with a
 * message instead.
 */
final class Finite {
  private Finite() {}

  /** {@return {@code schedule}, failing at a step whose value is infinite or NaN} */
  static Schedule checked(String name, Schedule schedule) {
    return step -> check(name, step, schedule.valueAt(step));
  }

  /** {@return {@code value}} @throws IllegalStateException when it is infinite or NaN */
  static double check(String name, long step, double value) {
    if (Double.isFinite(value)) return value;
    throw new IllegalStateException(name + " is not a finite number at step " + step + " (" + value
        + "): a value overflows a double; bound it (a restarts decay <= 1, a rate <= 1, fewer factors above 1)"
        + " or ask for fewer steps");
  }
}
