package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is never lost silently, and never destroys what was there. */
class WriteFailuresTest {
  private static final String SAMPLE = "samples/warmup-cosine.yaml";

  @Test
  @EnabledOnOs(OS.LINUX)
  void aFullStandardOutputExitsOneWithAMessage() throws Exception {
    for (String command : List.of("table", "explain", "schema")) {
      Process p = anneal(command.equals("schema") ? List.of(command) : List.of(command, SAMPLE), new File("/dev/full"));
      assertThat(p.waitFor()).as(command).isEqualTo(1);
      assertThat(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).as(command)
          .isEqualTo("anneal: cannot write the output: No space left on device; what was printed is incomplete\n");
    }
  }

  /** A file without total_steps is not read at validation; asked past where it overflows, no command prints it. */
  @Test
  void noCommandPrintsAValueThatIsNotANumber(@TempDir Path dir) throws IOException {
    Path doubling = dir.resolve("doubling.yaml");
    Files.writeString(doubling, "schedule: {type: exponential, from: 1.0, rate: 2.0}\n");
    String why = "anneal: lr is not a finite number at step 1024 (Infinity): a value overflows a double; bound it"
        + " (a restarts decay <= 1, a rate <= 1, fewer factors above 1) or ask for fewer steps\n";
    Cli.Run table = Cli.run("table", "--steps", "2000", doubling.toString());
    assertThat(table.status()).isEqualTo(1);
    assertThat(table.err()).isEqualTo(why);
    assertThat(table.out()).isEqualTo("step,lr\n"); // the rows are written by chunks: none of that one
    Cli.Run plot = Cli.run("plot", "--term", "--steps", "2000", doubling.toString());
    assertThat(plot.status()).isEqualTo(1);
    assertThat(plot.err()).endsWith(why.replace("1024", "1034"));
    Cli.Run explain = Cli.run("explain", "--steps", "1025", doubling.toString());
    assertThat(explain.status()).isEqualTo(1);
    assertThat(explain.out()).doesNotContain("Infinity");
    assertThat(explain.err()).endsWith(why);
  }

  @Test
  void aPlotOntoItsInputIsRefused(@TempDir Path dir) throws IOException {
    Path input = dir.resolve("run.png");
    Files.copy(Path.of(SAMPLE), input);
    Cli.Run run = Cli.run("plot", "-o", input.toString(), input.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("-o must not be the input file, got " + input + "\n");
    assertThat(Files.readString(input)).isEqualTo(Files.readString(Path.of(SAMPLE)));
  }

  @Test
  void aPlotThatCannotBeWrittenSaysSoAndLeavesNothing(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("missing/lr.svg");
    Cli.Run run = Cli.run("plot", "-o", out.toString(), SAMPLE);
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo("anneal: cannot write " + out + ": " + dir.resolve("missing/.lr.svg."
        + ProcessHandle.current().pid() + ".partial") + "; " + out + " is left as it was\n");
    assertThat(dir.resolve("missing")).doesNotExist();
  }

  @Test
  void aPlotReplacesTheFileWhole(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("lr.svg");
    Files.writeString(out, "previous");
    assertThat(Cli.run("plot", "-o", out.toString(), SAMPLE).status()).isZero();
    assertThat(Files.readString(out)).startsWith("<?xml");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  /** A full disk, where the machine lets the test mount a tiny tmpfs (root on Linux). */
  @Test
  @EnabledOnOs(OS.LINUX)
  void aPlotOnAFullDiskKeepsThePreviousFigure(@TempDir Path dir) throws Exception {
    Path disk = Files.createDirectory(dir.resolve("tiny"));
    assumeTrue(new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=60k", "tmpfs", disk.toString())
        .redirectErrorStream(true).start().waitFor() == 0, "cannot mount a tmpfs here");
    try {
      Path out = disk.resolve("lr.svg");
      Files.writeString(out, "previous");
      Path filler = disk.resolve("filler");
      Files.write(filler, new byte[50 << 10]); // about 10 KiB left: a figure is larger

      Cli.Run run = Cli.run("plot", "-o", out.toString(), "samples/sgdr-restarts.yaml");
      assertThat(run.status()).isEqualTo(1);
      assertThat(run.err()).isEqualTo("anneal: cannot write " + out + ": No space left on device; " + out
          + " is left as it was\n");
      assertThat(Files.readString(out)).isEqualTo("previous");
      try (var files = Files.list(disk)) {
        assertThat(files).containsExactlyInAnyOrder(out, filler);
      }
    } finally {
      new ProcessBuilder("umount", disk.toString()).start().waitFor();
    }
  }

  /** {@code anneal ARGS > stdout} in a JVM of its own, on the test's own classes and libraries. */
  private static Process anneal(List<String> args, File stdout) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath(), "dev.anneal.cli.Main"));
    command.addAll(args);
    return new ProcessBuilder(command).redirectOutput(stdout).start();
  }

  private static String classPath() {
    String modules = System.getProperty("jdk.module.path", "");
    String classes = System.getProperty("java.class.path", "");
    return modules.isEmpty() ? classes : modules + File.pathSeparator + classes;
  }
}
