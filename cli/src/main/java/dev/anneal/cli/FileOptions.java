package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.ScheduleFile;
import dev.anneal.ScheduleText;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

/** The schedule file a command works on, and where in it the schedule sits. */
final class FileOptions {
  /** The exit status when a file could not be read: missing, unreadable, not text, too large. */
  static final int UNREAD = 3;

  final @Nullable String at;
  final Path file;
  final DialectOptions dialect;

  private FileOptions(@Nullable String at, Path file, DialectOptions dialect) {
    this.at = at;
    this.file = file;
    this.dialect = dialect;
  }

  /** Adds {@code --at PTR} and the {@code FILE} parameter to {@code spec}. */
  static void addTo(CommandSpec spec) {
    Specs.option(spec, "--at", "PTR", String.class, null,
        "JSON Pointer to the schedule inside a larger YAML/JSON file, e.g. /train/optim (else the file's own"
            + " comment # anneal: at=PTR, else the project file .anneal.yaml, else the top).");
    DialectOptions.addTo(spec, true);
    Specs.positional(spec, "0", "1", "FILE", Path.class, Path.class, "A schedule file (.yaml, .yml or .json), or"
        + " another tool's config with --dialect.");
  }

  /** The file and pointer that {@code spec} (with {@link #addTo}) was given. */
  static FileOptions of(CommandSpec spec) {
    return new FileOptions(Specs.value(spec, "--at"), spec.positionalParameters().get(0).getValue(),
        DialectOptions.of(spec, null));
  }

  /**
   * Loads and lints the file over {@code steps} steps (null: its total_steps), or prints its
   * problems to {@code err} and ends the command: {@link Exit} with 1, or {@link #UNREAD}.
   */
  CheckedFile check(CommandLine cli, @Nullable Long steps) {
    if (at != null) checkPointer(at, cli);
    try {
      String text = ScheduleText.read(file);
      String pointer = new Where(at, Where.project()).of(file.toString(), file, text);
      return dialect.check(file.toString(), text, pointer, steps);
    } catch (ScheduleFileException e) {
      PrintWriter err = cli.getErr();
      for (Problem problem : e.problems()) err.println(ProblemFormats.text(problem));
      err.flush();
      throw new Exit(e.problems().stream().anyMatch(FileOptions::isUnread) ? UNREAD : 1);
    }
  }

  /** Whether {@code problem} says that a file could not be read at all (exit status {@link #UNREAD}). */
  static boolean isUnread(Problem problem) {
    return switch (problem.rule()) {
      case FILE_UNREADABLE, FILE_TOO_LARGE, BINARY_FILE -> true;
      default -> false;
    };
  }

  /** Ends a command whose problems are printed already, with an exit status. */
  static final class Exit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int status;

    Exit(int status) {
      super(null, null, false, false);
      this.status = status;
    }
  }

  /** A malformed {@code --at} is a wrong command line (exit 2), not a problem of the file. */
  static void checkPointer(String at, CommandLine cli) {
    if (!at.isEmpty() && !at.startsWith("/")) {
      throw new ParameterException(cli,
          "--at must be a JSON Pointer, empty or starting with / (such as /train/optim), got " + at);
    }
    if (!POINTER.matcher(at).matches()) {
      throw new ParameterException(cli, "--at must be a JSON Pointer, where ~ is followed by 0 or 1 (~0 stands for ~,"
          + " ~1 for /), got " + at);
    }
  }

  /** RFC 6901: tokens after each /, in which ~ only starts ~0 or ~1. */
  private static final java.util.regex.Pattern POINTER = java.util.regex.Pattern.compile("(/([^~/]|~[01])*)*");

  /** N, the steps a command covers: {@code --steps} when given, else the file's {@code total_steps}. */
  long runLength(@Nullable Long steps, ScheduleFile loaded, CommandLine cli) {
    if (steps != null) return steps;
    if (loaded.totalSteps() == null) {
      throw new ParameterException(cli, "--steps is needed: " + file + " has no total_steps"
          + (dialect.dialect() == null ? "" : " (give --total-steps N, or --steps-per-epoch N, for its run)"));
    }
    return loaded.totalSteps();
  }
}
