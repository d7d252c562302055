package dev.anneal;

import static dev.anneal.Schedules.cosine;
import static dev.anneal.Schedules.warmup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Schedule#fill} and {@link Schedule#values}: each slot is exactly valueAt at its step. */
class BulkValuesTest {
  private final Schedule lr = Schedule.of(warmup(5, cosine(1.0, 0.0, 10)));

  @Test
  void fillPutsTheValueAtFromPlusIEveryInSlotI() {
    double[] into = new double[6];
    lr.fill(into, 2, 3);
    assertThat(into).containsExactly(lr.valueAt(2), lr.valueAt(5), lr.valueAt(8), lr.valueAt(11), lr.valueAt(14),
        lr.valueAt(17));
    assertThat(into[0]).isEqualTo(0.4);
    assertThat(into[1]).isEqualTo(1.0);
    assertThat(into[5]).isEqualTo(0.0);
  }

  @Test
  void valuesCoverFromInclusiveToExclusive() {
    assertThat(lr.values(4, 7)).containsExactly(0.8, 1.0, lr.valueAt(6));
    assertThat(lr.values(3, 3)).isEmpty();
    assertThat(Schedule.class.cast((Schedule) step -> step).values(0, 4)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void anEmptyArrayIsFilledWithNothingWhereverItStarts() {
    double[] none = new double[0];
    lr.fill(none, Long.MAX_VALUE, Long.MAX_VALUE);
    assertThat(none).isEmpty();
  }

  @Test
  void theLastStepMayBeLongMaxValueButNotBeyond() {
    Schedule step = s -> s == Long.MAX_VALUE ? 1 : 0;
    double[] two = new double[2];
    step.fill(two, Long.MAX_VALUE - 10, 10);
    assertThat(two).containsExactly(0, 1);
    assertThatThrownBy(() -> step.fill(new double[3], Long.MAX_VALUE - 10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fill: the last step must be at most Long.MAX_VALUE, got from 9223372036854775797 + 2 * 10");
  }

  @Test
  void badArgumentsAreRefusedWithWhatWasGiven() {
    assertThatThrownBy(() -> lr.fill(new double[1], -1, 1)).hasMessage("fill: from must be >= 0, got -1");
    assertThatThrownBy(() -> lr.fill(new double[1], 0, 0)).hasMessage("fill: every must be >= 1, got 0");
    assertThatThrownBy(() -> lr.values(-2, 3)).hasMessage("values: from must be >= 0, got -2");
    assertThatThrownBy(() -> lr.values(5, 4)).hasMessage("values: to must be >= from (5), got 4");
    assertThatThrownBy(() -> lr.values(0, Long.MAX_VALUE))
        .hasMessage("values: to - from must be at most 2147483639, got 9223372036854775807");
  }
}
