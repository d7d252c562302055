package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;


/**
 * A duration: how many steps a node spans. Written in a file as a positive integer ({@code 500}),
 * a percentage of the file's {@code total_steps} ({@code "5%"}, rounded with {@link Math#round}),
 * epochs ({@code "3ep"}, needs {@code steps_per_epoch} and must come out whole) or {@code rest}
 * (the part of a {@link Sequence} that takes what the others leave of {@code total_steps}).
 * A duration that resolves to 0 steps is an error.
 *
 * <pre>{@code
 * Node lr = sequence(linear(0.0, 3e-4, Steps.percent(5)), cosine(3e-4, 3e-5, Steps.rest()));
 * Schedule compiled = Schedule.of(lr, new Context(10_000L, null, null)); // total_steps: 10000
 * assertThat(compiled.valueAt(500)).isEqualTo(3e-4); // the warmup took 5% of 10,000 steps
 * assertThat(compiled.valueAt(10_000)).isEqualTo(3e-5); // the cosine took the rest
 * }</pre>
 */
public sealed interface Steps {

  /**
   * {@return a fixed number of steps}
   *
   * @param steps the number of steps, {@code >= 1}
   */
  static Steps of(long steps) {
    return new Fixed(steps);
  }

  /**
   * {@return {@code percent} % of the file's {@code total_steps}}
   *
   * @param percent the percentage, {@code > 0}
   */
  static Steps percent(double percent) {
    return new Percent(percent);
  }

  /**
   * {@return {@code epochs} times the file's {@code steps_per_epoch}}
   *
   * @param epochs the number of epochs, {@code > 0}; it must give a whole number of steps
   */
  static Steps epochs(double epochs) {
    return new Epochs(epochs);
  }

  /** {@return what the other parts of a sequence leave of {@code total_steps}} */
  static Steps rest() {
    return Rest.INSTANCE;
  }

  /**
   * Resolves this duration to a whole number of steps.
   *
   * @param context the file's settings ({@code total_steps} for a percentage, {@code steps_per_epoch}
   *     for epochs)
   * @return the number of steps, {@code >= 1}
   * @throws IllegalArgumentException when the setting it needs is missing, or it comes out below 1
   *     step or, in epochs, not whole; always for {@link #rest()}, which only a sequence resolves
   */
  long resolve(Context context);

  /**
   * A fixed number of steps.
   *
   * @param steps the number of steps, {@code >= 1}
   */
  record Fixed(long steps) implements Steps {
    /**
     * Checks the number of steps.
     *
     * @param steps the value for the {@code steps} record component
     * @throws IllegalArgumentException when {@code steps < 1}
     */
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

  /**
   * A percentage of {@code total_steps}, rounded with {@link Math#round}.
   *
   * @param percent the percentage, {@code > 0}
   */
  record Percent(double percent) implements Steps {
    /**
     * Checks the percentage.
     *
     * @param percent the value for the {@code percent} record component
     * @throws IllegalArgumentException when {@code percent} is not a finite number {@code > 0}
     */
    public Percent {
      Check.positive("duration", "percentage", percent);
    }

    @Override
    public long resolve(Context context) {
      long total = context.requireTotalSteps(this);
      long steps = Math.round(total * percent / 100.0);
      if (steps < 1) {
        throw Check.fail(Reason.INVALID_DURATION, "duration", "\"" + this + "\"", "at least 1 step", steps + " steps of total_steps " + total);
      }
      return steps;
    }

    @Override
    public String toString() {
      return Check.format(percent) + "%";
    }
  }

  /**
   * A number of epochs of {@code steps_per_epoch} steps; must give whole steps.
   *
   * @param epochs the number of epochs, {@code > 0}
   */
  record Epochs(double epochs) implements Steps {
    /**
     * Checks the number of epochs.
     *
     * @param epochs the value for the {@code epochs} record component
     * @throws IllegalArgumentException when {@code epochs} is not a finite number {@code > 0}
     */
    public Epochs {
      Check.positive("duration", "epochs", epochs);
    }

    @Override
    public long resolve(Context context) {
      long perEpoch = context.requireStepsPerEpoch(this);
      double steps = epochs * perEpoch;
      if (steps != Math.rint(steps)) {
        throw Check.fail(Reason.INVALID_DURATION, "duration", "\"" + this + "\"", "a whole number of steps",
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
    /** The only instance; see {@link Steps#rest()}. */
    INSTANCE;

    @Override
    public long resolve(Context context) {
      throw new SpecException("steps", Reason.REST_OUTSIDE_SEQUENCE, "duration: rest is only allowed for a part of a sequence");
    }

    @Override
    public String toString() {
      return "rest";
    }
  }
}
