package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
