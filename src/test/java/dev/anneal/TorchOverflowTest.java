package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Where a factor's closed form overflows on its own but PyTorch's steps, one multiplication at a
 * time, stay finite (found by the differential test; the expected values are PyTorch 1.13.1's).
 * Such a file used to be refused (non-finite-value) although PyTorch runs it.
 */
class TorchOverflowTest {
  private static Schedule lr(String yaml) {
    return ScheduleFile.parse("overflow.yaml", yaml).compile("lr");
  }

  @Test
  void aSmallLrTimesAPowerThatOverflowsAloneIsFinite() {
    Schedule lr = lr("""
        total_steps: 310
        base_lr: 1.0e-4
        schedule: {type: torch.ExponentialLR, gamma: 10.0}
        """);
    assertThat(lr.valueAt(300)).isCloseTo(1.0000000000000002e+296, within(1e-9 * 1e296));
    assertThat(lr.valueAt(309)).isCloseTo(1e305, within(1e-9 * 1e305));   // 10^309 alone is infinite
  }

  @Test
  void chainedFactorsThatOverflowAndUnderflowAloneCancelAsPyTorchsStepsDo() {
    Schedule lr = lr("""
        total_steps: 1200
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.ExponentialLR, gamma: 2.0}
            - {type: torch.ExponentialLR, gamma: 0.5}
        """);
    assertThat(lr.values(1020, 1030)).containsOnly(0.1);   // 2^1024 alone is infinite
    assertThat(lr.valueAt(1100)).isEqualTo(0.1);
  }

  @Test
  void aChainedFactorOfZeroKeepsTheLrAtZeroWhileAnotherOverflows() {
    Schedule lr = lr("""
        total_steps: 1200
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.ExponentialLR, gamma: 2.0}
            - {type: torch.PolynomialLR, total_iters: 10}
        """);
    assertThat(lr.valueAt(1023)).isZero();
    assertThat(lr.valueAt(1100)).isZero();   // not 0 * infinity
  }

  /** 0.5^k alone is subnormal past k = 1022 and loses digits: PyTorch's steps never go there. */
  @Test
  void aFactorThatUnderflowsAloneOnTheWayToANormalValueIsReplayed() {
    Schedule lr = lr("""
        total_steps: 1160
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.ExponentialLR, gamma: 0.5}
            - {type: torch.StepLR, step_size: 1, gamma: -2.0}
        """);
    assertThat(lr.valueAt(1044)).isEqualTo(0.1);   // not 0.09999999962747097
    assertThat(lr.valueAt(1045)).isEqualTo(-0.1);
  }
}
