package dev.anneal.internal.torch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Context;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.StepLR;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A replayed ChainedScheduler whose steps all multiply once its milestones are behind (here with a
 * SequentialLR member, which no closed form covers) answers a step beyond its checkpoints from the
 * factor of one period, not by replaying every step up to it.
 */
class ChainedGeometricTest {
  private static final long CHECKPOINTED = 1L << 26;

  private static Scheduler chain() {
    ChainedScheduler spec = new ChainedScheduler(List.of(
        new ExponentialLR(0.99999995),
        new SequentialLR(List.of(new ConstantLR(0.5, 5), new StepLR(7, 0.999999)), List.of(10L))));
    return (Scheduler) TorchCompiler.lr(spec, new Context(null, null, 0.1)).steps();
  }

  @Test
  void beyondTheCheckpointsItAgreesWithEveryStepTaken() {
    Scheduler chain = chain();
    long far = CHECKPOINTED + 12_345;
    double lr = chain.value(0);
    for (long k = 1; k <= far; k++) {
      lr = chain.next(k, lr);
      if (k == CHECKPOINTED + 1 || k == CHECKPOINTED + 7 || k == far) {
        assertThat(chain.value(k)).as("step %d", k).isCloseTo(lr, within(1e-9 * lr));
      }
    }
  }

  @Test
  @Timeout(20) // a hang guard: replaying up to 2^40 steps would take hours
  void anyStepUpToTwoToTheSixtyTwoIsAnsweredAtOnce() {
    Scheduler chain = chain();
    assertThat(chain.value(1L << 40)).isEqualTo(0.0); // it decays below the smallest double
    double at = chain.value(CHECKPOINTED + 70);
    assertThat(chain.value(CHECKPOINTED + 77)).isCloseTo(at * 0.99999995 * 0.99999995 * 0.99999995 * 0.99999995
        * 0.99999995 * 0.99999995 * 0.99999995 * 0.999999, within(1e-12 * at));
  }
}
