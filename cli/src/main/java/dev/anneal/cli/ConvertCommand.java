package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.ScheduleText;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal convert}: another tool's config written as the equivalent native schedule file. */
final class ConvertCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "convert",
      new String[] {"Write another tool's schedule (--from " + DialectOptions.names() + ") as the equivalent native",
          "anneal schedule file: the same value at every step. Problems go to stderr (exit 1), warnings too."},
      "", "Examples:", "  anneal convert --from hf samples/dialects/axolotl-qlora.yaml --steps-per-epoch 250",
      "  anneal convert --from lightning --steps-per-epoch 390 samples/dialects/lightning-cli.yaml",
      "  anneal convert --from hf --at /training --total-steps 5000 -o schedule.yaml run.yaml");

  {
    Specs.option(spec, "--from", "DIALECT", String.class, null, "The tool whose config FILE is: "
        + DialectOptions.names() + ".");
    Specs.option(spec, "--at", "PTR", String.class, null,
        "JSON Pointer to the mapping that holds the tool's keys, e.g. /training (default: the whole file).");
    DialectOptions.addTo(spec, false);
    Specs.option(spec, "-o,--output", "OUT", Path.class, null, "Write the schedule file to OUT (default: stdout).");
    Specs.positional(spec, "0", "1", "FILE", Path.class, Path.class, "The tool's config (.yaml, .yml or .json).");
  }

  @Override
  public Integer call() {
    String from = Specs.value(spec, "--from");
    if (from == null) throw new ParameterException(spec.commandLine(), "--from must be given: one of " + DialectOptions.names());
    DialectOptions dialect = DialectOptions.of(spec, from);
    String at = Specs.value(spec, "--at");
    if (at != null) FileOptions.checkPointer(at, spec.commandLine());
    Path file = spec.positionalParameters().get(0).getValue();
    PrintWriter err = spec.commandLine().getErr();
    CheckedFile checked;
    try {
      checked = dialect.check(file.toString(), ScheduleText.read(file), at == null ? "" : at, null);
    } catch (ScheduleFileException e) {
      for (Problem problem : e.problems()) err.println(ProblemFormats.text(problem));
      err.flush();
      throw new FileOptions.Exit(e.problems().stream().anyMatch(FileOptions::isUnread) ? FileOptions.UNREAD : 1);
    }
    for (Problem warning : checked.warnings()) err.println(ProblemFormats.text(warning));
    err.flush();
    String yaml = "# " + file.getFileName() + " (" + from + ") as an anneal schedule file: anneal convert --from "
        + from + "\n" + checked.file().toYaml();
    write(yaml, Specs.value(spec, "--output"));
    return 0;
  }

  private void write(String yaml, @Nullable Path output) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(yaml);
      out.flush();
      return;
    }
    try {
      WholeFile.write(output, yaml.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage() + "; " + output
          + " is left as it was", e);
    }
  }
}
