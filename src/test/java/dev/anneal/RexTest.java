package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Rex;
import dev.anneal.spec.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code rex}: {@code to + (from - to) * z / (0.1 + 0.9 * z)}, z = 1 - p, axolotl's RexLR; {@code to} from the end on. */
class RexTest {
  private static final Schedule DECAY = Schedule.of(new Rex(1.0, 0.0, Steps.of(100)));

  @ParameterizedTest(name = "step {0}")
  @CsvSource({
      "0, 1.0", // b: the start, exactly from
      "1, 0.9989909182643795", // b+1; the expected values are Python's z / (0.1 + 0.9 * z)
      "50, 0.9090909090909091", // half-way: 0.5 / 0.55, far above a straight line's 0.5
      "99, 0.09174311926605512", // b-1 of the end: the fall is steepest here
      "100, 0.0", // b: the end, exactly to
      "101, 0.0", // b+1: held
      "1000000, 0.0"})
  void boundaries(long step, double value) {
    if (step == 0 || step >= 100) {
      assertThat(DECAY.valueAt(step)).isEqualTo(value);
    } else {
      assertThat(DECAY.valueAt(step)).isCloseTo(value, within(Math.abs(value) * 1e-14));
    }
  }

  @Test
  void itRunsBetweenFromAndTo() {
    assertThat(Schedule.of(new Rex(0.1, 0.001, Steps.of(10))).valueAt(5)).isCloseTo(0.091, within(1e-15));
  }

  @Test
  void aFileSaysTheSameAsTheRecordAndWritesItBack() {
    ScheduleFile file = ScheduleFile.parse("rex.yaml", """
        total_steps: 100
        schedule: {type: rex, from: 1.0, steps: 100}
        """);
    assertThat(file.schedules().get("lr")).isEqualTo(new Rex(1.0, 0.0, Steps.of(100)));
    assertThat(file.compile("lr").values(0, 101)).containsExactly(DECAY.values(0, 101));
    assertThat(Schedules.toYaml(new Rex(null, 0.5, Steps.rest()))).isEqualTo("""
        type: rex
        to: 0.5
        steps: rest
        """);
    assertThat(ScheduleFile.parse("again.yaml", file.toYaml())).isEqualTo(file);
  }

  @Test
  void aLaterPartStartsWhereThePreviousOneEnded() {
    Schedule lr = Schedule.of(Schedules.sequence(Schedules.constant(2.0, 10), new Rex(null, 0.0, Steps.of(100))));
    assertThat(lr.values(9, 12)).containsExactly(2.0, 2.0, 2 * 0.9989909182643795);
  }
}
