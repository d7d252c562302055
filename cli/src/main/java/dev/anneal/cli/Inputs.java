package dev.anneal.cli;

import dev.anneal.ProjectFile;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The files a command is given: files, folders (every {@code .yaml}, {@code .yml} and {@code .json}
 * file under them, in name order, leaving out hidden files and folders, the project file and what
 * an {@code --exclude} glob or the project file's {@code exclude} matches), glob patterns that the
 * shell did not expand ({@code "configs/**.yaml"}), and {@code -} for standard input. A glob without
 * a {@code /} matches file names; with one, paths (as given, or relative to the folder walked).
 */
final class Inputs {
  /** Standard input, as a file argument. */
  static final String STDIN = "-";

  /** One file to read: its name in messages, and where it is (null: standard input). */
  record Input(String name, @Nullable Path path) {}

  private final List<PathMatcher> excluded;
  private final @Nullable ProjectFile project;
  private final List<Input> inputs = new ArrayList<>();
  /** Arguments that name nothing to read: a folder without configs, a glob that matches nothing. */
  private final List<Problem> unread = new ArrayList<>();

  private Inputs(List<String> excludes, @Nullable ProjectFile project) {
    this.excluded = excludes.stream().map(Inputs::matcher).toList();
    this.project = project;
  }

  /** {@return the inputs {@code args} name, and problems for the arguments that name none} */
  static Inputs expand(List<String> args, List<String> excludes, @Nullable ProjectFile project, String stdinName) {
    Inputs expanded = new Inputs(excludes, project);
    for (String arg : args) {
      if (arg.equals(STDIN)) {
        expanded.inputs.add(new Input(stdinName, null));
      } else if (Files.isDirectory(Path.of(arg))) {
        expanded.walk(arg);
      } else if (!Files.exists(Path.of(arg)) && isGlob(arg) && isValidGlob(arg)) {
        expanded.glob(arg);
      } else {
        expanded.inputs.add(new Input(arg, Path.of(arg)));
      }
    }
    return expanded;
  }

  List<Input> inputs() {
    return inputs;
  }

  List<Problem> unread() {
    return unread;
  }

  private static boolean isGlob(String arg) {
    return arg.chars().anyMatch(c -> "*?[{".indexOf(c) >= 0);
  }


  /** Whether {@code glob} is a pattern the file system can match (else it is only a file name). */
  static boolean isValidGlob(String glob) {
    try {
      matcher(glob);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  private void walk(String folder) {
    Path root = Path.of(folder);
    List<Path> found = files(root, path -> !isExcluded(path, root.relativize(path)));
    if (found.isEmpty()) {
      nothing(folder, "a folder with no .yaml, .yml or .json file in it (hidden and excluded ones left out)");
    }
    found.forEach(path -> inputs.add(new Input(path.toString(), path)));
  }

  /** The files {@code pattern} matches, walking from the folder before its first wildcard. */
  private void glob(String pattern) {
    int wildcard = 0;
    while ("*?[{".indexOf(pattern.charAt(wildcard)) < 0) wildcard++;
    int slash = pattern.lastIndexOf('/', wildcard);
    Path base = Path.of(slash < 0 ? "" : slash == 0 ? "/" : pattern.substring(0, slash));
    PathMatcher matcher = matcher(pattern);
    List<Path> found = files(base, path -> matcher.matches(path) && !isExcluded(path, path));
    if (found.isEmpty()) nothing(pattern, "no .yaml, .yml or .json file matches the pattern");
    found.forEach(path -> inputs.add(new Input(path.toString(), path)));
  }

  private void nothing(String arg, String why) {
    unread.add(new Problem(arg, 1, 1, "", Rule.FILE_UNREADABLE, "nothing to read: " + why));
  }

  /**
   * The config files under {@code start} ({@code ""}: the working directory) that {@code keep}
   * keeps, in name order, as paths the user would write ({@code configs/a.yaml}).
   */
  private static List<Path> files(Path start, Predicate<Path> keep) {
    boolean here = start.toString().isEmpty();
    Path from = here ? Path.of(".") : start;
    if (!Files.isDirectory(from)) return List.of();
    try (Stream<Path> paths = Files.find(from, Integer.MAX_VALUE, (p, attributes) -> attributes.isRegularFile())) {
      return paths.map(p -> here ? from.relativize(p) : p)
          .filter(p -> isConfig(p) && !isHidden(here ? p : start.relativize(p)) && keep.test(p))
          .sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UncheckedIOException("cannot read the folder " + from + ": " + e.getMessage(), new IOException(e));
    }
  }

  private static boolean isConfig(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    return (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json"))
        && !path.getFileName().toString().equals(ProjectFile.NAME);
  }

  /** Whether a file or folder on the relative path {@code inside} is hidden (its name starts with a dot). */
  private static boolean isHidden(Path inside) {
    for (Path part : inside) {
      if (part.toString().startsWith(".") && !part.toString().equals(".") && !part.toString().equals("..")) return true;
    }
    return false;
  }

  private boolean isExcluded(Path path, Path relative) {
    for (PathMatcher m : excluded) {
      if (m.matches(path) || m.matches(relative) || m.matches(path.getFileName())) return true;
    }
    return project != null && project.excludes(path);
  }
}
