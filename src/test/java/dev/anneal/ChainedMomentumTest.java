package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The momentum of a ChainedScheduler is the one written last: a SequentialLR member writes one
 * only while its active child schedules momentum, so in between an earlier member's stands. The
 * expected values are those PyTorch 1.13.1 printed (the differential test found anneal taking the
 * SequentialLR's held momentum instead).
 */
class ChainedMomentumTest {
  @Test
  void anEarlierMemberWritesTheMomentumWhileTheSequentialsActiveChildDoesNot() {
    Schedule momentum = ScheduleFile.parse("chained.yaml", """
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.CyclicLR, base_lr: 0.01, max_lr: 0.1, step_size_up: 4}
            - type: torch.SequentialLR
              schedulers:
                - {type: torch.StepLR, step_size: 2, gamma: 0.5}
                - {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.01, step_size_up: 3, base_momentum: 0.5,
                   max_momentum: 0.6}
              milestones: [6]
        """).compile("momentum");
    // 0: the second CyclicLR's constructor wrote last; 1-5: the first CyclicLR; 6 on: the second
    assertThat(momentum.values(0, 12)).containsExactly(0.6, 0.875, 0.8500000000000001, 0.8250000000000001, 0.8,
        0.8250000000000001, 0.6, 0.5666666666666667, 0.5333333333333333, 0.5, 0.5333333333333333,
        0.5666666666666667);
  }

  @Test
  void aLaterMembersHeldMomentumGivesWayToAnEarlierOneThatWritesEveryStep() {
    Schedule momentum = ScheduleFile.parse("chained.yaml", """
        base_lr: 0.1
        schedule:
          type: torch.ChainedScheduler
          schedulers:
            - {type: torch.OneCycleLR, max_lr: 0.1, total_steps: 20}
            - type: torch.SequentialLR
              schedulers:
                - {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.01, step_size_up: 3, base_momentum: 0.5,
                   max_momentum: 0.6}
                - {type: torch.ExponentialLR, gamma: 0.9}
              milestones: [4]
        """).compile("momentum");
    assertThat(momentum.values(0, 12)).containsExactly(0.6, 0.5666666666666667, 0.5333333333333333, 0.5,
        0.8595491502812526, 0.85, 0.8512536043909088, 0.854951556604879, 0.8609084258765984, 0.8688255099070633,
        0.878305813044122, 0.8888739533021842);
  }
}
