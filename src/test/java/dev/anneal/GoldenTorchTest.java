package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;

/**
 * Every PyTorch golden case, row by row, within FORMAT.md's tolerance
 * {@code |ours - torch| <= 1e-9 * |torch| + 1e-12}: the test resources' golden/torch (the values
 * PyTorch printed, copied from the shared golden set), golden/torch-extra (the values PyTorch
 * 1.13's lr_scheduler code gave on a pure-Python optimizer stand-in), and, when the shared folder
 * ../shared/golden/torch is beside the repository (as in CI), every case there too.
 */
class GoldenTorchTest {
  static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "torch");
  static final Path SHARED = Path.of("..", "shared", "golden", "torch");
  static final Path EXTRA = Path.of("src", "test", "resources", "golden", "torch-extra");

  static List<Path> cases(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theSharedGoldenCasesArePresent() throws IOException {
    assertThat(cases(GOLDEN)).hasSizeGreaterThanOrEqualTo(12);
  }

  @Test
  void theExtraGoldenCasesArePresent() throws IOException {
    assertThat(cases(EXTRA)).hasSizeGreaterThanOrEqualTo(40);
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseAgreesWithPyTorchAtEveryRow() throws IOException {
    return Stream.concat(cases(GOLDEN).stream(), cases(EXTRA).stream())
        .map(yaml -> DynamicTest.dynamicTest(yaml.getFileName().toString(), () -> agrees(yaml)));
  }

  /** The shared golden set, when it is beside the repository: every case, however many it holds now. */
  @TestFactory
  Stream<DynamicTest> everySharedGoldenCaseAgreesToo(TestReporter reporter) throws IOException {
    if (!Files.isDirectory(SHARED)) {
      reporter.publishEntry("shared golden cases", "none: " + SHARED + " is not there");
      return Stream.empty();
    }
    List<Path> shared = cases(SHARED);
    reporter.publishEntry("shared golden cases", shared.size() + " read from " + SHARED);
    System.out.println("GoldenTorchTest: " + shared.size() + " shared golden cases read from " + SHARED);
    return shared.stream().map(yaml -> DynamicTest.dynamicTest("shared " + yaml.getFileName(), () -> agrees(yaml)));
  }

  /**
   * Every value within tolerance; the count of bit-identical values goes into the failure message
   * (PyTorch's chainable updates and our closed forms differ in the last bits, by design).
   */
  static void agrees(Path yaml) throws IOException {
    List<String> rows = Files.readAllLines(Path.of(yaml.toString().replace(".yaml", ".csv")));
    Map<String, Schedule> schedules = ScheduleFile.load(yaml).compile();
    assertThat(rows.get(0)).isEqualTo("step," + String.join(",", schedules.keySet()));
    List<Schedule> columns = new ArrayList<>(schedules.values());
    int identical = 0;
    int values = 0;
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      long step = Long.parseLong(cells[0]);
      for (int c = 0; c < columns.size(); c++) {
        double torch = Double.parseDouble(cells[c + 1]);
        double ours = columns.get(c).valueAt(step);
        values++;
        if (Double.compare(ours, torch) == 0) identical++;
        assertThat(Math.abs(ours - torch))
            .as("%s step %d column %d: ours %s, torch %s (%d of %d values so far bit-identical)",
                yaml.getFileName(), step, c + 1, ours, torch, identical, values)
            .isLessThanOrEqualTo(1e-9 * Math.abs(torch) + 1e-12);
      }
    }
    assertThat(values).as("%s has rows", yaml.getFileName()).isPositive();
  }
}
