package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * A duration: how many steps a node spans. Written in a file as a positive integer ({@code 500}),
 * a percentage of the file's {@code total_steps} ({@code "5%"}, rounded with {@link Math#round}),
 * epochs ({@code "3ep"}, needs {@code steps_per_epoch} and must come out whole) or {@code rest}
 * (the part of a {@link Sequence} that takes what the others leave of {@code total_steps}).
 * A duration that resolves to 0 steps is an error.
 */
public sealed interface Steps {

  /** A fixed number of steps, {@code >= 1}. */
  static Steps of(long steps) {
    return new Fixed(steps);
  }

  /** {@code percent} % of the file's {@code total_steps}, {@code > 0}. */
  static Steps percent(double percent) {
    return new Percent(percent);
  }

  /** {@code epochs} times the file's {@code steps_per_epoch}, {@code > 0}. */
  static Steps epochs(double epochs) {
    return new Epochs(epochs);
  }

  /** What the other parts of a sequence leave of {@code total_steps}. */
  static Steps rest() {
    return Rest.INSTANCE;
  }

  /** Resolves this duration to a whole number of steps, {@code >= 1}. */
  long resolve(Context context);

  /** A fixed number of steps. */
  record Fixed(long steps) implements Steps {
    public Fixed {
      Check.atLeast("duration", "steps", 1L, steps);
    }

    @Override
    public long resolve(Context context) {
      return steps;
    }

    @Override
    public String toString() {
      return Long.toString(steps);
    }
  }

  /** A percentage of {@code total_steps}. */
  record Percent(double percent) implements Steps {
    public Percent {
      Check.positive("duration", "percentage", percent);
    }

    @Override
    public long resolve(Context context) {
      long total = context.requireTotalSteps(this);
      long steps = Math.round(total * percent / 100.0);
      if (steps < 1) {
        throw Check.fail("duration", "\"" + this + "\"", "at least 1 step", steps + " steps of total_steps " + total);
      }
      return steps;
    }

    @Override
    public String toString() {
      return Check.format(percent) + "%";
    }
  }

  /** A number of epochs of {@code steps_per_epoch} steps; must give whole steps. */
  record Epochs(double epochs) implements Steps {
    public Epochs {
      Check.positive("duration", "epochs", epochs);
    }

    @Override
    public long resolve(Context context) {
      long perEpoch = context.requireStepsPerEpoch(this);
      double steps = epochs * perEpoch;
      if (steps != Math.rint(steps)) {
        throw Check.fail("duration", "\"" + this + "\"", "a whole number of steps",
            Check.format(steps) + " (steps_per_epoch " + perEpoch + ")");
      }
      return (long) steps;
    }

    @Override
    public String toString() {
      return Check.format(epochs) + "ep";
    }
  }

  /** The rest of {@code total_steps}; only a part of a {@link Sequence} may say it. */
  enum Rest implements Steps {
    INSTANCE;

    @Override
    public long resolve(Context context) {
      throw new IllegalArgumentException("duration: rest is only allowed for a part of a sequence");
    }

    @Override
    public String toString() {
      return "rest";
    }
  }
}
