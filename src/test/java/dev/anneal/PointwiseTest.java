package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anneal.spec.Node;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Schedule.times} and {@code plus}: pointwise arithmetic on compiled schedules and lambdas. */
class PointwiseTest {

  private final Schedule ramp = Schedule.of(linear(0.0, 1.0, 8)); // t / 8, exact
  private final Schedule steps = step -> step < 4 ? 2.0 : 0.5;

  @Test
  void timesScalesAndMultipliesPlusAdds() {
    Schedule scaled = ramp.times(3.0);
    Schedule product = ramp.times(steps);
    Schedule sum = ramp.plus(steps);
    assertThat(scaled.values(0, 9)).containsExactly(0.0, 0.375, 0.75, 1.125, 1.5, 1.875, 2.25, 2.625, 3.0);
    assertThat(product.values(0, 9)).containsExactly(0.0, 0.25, 0.5, 0.75, 0.25, 0.3125, 0.375, 0.4375, 0.5);
    assertThat(sum.values(0, 9)).containsExactly(2.0, 2.125, 2.25, 2.375, 1.0, 1.125, 1.25, 1.375, 1.5);
    // the operands are not changed, and the results combine again
    assertThat(ramp.valueAt(4)).isEqualTo(0.5);
    assertThat(ramp.times(steps).plus(steps).times(0.5).valueAt(6)).isEqualTo((0.75 * 0.5 + 0.5) * 0.5);
  }

  @Test
  void theyGiveWhatNodeOperatorsGiveAfterCompiling() {
    Node a = warmup(100, cosine(3e-4, 3e-5, 900));
    Node b = exponential(1.0, 0.999);
    Schedule trees = Schedule.of(a.times(b).plus(constant(1e-5)).times(2.0));
    Schedule functions = Schedule.of(a).times(Schedule.of(b)).plus(Schedule.of(constant(1e-5))).times(2.0);
    for (long step = 0; step <= 2_000; step++) {
      assertThat(functions.valueAt(step)).as("step %d", step).isEqualTo(trees.valueAt(step));
    }
  }

  @Test
  void fillGoesThroughTheOperandsFillAndEqualsValueAt() {
    // a ChainedScheduler's fill replays forward row by row; valueAt starts from a checkpoint
    Schedule chained = ScheduleFile.load(Path.of("samples/torch-chained.yaml")).compile("lr");
    Schedule oneCycle = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml")).compile("momentum");
    List<Schedule> schedules = List.of(chained.times(0.5), chained.times(oneCycle), chained.plus(oneCycle),
        chained.times(steps).plus(ramp.times(-1.0)));
    for (Schedule s : schedules) {
      double[] filled = new double[300];
      s.fill(filled, 7, 13);
      for (int i = 0; i < filled.length; i++) {
        assertThat(filled[i]).as("row %d", i).isEqualTo(s.valueAt(7 + 13L * i));
      }
      assertThat(s.values(1_000_000, 1_000_010)).containsExactly(new double[] {
          s.valueAt(1_000_000), s.valueAt(1_000_001), s.valueAt(1_000_002), s.valueAt(1_000_003), s.valueAt(1_000_004),
          s.valueAt(1_000_005), s.valueAt(1_000_006), s.valueAt(1_000_007), s.valueAt(1_000_008), s.valueAt(1_000_009)});
    }
    assertThat(chained.times(0.5).valueAt(0)).isEqualTo(0.5 * 0.05);
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> ramp.times(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("times: factor must be a finite number, got NaN");
    assertThatThrownBy(() -> ramp.times(Double.POSITIVE_INFINITY))
        .hasMessage("times: factor must be a finite number, got Infinity");
    assertThatThrownBy(() -> ramp.times((Schedule) null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> ramp.plus(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
    assertThatThrownBy(() -> ramp.times(steps).fill(new double[3], -1, 1))
        .hasMessage("fill: from must be >= 0, got -1");
    assertThatThrownBy(() -> ramp.plus(steps).fill(new double[3], 0, 0))
        .hasMessage("fill: every must be >= 1, got 0");
    assertThatThrownBy(() -> ramp.times(2.0).values(5, 4)).hasMessage("values: to must be >= from (5), got 4");
  }
}
