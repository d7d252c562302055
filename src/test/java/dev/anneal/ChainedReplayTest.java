package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A replayed torch.ChainedScheduler gives the same value whatever order the steps are asked in. */
class ChainedReplayTest {
  private static final String YAML = """
      base_lr: 0.1
      schedule:
        type: torch.ChainedScheduler
        schedulers:
          - {type: torch.CosineAnnealingLR, T_max: 7}
          - {type: torch.ExponentialLR, gamma: 0.97}
      """;

  private static Schedule lr() {
    return ScheduleFile.parse("chained.yaml", YAML, "").compile().get("lr");
  }

  @Test
  void inOrderBackwardsAndJumpingAgree() {
    int n = 300;
    Schedule forward = lr();
    double[] expected = new double[n];
    for (int k = 0; k < n; k++) expected[k] = forward.valueAt(k);
    Schedule backward = lr();
    for (int k = n - 1; k >= 0; k--) assertThat(backward.valueAt(k)).isEqualTo(expected[k]);
    Schedule jumping = lr();
    for (int k : new int[] {250, 3, 299, 0, 120, 121, 119, 7, 14}) {
      assertThat(jumping.valueAt(k)).isEqualTo(expected[k]);
      assertThat(lr().valueAt(k)).isEqualTo(expected[k]);
    }
  }
}
