package dev.anneal.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.Schedule;
import dev.anneal.spec.Context;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.TorchNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bound of CyclicLR, which needs no base_lr: every value of a grid of them, over
 * their whole cycles and past, is within the bound, and where the amplitude does not die away the
 * bound is not loose (within a factor of 3).
 */
class TorchBoundsTest {
  private static final Context NO_BASE = new Context(null, null, null);

  @Test
  void everyValueIsWithinItsBound() {
    List<TorchNode> nodes = new ArrayList<>();
    for (String mode : List.of("triangular", "triangular2", "exp_range")) {
      for (double gamma : List.of(0.999, 1.0, -0.5)) {
        nodes.add(new CyclicLR(0.001, 0.1, 50, 70.0, mode, gamma, "cycle", true, 0.8, 0.9));
        nodes.add(new CyclicLR(0.1, -0.2, 30, null, mode, gamma, "iterations", false, 0.8, 0.9));
      }
    }
    for (TorchNode node : nodes) {
      double bound = Bounds.magnitude(node, NO_BASE);
      assertThat(bound).as("%s", node).isFinite();
      Schedule lr = Schedule.of(node, NO_BASE);
      double max = 0;
      for (long k = 0; k < 1500; k++) max = Math.max(max, Math.abs(lr.valueAt(k)));
      assertThat(max).as("%s", node).isLessThanOrEqualTo(bound * (1 + 1e-12));
      // not loose, where the amplitude does not die away
      if (node instanceof CyclicLR c && (c.gamma() == 1.0 || !c.mode().equals("exp_range"))) {
        assertThat(max).as("%s", node).isGreaterThan(bound / 3);
      }
    }
  }

  /** Past total_steps OneCycleLR holds a value a step beyond its last phase (0.4004 for an end of 0.4). */
  @Test
  void oneCycleHasNoBound() {
    OneCycleLR oneCycle = new OneCycleLR(0.1, 1000L, null, null, 0.25, "linear", false, 0.85, 0.95, 0.5, 0.5, false);
    assertThat(Bounds.magnitude(oneCycle, NO_BASE)).isInfinite();
    assertThat(Schedule.of(oneCycle, NO_BASE).valueAt(1200)).isGreaterThan(0.4);
  }

  @Test
  void anExpRangeThatGrowsHasNoBound() {
    CyclicLR growing = new CyclicLR(0.001, 0.1, 50, null, "exp_range", 1.01, "iterations", true, 0.8, 0.9);
    assertThat(Bounds.magnitude(growing, NO_BASE)).isInfinite();
  }
}
