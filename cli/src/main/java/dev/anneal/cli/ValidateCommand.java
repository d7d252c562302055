package dev.anneal.cli;

import dev.anneal.ScheduleFile;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anneal validate}: checks files against the JSON Schema, then the rules a schema cannot say. */
final class ValidateCommand implements Callable<Integer> {
  enum Format { text, json, github }


  final CommandSpec spec = Specs.command(this, "validate",
      new String[] {"Check schedule files: the JSON Schema (anneal schema), then the rules a schema cannot say",
          "(durations that fit, increasing milestones...), then warns about valid but suspicious settings",
          "(a torch cosine past T_max, a schedule that ends before total_steps...). Errors and warnings go to",
          "stdout, one a line; nothing is printed for a valid file without warnings. Exit status: 0 all valid",
          "(warnings allowed unless --strict), 1 some file has errors (or warnings with --strict), 2 bad command line."},
      "", "Examples:", "  anneal validate samples/*.yaml",
      "  anneal validate --format github --at /train/optim experiment.yaml");

  {
    Specs.option(spec, "--at", "PTR", String.class, "",
        "JSON Pointer to the schedule inside a larger YAML/JSON file, e.g. /train/optim.");
    Specs.option(spec, "--format", "FORMAT", Format.class, "text",
        "text (FILE:LINE:COLUMN: error|warning: POINTER: MESSAGE [rule-id]), json (an array of problems) or github"
            + " (GitHub Actions annotations). Default: text.");
    Specs.flag(spec, "--strict", "Warnings (valid but suspicious settings) fail too: exit status 1.");
    Specs.positional(spec, "0..*", "1..*", "FILE", List.class, Path.class, "Schedule files (.yaml, .yml or .json).");
  }

  @Override
  public Integer call() {
    String at = Specs.value(spec, "--at");
    Format format = Specs.value(spec, "--format");
    boolean strict = Specs.value(spec, "--strict");
    List<Path> files = spec.positionalParameters().get(0).getValue();
    FileOptions.checkPointer(at, spec.commandLine());
    // files are independent: checked on every core, reported in the order given
    List<Problem> all = files.parallelStream().map(file -> problems(file, at)).flatMap(List::stream).toList();
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> all.forEach(p -> out.println(ProblemFormats.text(p)));
      case github -> all.forEach(p -> out.println(ProblemFormats.github(p)));
      case json -> out.println(ProblemFormats.json(all));
    }
    out.flush();
    boolean fails = all.stream().anyMatch(p -> strict || !p.isWarning());
    return fails ? 1 : 0;
  }

  /** The errors of {@code file}, or its warnings when it has none. */
  private static List<Problem> problems(Path file, String at) {
    try {
      return ScheduleFile.check(file, at).warnings();
    } catch (ScheduleFileException e) {
      return e.problems();
    }
  }
}
