package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.LogLinear;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code log_linear}: {@code from * (to / from)^p}, the same factor every step, {@code to} from the end on. */
class LogLinearTest {
  private static final Schedule SWEEP = Schedule.of(new LogLinear(1e-7, 1.0, Steps.of(100)));

  @ParameterizedTest(name = "step {0}")
  @CsvSource({
      "0, 1.0E-7", // b: the start, exactly from
      "1, 1.1748975549395294E-7", // b+1 of the start; the expected values are Python's 1e-7 * 1e7 ** (t / 100)
      "50, 3.1622776601683794E-4", // half-way in log space: sqrt(1e-7 * 1)
      "99, 0.8511380382023762", // b-1 of the end
      "100, 1.0", // b: the end, exactly to
      "101, 1.0", // b+1: held
      "1000000, 1.0"})
  void boundaries(long step, double value) {
    if (step == 0 || step >= 100) {
      assertThat(SWEEP.valueAt(step)).isEqualTo(value); // exactly from, exactly to
    } else {
      assertThat(SWEEP.valueAt(step)).isCloseTo(value, within(Math.abs(value) * 1e-14));
    }
  }

  @Test
  void everyStepMultipliesByTheSameFactor() {
    double factor = Math.pow(1e7, 1.0 / 100);
    for (long step = 0; step < 99; step++) {
      assertThat(SWEEP.valueAt(step + 1) / SWEEP.valueAt(step)).as("step %d", step).isCloseTo(factor, within(1e-12));
    }
  }

  @Test
  void downwardsToo() {
    Schedule decay = Schedule.of(new LogLinear(1e-3, 1e-5, Steps.of(4)));
    assertThat(decay.values(0, 6)).containsExactly(1e-3, 3.1622776601683794E-4, 1.0E-4, 3.1622776601683795E-5, 1e-5, 1e-5);
  }

  @Test
  void aFileSaysTheSameAsTheRecordAndWritesItBack() {
    ScheduleFile file = ScheduleFile.parse("sweep.yaml", """
        total_steps: 100
        schedule: {type: log_linear, from: 1.0e-7, to: 1.0, steps: 100}
        """);
    assertThat(file.schedules().get("lr")).isEqualTo(new LogLinear(1e-7, 1.0, Steps.of(100)));
    assertThat(file.compile("lr").values(0, 101)).containsExactly(SWEEP.values(0, 101));
    assertThat(Schedules.toYaml(new LogLinear(null, 2.0, Steps.rest()))).isEqualTo("""
        type: log_linear
        to: 2.0
        steps: rest
        """);
    assertThat(ScheduleFile.parse("again.yaml", file.toYaml())).isEqualTo(file);
  }

  @Test
  void aLaterPartStartsWhereThePreviousOneEnded() {
    Schedule lr = Schedule.of(Schedules.sequence(Schedules.constant(1e-4, 10), new LogLinear(null, 1e-2, Steps.of(2))));
    assertThat(lr.values(9, 13)).containsExactly(1e-4, 1e-4, 1e-3, 1e-2);
  }

  @Test
  void valuesMustBePositive() {
    assertThatThrownBy(() -> new LogLinear(0.0, 1.0, Steps.of(10))).isInstanceOf(SpecException.class)
        .hasMessage("log_linear: from must be a finite number > 0, got 0.0");
    assertThatThrownBy(() -> new LogLinear(1.0, -1.0, Steps.of(10))).isInstanceOf(SpecException.class)
        .hasMessage("log_linear: to must be a finite number > 0, got -1.0");
  }

  @Test
  void aFileGivingZeroIsToldWhere() {
    Problem problem = only("""
        total_steps: 100
        schedule:
          type: log_linear
          from: 0
          to: 1.0
          steps: 100
        """);
    assertThat(problem.toString()).isEqualTo("run.yaml:4:9: error: /schedule/from: from must be > 0, got 0");
    assertThat(problem.rule().id()).isEqualTo("out-of-range");
  }

  @Test
  void aPartWithoutFromAfterZeroIsToldWhere() {
    Problem problem = only("""
        total_steps: 20
        schedule:
          type: sequence
          parts:
            - {type: linear, from: 1.0, to: 0.0, steps: 10}
            - {type: log_linear, to: 1.0, steps: 10}
        """);
    assertThat(problem.toString()).isEqualTo("run.yaml:6:7: error: /schedule/parts/1/from: log_linear: from must be"
        + " > 0 (where the previous part ended), got 0.0");
  }

  private static Problem only(String text) {
    try {
      ScheduleFile.parse("run.yaml", text);
      throw new AssertionError("no problem");
    } catch (ScheduleFileException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
  }
}
