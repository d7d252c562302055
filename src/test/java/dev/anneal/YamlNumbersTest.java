package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import org.junit.jupiter.api.Test;

/** YAML 1.2 floats are numbers (FORMAT.md section 2), quoted ones stay strings. */
class YamlNumbersTest {

  @Test
  void yaml12FloatSpellingsAreNumbers() {
    ScheduleFile f = ScheduleFile.parse("x.yaml",
        "base_lr: .1\nschedule: {type: linear, from: .5, to: -.25, steps: 10}\n", "");
    assertThat(f.baseLr()).isEqualTo(0.1);
    assertThat(f.compile().get("lr").valueAt(0)).isEqualTo(0.5);
    assertThat(f.compile().get("lr").valueAt(10)).isEqualTo(-0.25);
  }

  @Test
  void aQuotedFloatIsStillAString() {
    Problem p = LoaderErrorsTest.only("schedule: {type: constant, value: \".1\"}\n");
    assertThat(p.fullMessage()).isEqualTo("/schedule/value: value must be a number, got \".1\"");
  }
}
