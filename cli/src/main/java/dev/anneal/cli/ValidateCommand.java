package dev.anneal.cli;

import dev.anneal.ProjectFile;
import dev.anneal.ScheduleFile;
import dev.anneal.ScheduleText;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal validate}: checks files against the JSON Schema, then the rules a schema cannot say. */
final class ValidateCommand implements Callable<Integer> {
  enum Format { text, json, github, sarif, junit }

  final CommandSpec spec = Specs.command(this, "validate",
      new String[] {"Check schedule files: the JSON Schema (anneal schema), then the rules a schema cannot say",
          "(durations that fit, increasing milestones...), then warns about valid but suspicious settings",
          "(a torch cosine past T_max, a schedule that ends before total_steps...). FILE may be a file, a folder",
          "(every .yaml, .yml and .json file under it, hidden ones left out), a quoted glob (\"configs/**.yaml\")",
          "or - for standard input. The schedule sits at --at, else at the file's own comment",
          "`# anneal: at=/train/optim`, else where the project file .anneal.yaml says, else at the top.",
          "Exit status: 0 all valid (warnings allowed unless --strict), 1 some file has errors (or warnings",
          "with --strict), 2 bad command line, 3 a file could not be read (missing, unreadable, not text,",
          "too large, a folder or glob with no config)."},
      "", "Examples:", "  anneal validate configs/",
      "  anneal validate --format github --at /train/optim experiment.yaml",
      "  anneal validate --format sarif --output anneal.sarif .",
      "  cat run.yaml | anneal validate --stdin-filename run.yaml -");

  {
    Specs.option(spec, "--at", "PTR", String.class, null,
        "JSON Pointer to the schedule inside a larger YAML/JSON file, e.g. /train/optim, for every file.");
    Specs.option(spec, "--format", "FORMAT", Format.class, "text",
        "text (FILE:LINE:COLUMN: error|warning: POINTER: MESSAGE [rule-id]), json (an array of problems), github"
            + " (GitHub Actions annotations), sarif (SARIF 2.1.0, for code scanning) or junit (JUnit XML, one test"
            + " case per file). Default: text.");
    Specs.option(spec, "--output,-o", "FILE", Path.class, null,
        "Write the report to FILE (whole, or not at all) instead of standard output.");
    Specs.list(spec, "--exclude", "GLOB", "Leave out the files of a folder or glob that match GLOB (a name such as"
        + " '*.json', or a path such as 'legacy/**'); may be given more than once.");
    Specs.option(spec, "--stdin-filename", "NAME", String.class, "<stdin>", "The name of standard input (-) in"
        + " problems, and for .json: JSON.");
    Specs.flag(spec, "--strict", "Warnings (valid but suspicious settings) fail too: exit status 1.");
    DialectOptions.addTo(spec, true);
    Specs.positional(spec, "0..*", "1..*", "FILE", List.class, String.class,
        "Schedule files (.yaml, .yml or .json), folders, globs, or - for standard input.");
  }

  /** One file checked: its name in messages and its problems (errors, or warnings when it has none). */
  private record Checked(String name, List<Problem> problems) {}

  @Override
  public Integer call() {
    String at = Specs.value(spec, "--at");
    Format format = Specs.value(spec, "--format");
    boolean strict = Specs.value(spec, "--strict");
    if (at != null) FileOptions.checkPointer(at, spec.commandLine());
    DialectOptions dialect = DialectOptions.of(spec, null);
    long start = System.nanoTime();
    List<Checked> checked = check(at, dialect);
    List<Problem> all = checked.stream().flatMap(c -> c.problems().stream()).toList();
    Map<String, List<Problem>> byFile = new LinkedHashMap<>();
    checked.forEach(c -> byFile.merge(c.name(), c.problems(), (a, b) -> Stream.concat(a.stream(), b.stream()).toList()));
    String report = switch (format) {
      case text -> lines(all, ProblemFormats::text);
      case github -> lines(all, ProblemFormats::github);
      case json -> ProblemFormats.json(all) + "\n";
      case sarif -> Sarif.of(all) + "\n";
      case junit -> JUnitXml.of(byFile, strict, (System.nanoTime() - start) / 1e9);
    };
    write(report, Specs.value(spec, "--output"));
    if (all.stream().anyMatch(FileOptions::isUnread)) return FileOptions.UNREAD;
    return all.stream().anyMatch(p -> strict || !p.isWarning()) ? 1 : 0;
  }

  /** Every input checked, in the order given (files are independent: checked on every core). */
  private List<Checked> check(@Nullable String at, DialectOptions dialect) {
    ProjectFile project;
    try {
      project = Where.project();
    } catch (ScheduleFileException e) {
      return List.of(new Checked(e.problems().get(0).file(), e.problems()));
    }
    List<String> excludes = Specs.value(spec, "--exclude");
    for (String glob : excludes) {
      if (!Inputs.isValidGlob(glob)) {
        throw new ParameterException(spec.commandLine(), "--exclude must be a glob pattern (* ? ** [abc] {a,b}), got "
            + glob);
      }
    }
    List<String> args = spec.positionalParameters().get(0).getValue();
    Inputs inputs = Inputs.expand(args, excludes, project, Specs.value(spec, "--stdin-filename"));
    Where where = new Where(at, project);
    List<Checked> checked = new ArrayList<>();
    inputs.unread().forEach(p -> checked.add(new Checked(p.file(), List.of(p))));
    checked.addAll(inputs.inputs().parallelStream().map(input -> check(input, where, dialect)).toList());
    return checked;
  }

  private static Checked check(Inputs.Input input, Where where, DialectOptions dialect) {
    try {
      String text = input.path() == null ? ScheduleText.read(input.name(), System.in)
          : ScheduleText.read(input.path());
      return new Checked(input.name(), dialect.check(input.name(), text, where.of(input.name(), input.path(), text),
          null).warnings());
    } catch (ScheduleFileException e) {
      return new Checked(input.name(), e.problems());
    }
  }

  private static String lines(List<Problem> problems, java.util.function.Function<Problem, String> format) {
    StringBuilder out = new StringBuilder();
    for (Problem p : problems) out.append(format.apply(p)).append('\n');
    return out.toString();
  }

  private void write(String report, @Nullable Path output) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
      return;
    }
    try {
      WholeFile.write(output, report.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + output + ": " + e.getMessage() + "; " + output
          + " is left as it was", e);
    }
  }
}
