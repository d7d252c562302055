package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every timm golden case ({@code tools/dialects/timm_golden.py}: timm's schedulers' {@code _get_lr}
 * transcribed, stepped per epoch or per update as train.py steps them) read through
 * {@code --dialect timm}, at every optimizer step and three epochs past the run, within FORMAT.md's
 * tolerance; and the same through the native file that {@code convert} writes.
 */
class TimmGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "dialects", "timm-golden.json");

  @Test
  void thereAreAtLeastTenCases() {
    assertThat(HfGoldenTest.cases(GOLDEN)).hasSizeGreaterThanOrEqualTo(10);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithTimmAtEveryStep() {
    return HfGoldenTest.cases(GOLDEN).stream().map(c -> DynamicTest.dynamicTest(c.get("name").asString(), () -> {
      CheckedFile checked = HfGoldenTest.check(Dialect.TIMM, c);
      HfGoldenTest.agrees(c, checked.schedules().get("lr"));
      ScheduleFile converted = ScheduleFile.parse("converted.yaml", checked.file().toYaml());
      HfGoldenTest.agrees(c, converted.compile("lr"));
    }));
  }
}
