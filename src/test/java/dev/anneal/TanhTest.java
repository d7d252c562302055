package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Tanh;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code tanh}: timm's {@code to + (from - to) * (1 - tanh(lb * (1 - p) + ub * p)) / 2} before the end,
 * {@code to} from it on.
 */
class TanhTest {
  private static final Schedule DECAY = Schedule.of(new Tanh(0.1, 0.001, Steps.of(100)));

  @ParameterizedTest(name = "step {0}")
  @CsvSource({
      "0, 0.09999991767872526", // b: the start, not exactly from (tanh(-7) is not -1); Python's formula
      "1, 0.0999998994525865", // b+1
      "50, 0.09821936521375295",
      "99, 0.0012988232161461367", // b-1 of the end: 0.25% of the way above to
      "100, 0.001", // b: the end, exactly to (timm drops to lr_min there)
      "101, 0.001", // b+1: held
      "1000000, 0.001"})
  void boundaries(long step, double value) {
    if (step >= 100) {
      assertThat(DECAY.valueAt(step)).isEqualTo(value);
    } else {
      assertThat(DECAY.valueAt(step)).isCloseTo(value, within(Math.abs(value) * 1e-14));
    }
  }

  @Test
  void lbAndUbSetWhereTheCurveRunsOnTanh() {
    Schedule symmetric = Schedule.of(new Tanh(1.0, 0.0, Steps.of(10), -2, 2));
    assertThat(symmetric.valueAt(5)).isEqualTo(0.5);
    assertThat(symmetric.valueAt(0)).isCloseTo(0.5 * (1 + Math.tanh(2)), within(1e-15));
  }

  @Test
  void aFileSaysTheSameAsTheRecordAndWritesItBack() {
    ScheduleFile file = ScheduleFile.parse("tanh.yaml", """
        total_steps: 100
        schedule: {type: tanh, from: 0.1, to: 0.001, steps: 100}
        """);
    assertThat(file.schedules().get("lr")).isEqualTo(new Tanh(0.1, 0.001, Steps.of(100), -7, 3));
    assertThat(file.compile("lr").values(0, 101)).containsExactly(DECAY.values(0, 101));
    assertThat(Schedules.toYaml(new Tanh(null, 0.0, Steps.rest(), -6, 4))).isEqualTo("""
        type: tanh
        to: 0.0
        steps: rest
        lb: -6.0
        ub: 4.0
        """);
    assertThat(ScheduleFile.parse("again.yaml", file.toYaml())).isEqualTo(file);
  }

  @Test
  void aLaterPartStartsFromWhereThePreviousOneEnded() {
    Schedule lr = Schedule.of(Schedules.sequence(Schedules.constant(1.0, 10), new Tanh(null, 0.0, Steps.of(10), -2, 2)));
    assertThat(lr.values(9, 11)).containsExactly(1.0, 0.5 * (1 + Math.tanh(2)));
    assertThat(lr.valueAt(15)).isEqualTo(0.5);
  }

  @Test
  void ubMustBeAboveLb() {
    assertThatThrownBy(() -> new Tanh(1.0, 0.0, Steps.of(10), 3, 3)).isInstanceOf(SpecException.class)
        .hasMessage("tanh: ub must be > lb (3), got 3.0");
    assertThatThrownBy(() -> new Tanh(1.0, 0.0, Steps.of(10), Double.NaN, 3)).isInstanceOf(SpecException.class)
        .hasMessage("tanh: lb must be a finite number, got NaN");
  }

  @Test
  void aFileWithUbBelowLbIsToldWhere() {
    ScheduleFileException e = org.assertj.core.api.Assertions.catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.parse("run.yaml", """
            total_steps: 100
            schedule:
              type: tanh
              from: 0.1
              steps: 100
              lb: 3
              ub: -7
            """));
    assertThat(e.problems()).extracting(Object::toString)
        .containsExactly("run.yaml:7:7: error: /schedule/ub: tanh: ub must be > lb (3), got -7.0");
  }
}
