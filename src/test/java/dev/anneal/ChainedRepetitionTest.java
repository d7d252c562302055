package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A torch.ChainedScheduler with a CosineAnnealingLR repeats once its milestones are behind it;
 * anneal answers far steps from that repetition, or from the last step where the cosine forgot
 * the lr. Checked against PyTorch's chainable {@code get_lr} steps, transcribed here from
 * lr_scheduler.py 1.13 and replayed one step at a time, as PyTorch's loop would.
 */
class ChainedRepetitionTest {

  /** One member's chainable step: the lr after step {@code k}, given the lr before it. */
  interface Member {
    double next(long k, double lr);
  }

  record Chain(String yaml, double base, List<Member> members) {
    @Override
    public String toString() {
      return yaml.lines().filter(l -> l.contains("torch.") && !l.contains("Chained")).map(String::strip)
          .reduce((a, b) -> a + " ; " + b).orElse("");
    }
  }

  static Member cosine(long tMax, double etaMin, double base) {
    return (k, lr) -> {
      if (Math.floorMod(k - 1 - tMax, 2 * tMax) == 0) {
        return lr + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
      }
      return (1 + Math.cos(Math.PI * k / tMax)) / (1 + Math.cos(Math.PI * (k - 1) / tMax)) * (lr - etaMin) + etaMin;
    };
  }

  static Member factor(LongToDoubleFunction factorAt) {
    return (k, lr) -> lr * factorAt.applyAsDouble(k);
  }

  static List<Chain> chains() {
    return List.of(
        new Chain("""
            base_lr: 0.1
            schedule:
              type: torch.ChainedScheduler
              schedulers:
                - {type: torch.CosineAnnealingLR, T_max: 7}
                - {type: torch.ExponentialLR, gamma: 0.97}
            """, 0.1, List.of(cosine(7, 0.0, 0.1), factor(k -> 0.97))),
        new Chain("""
            base_lr: 0.5
            schedule:
              type: torch.ChainedScheduler
              schedulers:
                - {type: torch.StepLR, step_size: 3, gamma: 0.5}
                - {type: torch.CosineAnnealingLR, T_max: 5, eta_min: 0.01}
                - {type: torch.MultiStepLR, milestones: [10, 40], gamma: 0.9}
            """, 0.5, List.of(factor(k -> k % 3 == 0 ? 0.5 : 1.0), cosine(5, 0.01, 0.5),
            factor(k -> k == 10 || k == 40 ? 0.9 : 1.0))),
        new Chain("""
            base_lr: 2.0
            schedule:
              type: torch.ChainedScheduler
              schedulers:
                - {type: torch.CosineAnnealingLR, T_max: 3, eta_min: 0.5}
                - {type: torch.ExponentialLR, gamma: 1.01}
                - {type: torch.CosineAnnealingLR, T_max: 4}
            """, 2.0, List.of(cosine(3, 0.5, 2.0), factor(k -> 1.01), cosine(4, 0.0, 2.0))));
  }

  private static double[] replayed(Chain chain, int steps) {
    double[] lrs = new double[steps + 1];
    lrs[0] = chain.base();
    for (int k = 1; k <= steps; k++) {
      double lr = lrs[k - 1];
      for (Member member : chain.members()) lr = member.next(k, lr);
      lrs[k] = lr;
    }
    return lrs;
  }

  private static Schedule compiled(Chain chain) {
    return ScheduleFile.parse("chained.yaml", chain.yaml(), "").compile().get("lr");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void everyStepAgreesWithPyTorchsLoop(Chain chain) {
    int n = 5_000;
    double[] torch = replayed(chain, n);
    Schedule lr = compiled(chain);
    for (int k = n; k >= 0; k--) {
      assertThat(Math.abs(lr.valueAt(k) - torch[k])).as("step %d", k).isLessThanOrEqualTo(1e-10 * Math.abs(torch[k]) + 1e-15);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("chains")
  void farStepsAreTheRepeatedOnes(Chain chain) {
    Schedule lr = compiled(chain);
    long period = 2L * 3 * 4 * 5 * 7; // a multiple of every chain's period
    for (long k : new long[] {1L << 30, (1L << 62) + 17, Long.MAX_VALUE - 3}) {
      long back = k - (k - 1_000) / period * period;
      assertThat(lr.valueAt(k)).as("step %d", k).isEqualTo(lr.valueAt(back));
    }
  }

  /**
   * A period too long to repeat within the checkpoints: a far step is replayed from the last odd
   * multiple of T_max, where PyTorch's cosine step gives eta_min whatever lr it is given.
   */
  @Test
  void farBeyondTheCheckpointsFromWhereTheCosineForgot() {
    long tMax = (1L << 25) + 3;
    Chain chain = new Chain("""
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.ExponentialLR, gamma: 0.999}
            - {type: torch.CosineAnnealingLR, T_max: %d, eta_min: 0.001}
        """.formatted(tMax), 0.1, List.of(factor(k -> 0.999), cosine(tMax, 0.001, 0.1)));
    Schedule lr = compiled(chain);
    for (long forgot : new long[] {3 * tMax, 1001 * tMax}) {
      double torch = 12345.0; // any lr: the cosine's step at an odd multiple of T_max forgets it
      for (long k = forgot; k <= forgot + 300; k++) {
        for (Member member : chain.members()) torch = member.next(k, torch);
        if (k > forgot) assertThat(lr.valueAt(k)).as("step %d", k).isCloseTo(torch, within(1e-12 * Math.abs(torch)));
      }
    }
  }
}
