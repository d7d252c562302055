package dev.anneal;

import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.load.Loader;
import dev.anneal.internal.load.ProjectSettings;
import dev.anneal.internal.load.ProjectSettings.FileRule;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project's anneal settings, the file {@value #NAME}: which JSON Pointer holds the schedule in
 * which files, and which files a directory walk leaves out. Globs are relative to the folder the
 * project file is in ({@code *} within a folder, {@code **} across folders).
 *
 * <pre>
 * files:
 *   - {glob: "configs/exp-*.yaml", at: /train/optim}
 * exclude: ["legacy/**"]
 * </pre>
 */
public final class ProjectFile {
  /** The project file's name: {@value}. */
  public static final String NAME = ".anneal.yaml";

  private final Path folder;
  private final List<FileRule> files;
  private final List<PathMatcher> matchers;
  private final List<PathMatcher> excluded;

  private ProjectFile(Path folder, ProjectSettings.Settings settings) {
    this.folder = folder;
    this.files = settings.files();
    this.matchers = files.stream().map(rule -> matcher(rule.glob())).toList();
    this.excluded = settings.exclude().stream().map(ProjectFile::matcher).toList();
  }

  private static PathMatcher matcher(String glob) {
    return FileSystems.getDefault().getPathMatcher("glob:" + glob);
  }

  /**
   * {@return the project file found in {@code folder} or the nearest folder above it, or null}
   *
   * @param folder where to start looking, such as the working directory
   * @throws ScheduleFileException when the file found has problems, located in it
   */
  public static @Nullable ProjectFile find(Path folder) {
    for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Path candidate = at.resolve(NAME);
      if (Files.isRegularFile(candidate)) return load(candidate);
    }
    return null;
  }

  /**
   * {@return the project file at {@code path}}
   *
   * @param path the project file
   * @throws ScheduleFileException with every problem, located in the file
   */
  public static ProjectFile load(Path path) {
    ProjectSettings.Settings settings = ProjectSettings.parse(path.toString(), Loader.read(path));
    Path parent = path.toAbsolutePath().normalize().getParent();
    return new ProjectFile(parent == null ? Path.of("/") : parent, settings);
  }

  /** {@return the folder its globs are relative to: the one the project file is in} */
  public Path folder() {
    return folder;
  }

  /**
   * {@return the JSON Pointer of the schedule in {@code file}: the {@code at} of the first
   * {@code files} entry whose glob matches it, or null when none does}
   *
   * @param file a file, relative to the working directory or absolute
   */
  public @Nullable String at(Path file) {
    Path relative = relative(file);
    if (relative == null) return null;
    for (int i = 0; i < files.size(); i++) {
      if (matchers.get(i).matches(relative)) return files.get(i).at();
    }
    return null;
  }

  /**
   * {@return whether {@code file} matches an {@code exclude} glob}
   *
   * @param file a file, relative to the working directory or absolute
   */
  public boolean excludes(Path file) {
    Path relative = relative(file);
    return relative != null && excluded.stream().anyMatch(m -> m.matches(relative));
  }

  private @Nullable Path relative(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(folder) ? folder.relativize(absolute) : null;
  }
}
