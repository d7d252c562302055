package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.CorpusTest.Broken;
import dev.anneal.CorpusTest;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The corpus through {@code anneal validate}: broken files exit 1 with exactly their problems, valid ones exit 0 silently. */
class CorpusCliTest {
  private static final Pattern LINE = Pattern.compile("^(.*?):(\\d+):(\\d+): error: (.*) \\[([a-z0-9-]+)\\]$");

  static List<Broken> broken() {
    return CorpusTest.broken();
  }

  static Stream<Path> valid() throws IOException {
    return CorpusTest.valid();
  }

  static Cli.Run validate(Path file, String at) {
    return at.isEmpty() ? Cli.run("validate", file.toString()) : Cli.run("validate", "--at", at, file.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("broken")
  void brokenFilesExitOneWithExactlyTheirProblems(Broken b) {
    long start = System.nanoTime();
    Cli.Run r = validate(b.path(), b.at());
    assertThat((System.nanoTime() - start) / 1e9).as("%s takes a few seconds at most", b.name()).isLessThan(3);
    // a file that cannot be read as text (not UTF-8, binary, too large) exits 3, one with problems 1
    boolean unread = r.out().contains("[file-unreadable]") || r.out().contains("[binary-file]")
        || r.out().contains("[file-too-large]");
    assertThat(r.status()).as("%s: %s", b.name(), r).isEqualTo(unread ? 3 : 1);
    assertThat(r.err()).as("%s prints nothing on stderr", b.name()).isEmpty();
    assertThat(r.out()).doesNotContain("Exception").doesNotContain("\tat ");
    List<Problem> got = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as("%s: FILE:LINE:COLUMN: error: MESSAGE, got %s", b.name(), line).isTrue();
      assertThat(m.group(1)).isEqualTo(b.path().toString());
      String message = m.group(4);
      int colon = message.indexOf(": ");
      String pointer = message.startsWith("/") && colon > 0 ? message.substring(0, colon) : "";
      String bare = pointer.isEmpty() ? message : message.substring(pointer.length() + 2);
      if (pointer.equals("/")) pointer = "";
      Rule rule = Rule.byId(m.group(5));
      assertThat(rule).as("%s: a known rule id in %s", b.name(), line).isNotNull();
      Problem p = new Problem(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), pointer, rule, bare);
      assertThat(p.fullMessage()).isEqualTo(message);
      got.add(p);
    }
    CorpusTest.assertMatches(b, got);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void validFilesExitZeroAndPrintNothing(Path valid) {
    Cli.Run r = validate(valid, CorpusTest.at(valid));
    assertThat(r).isEqualTo(new Cli.Run(0, "", ""));
    Cli.Run strict = Cli.run(CorpusTest.at(valid).isEmpty()
        ? new String[] {"validate", "--strict", valid.toString()}
        : new String[] {"validate", "--strict", "--at", CorpusTest.at(valid), valid.toString()});
    assertThat(strict).isEqualTo(new Cli.Run(0, "", ""));
  }

  @Test
  void allBrokenFilesInOneRun() {
    List<String> args = new ArrayList<>(List.of("validate"));
    int expected = 0;
    for (Broken b : broken()) {
      if (!b.at().isEmpty()) continue;
      args.add(b.path().toString());
      expected += b.problems().size();
    }
    Cli.Run r = Cli.run(args.toArray(String[]::new));
    assertThat(r.status()).as("some cannot be read as text").isEqualTo(3);
    assertThat(r.out().lines()).hasSize(expected);
  }

  @Test
  void anOversizeFile(@TempDir Path dir) throws IOException {
    Path big = CorpusTest.oversize(dir);
    Cli.Run r = Cli.run("validate", big.toString());
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).startsWith(big + ":1:1: error: the file is too large");
    assertThat(r.out().lines()).hasSize(1);
  }

  @Test
  void aMalformedAtPointerIsAUsageError() {
    Cli.Run r = Cli.run("validate", "--at", "train/optim", "src/test/resources/corpus/valid/embedded-experiment.yaml");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--at must be a JSON Pointer, empty or starting with / (such as /train/optim),"
        + " got train/optim");
  }
}
