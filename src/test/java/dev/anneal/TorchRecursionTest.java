package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Context;
import dev.anneal.spec.LinearLR;
import org.junit.jupiter.api.Test;

/**
 * Where a closed form misses PyTorch's own recursion by more than the tolerance (an lr that comes
 * near 0), anneal follows the recursion; the expected values are Python's, computed as PyTorch 1.13's
 * {@code get_lr} does.
 */
class TorchRecursionTest {
  /** PyTorch's recursion, as Python computes it: the lr after 5 steps is -1.48e-12, not 0.0. */
  @Test
  void linearLrToZeroFollowsPyTorchsRecursion() {
    Schedule lr = Schedule.of(new LinearLR(1.0 / 3, 0.0, 5), new Context(null, null, 1e5));
    assertThat(lr.values(0, 8)).containsExactly(33333.33333333333, 26666.666666666664, 20000.0, 13333.333333333332,
        6666.666666666664, -1.4802973661668748e-12, -1.4802973661668748e-12, -1.4802973661668748e-12);
  }

  /**
   * Also as a member of a ChainedScheduler (its factor follows the recursion from 1) and as the
   * first child of a SequentialLR (from the reset lr): the differential test found both at 0.0
   * (closed form) where PyTorch 1.13.1 printed these.
   */
  @Test
  void linearLrToZeroFollowsPyTorchsRecursionInAChainAndASequence() {
    Schedule chained = ScheduleFile.parse("chained.yaml", """
        base_lr: 1000000.0
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.LinearLR, start_factor: 0.3333333333333333, end_factor: 0.0, total_iters: 5}
            - {type: torch.StepLR, step_size: 3, gamma: 0.5}
        """).compile("lr");
    // a chain multiplies its members' factors: the same within the tolerance, not to the bit
    double[] torch = {333333.3333333333, 266666.6666666667, 200000.0, 66666.66666666666, 33333.33333333332,
        -7.401486830834374e-12, -3.700743415417187e-12, -3.700743415417187e-12};
    double[] ours = chained.values(0, 8);
    for (int k = 0; k < torch.length; k++) {
      assertThat(ours[k]).as("step %d", k).isCloseTo(torch[k], within(1e-9 * Math.abs(torch[k]) + 1e-12));
    }
    Schedule sequential = ScheduleFile.parse("sequential.yaml", """
        base_lr: 100000.0
        schedule:
          type: torch.SequentialLR
          schedulers:
            - {type: torch.LinearLR, start_factor: 0.3333333333333333, end_factor: 0.0, total_iters: 5}
            - {type: torch.ExponentialLR, gamma: 0.9}
          milestones: [8]
        """).compile("lr");
    assertThat(sequential.values(0, 10)).containsExactly(33333.33333333333, 26666.666666666664, 20000.0,
        13333.333333333332, 6666.666666666664, -1.4802973661668748e-12, -1.4802973661668748e-12,
        -1.4802973661668748e-12, 100000.0, 90000.0);
  }
}
