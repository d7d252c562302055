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

  @Test
  void fillReplaysForwardToTheVeryBitsOfValueAt() {
    Schedule lr = lr();
    for (long every : new long[] {1, 3, 64, 65, 1000}) {
      for (long from : new long[] {0, 5, 63, 64, (1L << 22) - 130}) {
        double[] rows = new double[300];
        lr().fill(rows, from, every);
        for (int i = 0; i < rows.length; i++) {
          assertThat(rows[i]).as("every %d from %d row %d", every, from, i).isEqualTo(lr.valueAt(from + i * every));
        }
      }
    }
  }

  @Test
  void threadsAskingFarStepsAtOnceSeeTheSameValues() throws Exception {
    long[] steps = {4_000_000, 2_500_001, 1_000_003, 4_194_303, 4_194_304, 4_194_400};
    double[] expected = new double[steps.length];
    for (int i = 0; i < steps.length; i++) expected[i] = lr().valueAt(steps[i]);
    Schedule shared = lr();
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var answers = new java.util.ArrayList<java.util.concurrent.Future<Double>>();
      for (int round = 0; round < 4; round++) {
        for (long step : steps) answers.add(pool.submit(() -> shared.valueAt(step)));
      }
      for (int i = 0; i < answers.size(); i++) assertThat(answers.get(i).get()).isEqualTo(expected[i % steps.length]);
    } finally {
      pool.shutdownNow();
    }
  }
}
