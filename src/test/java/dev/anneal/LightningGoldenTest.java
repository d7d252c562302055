package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every Lightning CLI golden case ({@code tools/dialects/lightning_golden.py}: PyTorch 1.13's schedulers
 * stepped as Lightning's {@code _update_learning_rates} steps them) read through
 * {@code --dialect lightning}, at every optimizer step, within FORMAT.md's tolerance; and the same
 * through the native file that {@code convert} writes.
 */
class LightningGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "dialects", "lightning-golden.json");

  @Test
  void thereAreAtLeastTenCases() {
    assertThat(HfGoldenTest.cases(GOLDEN)).hasSizeGreaterThanOrEqualTo(10);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithPyTorchSteppedAsLightningStepsIt() {
    return HfGoldenTest.cases(GOLDEN).stream().map(c -> DynamicTest.dynamicTest(c.get("name").asString(), () -> {
      CheckedFile checked = HfGoldenTest.check(Dialect.LIGHTNING, c);
      HfGoldenTest.agrees(c, checked.schedules().get("lr"));
      ScheduleFile converted = ScheduleFile.parse("converted.yaml", checked.file().toYaml());
      HfGoldenTest.agrees(c, converted.compile("lr"));
    }));
  }
}
