package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.Steps;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The examples of the API docs. Each region below ({@code // @start region=X} ... {@code // @end}) is
 * shown, line for line, in a {@code <pre>{@code ...}</pre>} block of the javadoc of the type it
 * illustrates, and {@link JavadocExamplesTest} checks that the javadoc shows nothing else: every
 * example compiles and runs with the tests.
 */
class ApiExamplesTest {

  @Test
  void anyLambdaIsASchedule() {
    // @start region=lambda
    Schedule halving = step -> 0.1 * Math.pow(0.5, step / 1000);
    assertThat(halving.valueAt(999)).isEqualTo(0.1);
    assertThat(halving.valueAt(2500)).isEqualTo(0.025);
    // @end
  }

  @Test
  void pointwise() {
    // @start region=pointwise
    Schedule base = Schedule.of(linear(0.0, 1e-3, 1_000));
    Schedule halving = step -> Math.pow(0.5, step / 1_000);
    Schedule lr = base.times(halving).plus(step -> 1e-5).times(2.0); // (base * halving + 1e-5) * 2
    assertThat(lr.valueAt(500)).isEqualTo((5e-4 * 1.0 + 1e-5) * 2);
    assertThat(lr.valueAt(2_000)).isEqualTo((1e-3 * 0.25 + 1e-5) * 2);
    // @end
  }

  @Test
  void fluentFactories() {
    // @start region=fluent
    // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
    Node spec = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2));
    Schedule lr = Schedule.of(spec);
    assertThat(lr.valueAt(250)).isCloseTo(1.5e-4, within(1e-18)); // half-way up the warmup
    assertThat(lr.valueAt(10_000)).isEqualTo(3e-4); // 500 + 9,500: the second cycle starts
    // @end
  }

  @Test
  void loadAFile() {
    // @start region=load
    ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
    Schedule lr = file.compile("lr");
    assertThat(lr.valueAt(500)).isEqualTo(3e-4); // the peak, after a warmup of 5% of total_steps: 10000
    // @end
  }

  @Test
  void compileOne() {
    // @start region=compileOne
    ScheduleFile file = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml")); // torch.OneCycleLR
    Schedule momentum = file.compile("momentum"); // cycle_momentum: momentum from 0.95 to 0.85 and back
    assertThat(momentum.valueAt(0)).isEqualTo(0.95);
    try {
      file.compile("mom");
      fail("no such schedule");
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessage("schedules: name must be one of lr, momentum, got mom");
    }
    // @end
  }

  @Test
  void writeAFile() {
    // @start region=write
    ScheduleFile file = ScheduleFile.of(sequence(
            linear(0.0, 3e-4, Steps.percent(5)),
            cosine(3e-4, 3e-5, Steps.rest())))
        .withTotalSteps(10_000);
    assertThat(file.toYaml()).isEqualTo("""
        total_steps: 10000
        schedule:
          type: sequence
          parts:
          - type: linear
            from: 0.0
            to: 3.0E-4
            steps: 5%
          - type: cosine
            from: 3.0E-4
            to: 3.0E-5
            steps: rest
        """);
    assertThat(ScheduleFile.parse("run.yaml", file.toYaml(), "")).isEqualTo(file);
    // @end
  }

  @Test
  void checkAFile() {
    // @start region=check
    CheckedFile checked = ScheduleFile.check("run.yaml", """
        total_steps: 10000
        schedule: {type: cosine, from: 3.0e-4, to: 3.0e-5, steps: 5000}
        """, "", null);
    assertThat(checked.file().totalSteps()).isEqualTo(10_000L);
    Problem warning = checked.warnings().get(0); // valid, but probably not what was meant
    assertThat(warning.isWarning()).isTrue();
    assertThat(warning.line()).isEqualTo(2);
    assertThat(warning.pointer()).isEqualTo("/schedule");
    assertThat(warning.fullMessage()).startsWith("/schedule: the schedule ends at step 5000, before the 10000 steps");
    // @end
  }

  @Test
  void everyProblemOfAFile() {
    // @start region=errors
    try {
      ScheduleFile.parse("run.yaml", """
          total_steps: 10000
          schedule: {type: cosine, from: 3.0e-4, steps: 0, warmup: 100}
          """, "");
      fail("not a valid file");
    } catch (ScheduleFileException e) {
      assertThat(e.problems()).map(Problem::toString).containsExactly(
          "run.yaml:2:47: error: /schedule/steps: steps must be >= 1, got 0",
          "run.yaml:2:50: error: /schedule/warmup: unknown key warmup in cosine"
              + " (expected one of type, from, to, steps, k)");
    }
    // @end
  }

  @Test
  void combinators() {
    // @start region=combinators
    Node lr = cosine(1.0, 0.0, 1_000) // a factor from 1 down to 0
        .times(3e-4)                  // scaled by the peak
        .plus(constant(1e-5))         // over a floor
        .clampedTo(0.0, 2e-4)         // capped
        .delayedBy(100);              // from step 100 on (its first value until then)
    Schedule compiled = Schedule.of(lr);
    assertThat(compiled.valueAt(0)).isEqualTo(2e-4);
    assertThat(compiled.valueAt(1_100)).isEqualTo(1e-5);
    // @end
  }

  @Test
  void durations() {
    // @start region=durations
    Node lr = sequence(linear(0.0, 3e-4, Steps.percent(5)), cosine(3e-4, 3e-5, Steps.rest()));
    Schedule compiled = Schedule.of(lr, new Context(10_000L, null, null)); // total_steps: 10000
    assertThat(compiled.valueAt(500)).isEqualTo(3e-4); // the warmup took 5% of 10,000 steps
    assertThat(compiled.valueAt(10_000)).isEqualTo(3e-5); // the cosine took the rest
    // @end
  }

  @Test
  void torch() {
    // @start region=torch
    // StepLR(optimizer, step_size=30, gamma=0.1) on an optimizer created with lr=0.1 (base_lr)
    Schedule lr = Schedule.of(new StepLR(30, 0.1), new Context(null, null, 0.1));
    assertThat(lr.valueAt(29)).isEqualTo(0.1);
    assertThat(lr.valueAt(30)).isCloseTo(0.01, within(1e-17));
    // @end
  }

  @Test
  void sequences() {
    // @start region=sequence
    // warmup-stable-decay: the cooldown has no from, so it starts where the constant ended
    Sequence wsd = sequence(linear(0.0, 1e-3, 1_000), constant(1e-3, 8_000))
        .then(new OneMinusSqrt(null, 0.0, Steps.of(1_000)));
    Schedule lr = Schedule.of(wsd);
    assertThat(lr.valueAt(1_000)).isEqualTo(1e-3);
    assertThat(lr.valueAt(9_000)).isEqualTo(1e-3);
    assertThat(lr.valueAt(10_000)).isEqualTo(0.0);
    // @end
  }

  @Test
  void restarts() {
    // @start region=restarts
    Restarts sgdr = cosine(0.1, 0.0, 1_000).restarting().withPeriodMult(2).withDecay(0.5).withCycles(3);
    Schedule lr = Schedule.of(sgdr);
    assertThat(lr.valueAt(1_000)).isEqualTo(0.05); // cycle 1, 2,000 steps long, starts at half the peak
    assertThat(lr.valueAt(7_000)).isEqualTo(0.0); // after 1,000 + 2,000 + 4,000 steps: the end value
    // @end
  }

  @Test
  void dialect() {
    // @start region=dialect
    CheckedFile checked = Dialect.HF.check("train.yaml", """
        learning_rate: 2.0e-5
        lr_scheduler_type: cosine
        warmup_ratio: 0.1
        max_steps: 1000
        """, "", null, null, null);
    assertThat(checked.schedules().get("lr").valueAt(100)).isEqualTo(2.0e-5); // the peak, after 100 warmup steps
    // @end
  }
}
