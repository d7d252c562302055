package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Context;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.StepLR;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Steps are longs all the way into a PyTorch replay: none beyond 2^53 is rounded to a double; and
 * a step is never negative.
 */
class HugeStepsTest {
  private static final long BEYOND_DOUBLES = (1L << 53) + 1;

  @Test
  void aNegativeStepIsRefusedByEveryKindOfTree() {
    Node sequence = Schedules.sequence(Schedules.linear(0.0, 1.0, 10), Schedules.constant(1.0));
    Node restarts = Schedules.cosine(1.0, 0.0, 10).restarting();
    Node oneCycle = new OneCycleLR(0.1, 100L, null, null, 0.3, "cos", true, 0.85, 0.95, 25.0, 1e4, false);
    for (Node node : List.of(sequence, restarts, oneCycle)) {
      Schedule lr = Schedule.of(node, new Context(100L, null, 0.1));
      assertThatThrownBy(() -> lr.valueAt(-1)).as(node.type()).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("valueAt: step must be >= 0, got -1");
      assertThatThrownBy(() -> lr.values(-1, 2)).as(node.type()).hasMessage("values: from must be >= 0, got -1");
    }
  }

  /** PyTorch's closed form (Python's integers do not overflow) gives 0.09999999999999998 there. */
  @Test
  void warmRestartsWhoseCyclesOutgrowALong() {
    Schedule lr = Schedule.of(new CosineAnnealingWarmRestarts(1_000_000_000, 1_000_000_000, 0.0),
        new Context(null, null, 0.1));
    assertThat(lr.valueAt(Long.MAX_VALUE)).isCloseTo(0.09999999999999998, within(1e-15));
    assertThat(lr.valueAt(1_000_000_000L * 1_000_000_001L)).isEqualTo(0.1); // the third cycle starts
  }

  @Test
  void aTorchSchedulerSeesTheExactStep() {
    Schedule lr = Schedule.of(new StepLR(BEYOND_DOUBLES, 0.5), new Context(null, null, 1.0));
    assertThat(lr.valueAt(BEYOND_DOUBLES - 2)).isEqualTo(1.0);
    assertThat(lr.valueAt(BEYOND_DOUBLES)).isEqualTo(0.5); // (double) BEYOND_DOUBLES is 2^53: one step short
    assertThat(lr.values(BEYOND_DOUBLES - 1, BEYOND_DOUBLES + 1)).containsExactly(1.0, 0.5);
  }
}
