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

/**
 * Every case of ../shared/golden/torch: the values PyTorch printed, row by row, within FORMAT.md's
 * tolerance {@code |ours - torch| <= 1e-9 * |torch| + 1e-12}.
 */
class GoldenTorchTest {
  static final Path GOLDEN = Path.of("..", "shared", "golden", "torch");

  static List<Path> cases() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @Test
  void theSharedGoldenCasesArePresent() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(12);
  }

  @TestFactory
  Stream<DynamicTest> everyGoldenCaseAgreesWithPyTorchAtEveryRow() throws IOException {
    return cases().stream().map(yaml -> DynamicTest.dynamicTest(yaml.getFileName().toString(), () -> {
      List<String> rows = Files.readAllLines(Path.of(yaml.toString().replace(".yaml", ".csv")));
      Map<String, Schedule> schedules = ScheduleFile.load(yaml).compile();
      assertThat(rows.get(0)).isEqualTo("step," + String.join(",", schedules.keySet()));
      List<Schedule> columns = new ArrayList<>(schedules.values());
      for (String row : rows.subList(1, rows.size())) {
        String[] cells = row.split(",");
        long step = Long.parseLong(cells[0]);
        for (int c = 0; c < columns.size(); c++) {
          double torch = Double.parseDouble(cells[c + 1]);
          double ours = columns.get(c).valueAt(step);
          assertThat(Math.abs(ours - torch))
              .as("%s step %d column %d: ours %s, torch %s", yaml.getFileName(), step, c + 1, ours, torch)
              .isLessThanOrEqualTo(1e-9 * Math.abs(torch) + 1e-12);
        }
      }
    }));
  }
}
