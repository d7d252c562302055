package dev.anneal;

import static dev.anneal.Schedules.cosine;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** restarts with a period_mult a hair above 1: exact early on, and never a hang at huge steps. */
class RestartsHugeStepsTest {

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aPeriodMultJustAbove1AnswersAtAnyStep() {
    Schedule lr = Schedule.of(cosine(1.0, 0.1, 10).restarting().withPeriodMult(1.0000001));
    for (long step : new long[] {1L << 30, 1L << 40, 1L << 62, Long.MAX_VALUE}) {
      assertThat(lr.valueAt(step)).as("step %d", step).isBetween(0.1, 1.0);
    }
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void aHugeNumberOfCyclesStillHasADuration() {
    Schedule lr = Schedule.of(cosine(1.0, 0.1, 10).restarting().withPeriodMult(1.0000001)
        .withCycles(1_000_000_000_000L));
    assertThat(lr.valueAt(Long.MAX_VALUE)).isBetween(0.1, 1.0);
  }

  @Test
  void theFirstCyclesAreWalkedExactly() {
    // L_i = round(10 * 1.5^i): 10, 15, 23 (22.5 rounds up), 34; cycle 3 starts at 48
    Schedule lr = Schedule.of(cosine(1.0, 0.0, 10).restarting().withPeriodMult(1.5));
    assertThat(lr.valueAt(47)).isLessThan(0.01);
    assertThat(lr.valueAt(48)).isEqualTo(1.0);
    assertThat(lr.valueAt(49)).isEqualTo(0.5 * (1 + Math.cos(Math.PI / 34)));
  }
}
