package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.spec.Context;
import dev.anneal.spec.StepLR;
import org.junit.jupiter.api.Test;

/** Steps are longs all the way into a PyTorch replay: none beyond 2^53 is rounded to a double. */
class HugeStepsTest {
  private static final long BEYOND_DOUBLES = (1L << 53) + 1;

  @Test
  void aTorchSchedulerSeesTheExactStep() {
    Schedule lr = Schedule.of(new StepLR(BEYOND_DOUBLES, 0.5), new Context(null, null, 1.0));
    assertThat(lr.valueAt(BEYOND_DOUBLES - 2)).isEqualTo(1.0);
    assertThat(lr.valueAt(BEYOND_DOUBLES)).isEqualTo(0.5); // (double) BEYOND_DOUBLES is 2^53: one step short
    assertThat(lr.values(BEYOND_DOUBLES - 1, BEYOND_DOUBLES + 1)).containsExactly(1.0, 0.5);
  }
}
