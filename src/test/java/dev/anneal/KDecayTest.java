package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Cosine;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** timm's k-decay: {@code k} on {@code cosine} and {@code polynomial} runs the shape over {@code p^k}. */
class KDecayTest {
  private static final Schedule POLY = Schedule.of(new Polynomial(1.0, 0.0, Steps.of(10), 2.0, 2.0));
  private static final Schedule COSINE = Schedule.of(new Cosine(1.0, 0.0, Steps.of(10), 2.0));

  @ParameterizedTest(name = "step {0}")
  @CsvSource({
      "0, 1.0, 1.0", // b: exactly from
      "1, 0.9801, 0.9997532801828658", // b+1: (1 - 0.01)^2 and (1 + cos(0.01 pi)) / 2, Python's
      "5, 0.5625, 0.8535533905932737",
      "9, 0.03609999999999998, 0.08645971286271903", // b-1 of the end
      "10, 0.0, 0.0", // b: exactly to
      "11, 0.0, 0.0"}) // b+1: held
  void boundaries(long step, double poly, double cosine) {
    assertThat(POLY.valueAt(step)).isCloseTo(poly, within(1e-15));
    assertThat(COSINE.valueAt(step)).isCloseTo(cosine, within(1e-15));
  }

  @Test
  void kOneIsThePlainShapeAndIsNotWritten() {
    assertThat(Schedule.of(new Polynomial(1.0, 0.0, Steps.of(10), 2.0, 1.0)).values(0, 12))
        .containsExactly(Schedule.of(Schedules.polynomial(1.0, 0.0, 10, 2.0)).values(0, 12));
    assertThat(Schedules.toYaml(Schedules.polynomial(1.0, 0.0, 10, 2.0))).doesNotContain("k:");
    assertThat(Schedules.toYaml(new Polynomial(1.0, 0.0, Steps.of(10), 2.0, 0.5))).endsWith("power: 2.0\nk: 0.5\n");
  }

  @Test
  void aFileSaysTheSameAsTheRecord() {
    ScheduleFile file = ScheduleFile.parse("k.yaml", """
        total_steps: 10
        schedule: {type: polynomial, from: 1.0, steps: 10, power: 2, k: 2}
        """);
    assertThat(file.compile("lr").values(0, 12)).containsExactly(POLY.values(0, 12));
    assertThat(ScheduleFile.parse("again.yaml", file.toYaml())).isEqualTo(file);
  }

  @Test
  void kMustBePositive() {
    assertThatThrownBy(() -> new Polynomial(1.0, 0.0, Steps.of(10), 1.0, 0.0)).isInstanceOf(SpecException.class)
        .hasMessage("polynomial: k must be a finite number > 0, got 0.0");
  }
}
