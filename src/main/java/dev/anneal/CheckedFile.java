package dev.anneal;

import dev.anneal.diagnostic.Problem;
import dev.anneal.internal.load.Loader;
import dev.anneal.internal.load.Reader;
import dev.anneal.spec.Context;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A schedule file loaded, checked and compiled, each tree once: the file, its compiled schedules,
 * their phases, and the warnings about it, settings that are valid but probably not what was meant
 * (a PyTorch cosine that runs past {@code T_max}, a schedule that ends before the run...), in file
 * order, each a {@link Problem.Severity#WARNING} located in the file. The warnings are worked out on
 * the first call of {@link #warnings()}, from the trees already compiled.
 *
 * <pre>{@code
 * CheckedFile checked = ScheduleFile.check("run.yaml", """
 *     total_steps: 10000
 *     schedule: {type: cosine, from: 3.0e-4, to: 3.0e-5, steps: 5000}
 *     """, "", null);
 * assertThat(checked.file().totalSteps()).isEqualTo(10_000L);
 * Problem warning = checked.warnings().get(0); // valid, but probably not what was meant
 * assertThat(warning.isWarning()).isTrue();
 * assertThat(warning.line()).isEqualTo(2);
 * assertThat(warning.pointer()).isEqualTo("/schedule");
 * assertThat(warning.fullMessage()).startsWith("/schedule: the schedule ends at step 5000, before the 10000 steps");
 * }</pre>
 */
public final class CheckedFile {
  private final String name;
  private final Loader.Loaded loaded;
  private final String at;
  private final @Nullable Long steps;
  private final ScheduleFile file;
  private final CompiledFile compiled;
  private final List<Problem> early;
  private volatile @Nullable List<Problem> warnings;

  CheckedFile(String name, Loader.Loaded loaded, String at, @Nullable Long steps) {
    this(name, loaded, at, steps, List.of());
  }

  /** A file that a dialect translated, with the dialect's own {@code early} warnings about the user's file. */
  CheckedFile(String name, Loader.Loaded loaded, String at, @Nullable Long steps, List<Problem> early) {
    this.early = List.copyOf(early);
    this.name = name;
    this.loaded = loaded;
    this.at = at;
    this.steps = steps;
    this.file = fileOf(loaded);
    this.compiled = new CompiledFile(file.schedules(), loaded.settings(), loaded.trees());
  }

  /** {@return the schedule file that the loader bound} */
  static ScheduleFile fileOf(Loader.Loaded loaded) {
    Context settings = loaded.settings();
    return new ScheduleFile(settings.totalSteps(), settings.stepsPerEpoch(), settings.baseLr(), loaded.schedules());
  }

  /** {@return the JSON Pointer where the schedule file sits in the document, {@code ""} for the whole of it} */
  public String at() {
    return at;
  }

  /** {@return the file, valid} */
  public ScheduleFile file() {
    return file;
  }

  /**
   * {@return every schedule compiled: {@code lr} first, then {@code momentum} when the learning-rate
   * schedule is a cycling torch scheduler with {@code cycle_momentum}, then the others in file order}
   * The same functions as {@link ScheduleFile#compile()} gives, compiled when the file was loaded.
   */
  public Map<String, Schedule> schedules() {
    return compiled.schedules();
  }

  /**
   * {@return the phases of schedule {@code name} over steps {@code 0..steps-1}}: see
   * {@link ScheduleFile#phases(String, long)}.
   *
   * @param name a name that {@link #schedules()} gives
   * @param steps the length of the run, {@code >= 1}
   * @throws IllegalArgumentException when there is no schedule of that name
   */
  public List<Phase> phases(String name, long steps) {
    return compiled.phases(name, steps);
  }

  /**
   * {@return the warnings about the file over the run the check was asked for (its
   * {@code total_steps} when none was given; without either, the rules that need a run length are
   * skipped), in file order; empty when there is nothing to say}
   */
  public List<Problem> warnings() {
    List<Problem> found = warnings;
    if (found == null) {
      List<Problem> all = new java.util.ArrayList<>(early);
      all.addAll(Loader.lint(name, loaded, at, steps));
      found = List.copyOf(early.isEmpty() ? all : Reader.sorted(all));
      warnings = found;
    }
    return found;
  }
}
