package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of realistic schedule files (src/test/resources/corpus): every broken file gives
 * exactly the problems written in broken/expectations.tsv, every valid file loads and compiles.
 * The same corpus runs through {@code anneal validate} in {@code dev.anneal.cli.CorpusCliTest}.
 */
public class CorpusTest {
  public static final Path ROOT = Path.of("src/test/resources/corpus");

  /** One expected problem: where, which key, and words its message must contain. */
  public record Expected(int line, int column, String pointer, List<String> words) {}

  /** A broken file, the pointer to load it at, and its problems in the order they are reported. */
  public record Broken(String name, String at, List<Expected> problems) {
    public Path path() {
      return ROOT.resolve("broken").resolve(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  public static List<Broken> broken() {
    Map<String, Broken> files = new LinkedHashMap<>();
    try {
      for (String line : Files.readAllLines(ROOT.resolve("broken/expectations.tsv"))) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] c = line.split("\t");
        if (c.length != 5) throw new IllegalStateException("expectations.tsv: 5 tab-separated columns, got " + line);
        String[] lc = c[2].split(":");
        Expected e = new Expected(Integer.parseInt(lc[0]), Integer.parseInt(lc[1]), c[3].equals("-") ? "" : c[3],
            List.of(c[4].split(" \\| ")));
        files.computeIfAbsent(c[0], n -> new Broken(n, c[1].equals("-") ? "" : c[1], new ArrayList<>()))
            .problems().add(e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(files.values());
  }

  public static Stream<Path> valid() throws IOException {
    try (Stream<Path> s = Files.list(ROOT.resolve("valid"))) {
      return s.sorted().toList().stream();
    }
  }

  /** The --at pointer of a valid file: embedded ones hold their schedule under /train/optim. */
  public static String at(Path valid) {
    return valid.getFileName().toString().startsWith("embedded") ? "/train/optim" : "";
  }

  /** The corpus is as large as promised and every broken file has its expectations. */
  @org.junit.jupiter.api.Test
  void everyBrokenFileHasExpectations() throws IOException {
    List<String> listed = broken().stream().map(Broken::name).sorted().toList();
    try (Stream<Path> s = Files.list(ROOT.resolve("broken"))) {
      List<String> present = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expectations.tsv"))
          .sorted().toList();
      assertThat(listed).isEqualTo(present);
    }
    assertThat(listed).hasSizeGreaterThanOrEqualTo(50);
    assertThat(valid().count()).isGreaterThanOrEqualTo(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenFilesGiveExactlyTheirProblems(Broken b) {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.load(b.path(), b.at()));
    assertThat(e).as("%s must not load", b.name()).isNotNull();
    assertMatches(b, e.problems());
  }

  /** Asserts that {@code got} are exactly the expected problems of {@code b}. */
  public static void assertMatches(Broken b, List<Problem> got) {
    assertThat(got).as("%s: %s", b.name(), got).hasSize(b.problems().size());
    for (int i = 0; i < got.size(); i++) {
      Problem p = got.get(i);
      Expected x = b.problems().get(i);
      assertThat(p.line() + ":" + p.column()).as("%s: line:column of %s", b.name(), p).isEqualTo(x.line() + ":" + x.column());
      assertThat(p.pointer()).as("%s: pointer of %s", b.name(), p).isEqualTo(x.pointer());
      if (!x.pointer().isEmpty()) assertThat(p.fullMessage()).as("%s: names its key", b.name()).startsWith(x.pointer() + ": ");
      for (String w : x.words()) assertThat(p.fullMessage()).as("%s", b.name()).contains(w);
      assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validFilesLoadAndCompile(Path valid) {
    CheckedFile checked = ScheduleFile.check(valid, at(valid));
    assertThat(checked.warnings()).as("%s gives no warnings", valid).isEmpty();
    Map<String, Schedule> compiled = checked.file().compile();
    assertThat(compiled).containsKey("lr");
    for (Schedule s : compiled.values()) {
      for (long step : new long[] {0, 1, 7, 1000, 123_456}) assertThat(s.valueAt(step)).isFinite();
    }
  }

  /** A realistic file padded past 1 MiB (a huge comment block) is refused at line 1, quickly. */
  @org.junit.jupiter.api.Test
  void anOversizeFileIsAProblem(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path big = oversize(dir);
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class, () -> ScheduleFile.load(big));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).toString()).startsWith(big + ":1:1: error: the file is too large");
  }

  public static Path oversize(Path dir) throws IOException {
    StringBuilder text = new StringBuilder("total_steps: 1000\nschedule: {type: cosine, from: 0.1, steps: 1000}\n");
    while (text.length() <= (1 << 20)) text.append("# a log pasted in by mistake: step 123 loss 2.345 lr 0.0001\n");
    Path big = dir.resolve("huge.yaml");
    Files.writeString(big, text);
    return big;
  }
}
