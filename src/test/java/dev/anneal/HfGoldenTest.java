package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Every Hugging Face golden case ({@code tools/dialects/hf_golden.py}: transformers'
 * {@code optimization.py} lambdas inside PyTorch's LambdaLR) read through {@code --dialect hf}, at
 * every step of the run and 50 past it, within FORMAT.md's tolerance
 * {@code |ours - hf| <= 1e-9 * |hf| + 1e-12}; and the same through the native file that
 * {@code convert} writes.
 */
class HfGoldenTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "dialects", "hf-golden.json");

  static List<JsonNode> cases(Path file) {
    List<JsonNode> cases = new ArrayList<>();
    new ObjectMapper().readTree(file.toFile()).forEach(cases::add);
    return cases;
  }

  @Test
  void thereAreAtLeastTenCasesOfEveryKind() {
    List<JsonNode> cases = cases(GOLDEN);
    assertThat(cases).hasSizeGreaterThanOrEqualTo(10);
  }

  @TestFactory
  Stream<DynamicTest> everyCaseAgreesWithTransformersAtEveryStep() {
    return cases(GOLDEN).stream().map(c -> DynamicTest.dynamicTest(c.get("name").asString(), () -> {
      CheckedFile checked = check(Dialect.HF, c);
      agrees(c, checked.schedules().get("lr"));
      ScheduleFile converted = ScheduleFile.parse("converted.yaml", checked.file().toYaml());
      agrees(c, converted.compile("lr"));
    }));
  }

  static CheckedFile check(Dialect dialect, JsonNode c) {
    Long total = c.get("total_steps").isNull() ? null : c.get("total_steps").asLong();
    Long perEpoch = c.get("steps_per_epoch").isNull() ? null : c.get("steps_per_epoch").asLong();
    return dialect.check(c.get("name").asString() + ".yaml", c.get("config").asString(), "", null, total, perEpoch);
  }

  /** Worst relative error seen, over every case (printed by the test, for the report). */
  static double worst;

  static void agrees(JsonNode c, Schedule lr) {
    JsonNode values = c.get("values");
    for (int k = 0; k < values.size(); k++) {
      double expected = values.get(k).asDouble();
      double got = lr.valueAt(k);
      double error = Math.abs(got - expected);
      if (expected != 0) worst = Math.max(worst, error / Math.abs(expected));
      assertThat(error).as("%s at step %d: anneal %s, transformers %s", c.get("name").asString(), k, got, expected)
          .isLessThanOrEqualTo(1e-9 * Math.abs(expected) + 1e-12);
    }
    System.out.println("golden: " + c.get("name").asString() + " agrees; worst relative error so far " + worst);
  }
}
