package dev.anneal.cli;

import dev.anneal.ProjectFile;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the schedule sits in each file, the first of: {@code --at} on the command line; the file's
 * own comment {@code # anneal: at=/train/optim} (a line of its own, in a YAML file); the
 * {@code at} of the first {@code files} glob of the project file ({@code .anneal.yaml}) that
 * matches the file; the whole document.
 */
final class Where {
  /** {@code # anneal: at=POINTER}, alone on its line. */
  private static final Pattern COMMENT = Pattern.compile("(?m)^[ \\t]*#[ \\t]*anneal:[ \\t]*at=(\\S*)[ \\t]*$");
  /** RFC 6901: tokens after each /, in which ~ only starts ~0 or ~1. */
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

  private final @Nullable String at;
  private final @Nullable ProjectFile project;

  Where(@Nullable String at, @Nullable ProjectFile project) {
    this.at = at;
    this.project = project;
  }

  /**
   * {@return the pointer for the file named {@code name} (at {@code path}; null: standard input)
   * whose text is {@code text}}
   *
   * @throws ScheduleFileException when the file's comment names no JSON Pointer, located there
   */
  String of(String name, @Nullable Path path, String text) {
    if (at != null) return at;
    Matcher comment = COMMENT.matcher(text);
    if (!name.endsWith(".json") && text.contains("anneal:") && comment.find()) {
      String pointer = comment.group(1);
      if (!POINTER.matcher(pointer).matches()) {
        int line = (int) text.substring(0, comment.start(1)).chars().filter(c -> c == '\n').count() + 1;
        int column = comment.start(1) - (text.lastIndexOf('\n', comment.start(1) - 1) + 1) + 1;
        throw new ScheduleFileException(List.of(new Problem(name, line, column, "", Rule.INVALID_POINTER,
            "# anneal: at= must name a JSON Pointer, empty or starting with / (such as /train/optim), where ~ is"
                + " followed by 0 or 1, got " + pointer)));
      }
      return pointer;
    }
    String fromProject = project == null || path == null ? null : project.at(path);
    return fromProject == null ? "" : fromProject;
  }

  /**
   * {@return the project file found from the working directory up, or null}
   *
   * @throws ScheduleFileException when it has problems, located in it
   */
  static @Nullable ProjectFile project() {
    return ProjectFile.find(Path.of("").toAbsolutePath());
  }
}
