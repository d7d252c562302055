package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code anneal validate} reads: folders, globs, standard input; and its exit status 3. */
class ValidateInputsTest {
  static final String GOOD = "total_steps: 100\nschedule: {type: cosine, from: 0.1, steps: 100}\n";
  static final String BAD = "total_steps: 100\nschedule: {type: cosin, steps: 100}\n";

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  @Test
  void aFolderIsWalkedInNameOrderLeavingOutHiddenExcludedAndOtherFiles() throws IOException {
    write("b/bad.yaml", BAD);
    write("a/bad.yml", BAD);
    write("a/good.json", "{\"total_steps\": 10, \"schedule\": {\"type\": \"constant\", \"value\": 1}}");
    write(".hidden/bad.yaml", BAD);
    write("a/.bad.yaml", BAD);
    write("legacy/bad.yaml", BAD);
    write("notes.txt", "not a config");
    write(".anneal.yaml", "files: []\n");
    Cli.Run r = Cli.run("validate", "--exclude", "legacy/**", dir.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(':'))))
        .containsExactly(dir.resolve("a/bad.yml").toString(), dir.resolve("b/bad.yaml").toString());
    assertThat(Cli.run("validate", "--exclude", "bad.*", "--exclude", "legacy/**", dir.toString()))
        .isEqualTo(new Cli.Run(0, "", ""));
  }

  @Test
  void aQuotedGlobIsExpanded() throws IOException {
    write("configs/exp-1.yaml", GOOD);
    write("configs/exp-2.yaml", BAD);
    write("configs/deep/exp-3.yaml", BAD);
    write("configs/other.yaml", BAD);
    Cli.Run r = Cli.run("validate", dir + "/configs/exp-*.yaml");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).startsWith(dir.resolve("configs/exp-2.yaml") + ":2:18: error: /schedule/type: type must be a"
        + " known node type, got cosin")
        .doesNotContain("exp-3").doesNotContain("other");
    assertThat(Cli.run("validate", dir + "/configs/**/exp-*.yaml").out()).contains("exp-3.yaml").doesNotContain("exp-2");
  }

  @Test
  void aBadGlobIsAFileNameOrAWrongCommandLine() {
    Cli.Run r = Cli.run("validate", dir + "/[");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out()).isEqualTo(dir + "/[:1:1: error: cannot read the file: no such file [file-unreadable]\n");
    Cli.Run exclude = Cli.run("validate", "--exclude", "{a,b", dir.toString());
    assertThat(exclude.status()).isEqualTo(2);
    assertThat(exclude.err()).startsWith("--exclude must be a glob pattern (* ? ** [abc] {a,b}), got {a,b\n");
  }

  @Test
  void standardInputIsNamedByStdinFilename() {
    Cli.Run r = withStdin(BAD, "validate", "--stdin-filename", "run.yaml", "-");
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("run.yaml:2:18: error: /schedule/type: type must be a known node type, got cosin;"
        + " did you mean cosine? [unknown-type]\n");
    assertThat(withStdin(GOOD, "validate", "-")).isEqualTo(new Cli.Run(0, "", ""));
    assertThat(withStdin("{\"schedule\": 1", "validate", "-").out()).startsWith("<stdin>:");
  }

  @Test
  void whatCannotBeReadExitsThreeAheadOfProblems() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Path binary = dir.resolve("binary.yaml");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    Files.createDirectories(dir.resolve("empty"));
    Cli.Run r = Cli.run("validate", bad.toString(), dir.resolve("missing.yaml").toString(), binary.toString(),
        dir.resolve("empty").toString(), dir + "/nothing-*.yaml");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.out().lines()).containsExactly(
        dir.resolve("empty") + ":1:1: error: nothing to read: a folder with no .yaml, .yml or .json file in it (hidden"
            + " and excluded ones left out) [file-unreadable]",
        dir + "/nothing-*.yaml:1:1: error: nothing to read: no .yaml, .yml or .json file matches the pattern"
            + " [file-unreadable]",
        bad + ":2:18: error: /schedule/type: type must be a known node type, got cosin; did you mean cosine?"
            + " [unknown-type]",
        dir.resolve("missing.yaml") + ":1:1: error: cannot read the file: no such file [file-unreadable]",
        binary + ":1:2: error: cannot parse the file: it is binary, not YAML or JSON text (a NUL character)"
            + " [binary-file]");
    assertThat(Cli.run("table", dir.resolve("missing.yaml").toString()).status()).isEqualTo(3);
    assertThat(Cli.run("explain", bad.toString()).status()).isEqualTo(1);
  }

  @Test
  void theFileSaysWhereItsScheduleIsUnlessAtSaysOtherwise() throws IOException {
    Path embedded = write("exp.yaml", "# anneal: at=/train/optim\ntrain:\n  optim:\n" + GOOD.indent(4));
    assertThat(Cli.run("validate", embedded.toString())).isEqualTo(new Cli.Run(0, "", ""));
    assertThat(Cli.run("explain", embedded.toString()).out()).startsWith(embedded + " at /train/optim: 1 schedule");
    assertThat(Cli.run("validate", "--at", "/train", embedded.toString()).out())
        .startsWith(embedded + ":4:5: error: /train: a schedule file must have schedule or schedules, got neither");
    Path broken = write("broken.yaml", "train: {}\n  # anneal: at=train/optim\n");
    assertThat(Cli.run("validate", broken.toString()).out()).isEqualTo(broken + ":2:16: error: /: # anneal: at= must"
        + " name a JSON Pointer, empty or starting with / (such as /train/optim), where ~ is followed by 0 or 1, got"
        + " train/optim [invalid-pointer]\n");
  }

  @Test
  void theProjectFileAboveTheWorkingDirectoryMapsGlobsToPointers() throws Exception {
    write(".anneal.yaml", "files:\n  - {glob: \"configs/exp-*.yaml\", at: /train/optim}\nexclude: [\"configs/legacy/**\"]\n");
    write("configs/exp-1.yaml", "train:\n  optim:\n" + GOOD.indent(4));
    write("configs/legacy/bad.yaml", BAD);
    assertThat(anneal(dir.resolve("configs"), "validate", ".")).isEqualTo("exit 0: ");
    write(".anneal.yaml", "files:\n  - {glob: \"configs/exp-*.yaml\", at: train}\n");
    assertThat(anneal(dir.resolve("configs"), "validate", ".")).isEqualTo("exit 1: " + dir.resolve(".anneal.yaml")
        + ":2:38: error: /files/0/at: at must be a JSON Pointer, empty or starting with / (such as /train/optim),"
        + " where ~ is followed by 0 or 1, got \"train\" [invalid-pointer]\n");
  }

  /** Runs anneal in a process of its own, in {@code folder}: its exit status and what it printed. */
  private static String anneal(Path folder, String... args) throws IOException, InterruptedException {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName()));
    command.addAll(java.util.List.of(args));
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return "exit " + process.waitFor() + ": " + out;
  }

  private static Cli.Run withStdin(String text, String... args) {
    InputStream old = System.in;
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      return Cli.run(args);
    } finally {
      System.setIn(old);
    }
  }
}
