package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every problem over the test corpus and the samples is data: a rule, a message without its pointer. */
class ProblemsAsDataTest {

  static List<Problem> everyProblem() throws IOException {
    List<Problem> all = new ArrayList<>();
    for (Path root : List.of(Path.of("src/test/resources"), Path.of("samples"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(yaml|yml|json)")).sorted().toList()) {
          for (String at : List.of("", "/train/optim")) {
            try {
              all.addAll(ScheduleFile.check(file, at).warnings());
            } catch (ScheduleFileException e) {
              all.addAll(e.problems());
            }
          }
        }
      }
    }
    return all;
  }

  @Test
  void everyProblemHasARuleAndAMessageThatDoesNotRepeatItsPointer() throws IOException {
    List<Problem> all = everyProblem();
    assertThat(all).hasSizeGreaterThan(150);
    for (Problem p : all) {
      assertThat(p.rule()).as("%s", p).isNotNull();
      assertThat(p.rule().id()).as("%s", p).isNotEmpty();
      assertThat(p.severity()).as("%s", p).isEqualTo(p.rule().severity());
      assertThat(p.message()).as("%s", p).doesNotStartWith("/").isNotEmpty();
      if (!p.pointer().isEmpty()) assertThat(p.message()).as("%s", p).doesNotStartWith(p.pointer());
      assertThat(p.toString()).isEqualTo(p.file() + ":" + p.line() + ":" + p.column() + ": " + p.severity() + ": "
          + p.fullMessage());
      if (p.suggestion() != null) {
        assertThat(p.message()).as("%s", p).contains("did you mean " + p.suggestion());
      } else {
        assertThat(p.message()).as("%s", p).doesNotContain("did you mean");
      }
    }
  }
}
