package dev.anneal;

import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.load.Loader;
import dev.anneal.internal.load.SchemaCheck;
import dev.anneal.internal.load.YamlWriter;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A schedule file: named schedules ({@code lr} first, then the others in file order) and the
 * settings around them ({@code total_steps}, {@code steps_per_epoch}, {@code base_lr}). Each
 * schedule's value at step {@code k} is its node tree's (see {@link Node}), compiled against
 * {@link #context()}.
 *
 * <pre>{@code
 * ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
 * Schedule lr = file.compile("lr");
 * assertThat(lr.valueAt(500)).isEqualTo(3e-4); // the peak, after a warmup of 5% of total_steps: 10000
 * }</pre>
 *
 * Built in code, it writes the same format:
 *
 * <pre>{@code
 * ScheduleFile file = ScheduleFile.of(sequence(
 *         linear(0.0, 3e-4, Steps.percent(5)),
 *         cosine(3e-4, 3e-5, Steps.rest())))
 *     .withTotalSteps(10_000);
 * assertThat(file.toYaml()).isEqualTo("""
 *     total_steps: 10000
 *     schedule:
 *       type: sequence
 *       parts:
 *       - type: linear
 *         from: 0.0
 *         to: 3.0E-4
 *         steps: 5%
 *       - type: cosine
 *         from: 3.0E-4
 *         to: 3.0E-5
 *         steps: rest
 *     """);
 * assertThat(ScheduleFile.parse("run.yaml", file.toYaml(), "")).isEqualTo(file);
 * }</pre>
 *
 * @param totalSteps {@code total_steps}: the length of the run, for {@code "5%"} and {@code rest}
 *     durations and the lint rules about the run; {@code >= 1}, or null
 * @param stepsPerEpoch {@code steps_per_epoch}: for {@code "3ep"} durations; {@code >= 1}, or null
 * @param baseLr {@code base_lr}: the optimizer's learning rate that {@code torch.*} nodes start
 *     from; finite, or null
 * @param schedules the schedules by name ({@code [a-z][a-z0-9_]*}), at least one; kept with
 *     {@code lr} first
 */
public record ScheduleFile(@Nullable Long totalSteps, @Nullable Long stepsPerEpoch,
    @Nullable Double baseLr, Map<String, Node> schedules) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  /**
   * Checks the settings and the names and puts {@code lr} first.
   *
   * @param totalSteps the value for the {@code totalSteps} record component
   * @param stepsPerEpoch the value for the {@code stepsPerEpoch} record component
   * @param baseLr the value for the {@code baseLr} record component
   * @param schedules the value for the {@code schedules} record component
   * @throws IllegalArgumentException when a setting is out of range, there is no schedule or a
   *     name is not {@code [a-z][a-z0-9_]*}
   */
  public ScheduleFile {
    new Context(totalSteps, stepsPerEpoch, baseLr);
    if (schedules.isEmpty()) {
      throw new IllegalArgumentException("file: schedules must name at least one schedule, got none");
    }
    Map<String, Node> ordered = new LinkedHashMap<>();
    if (schedules.containsKey("lr")) ordered.put("lr", schedules.get("lr"));
    schedules.forEach((name, node) -> {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("file: schedule names must match [a-z][a-z0-9_]*, got " + name);
      }
      ordered.put(name, node);
    });
    schedules = Collections.unmodifiableMap(ordered);
  }

  /**
   * {@return a file with just a learning-rate schedule and no settings}
   *
   * @param lr the learning-rate schedule, named {@code lr}
   */
  public static ScheduleFile of(Node lr) {
    return new ScheduleFile(null, null, null, Map.of("lr", lr));
  }

  /**
   * {@return this file with {@code total_steps} set}
   *
   * @param totalSteps the length of the run, {@code >= 1}
   */
  public ScheduleFile withTotalSteps(long totalSteps) {
    return new ScheduleFile(totalSteps, stepsPerEpoch, baseLr, schedules);
  }

  /**
   * {@return this file with {@code steps_per_epoch} set}
   *
   * @param stepsPerEpoch the steps of one epoch, {@code >= 1}
   */
  public ScheduleFile withStepsPerEpoch(long stepsPerEpoch) {
    return new ScheduleFile(totalSteps, stepsPerEpoch, baseLr, schedules);
  }

  /**
   * {@return this file with {@code base_lr} set}
   *
   * @param baseLr the optimizer's learning rate, finite
   */
  public ScheduleFile withBaseLr(double baseLr) {
    return new ScheduleFile(totalSteps, stepsPerEpoch, baseLr, schedules);
  }

  /**
   * {@return this file with one more named schedule (or another one under that name)}
   *
   * @param name the name, {@code [a-z][a-z0-9_]*}
   * @param node the schedule
   */
  public ScheduleFile with(String name, Node node) {
    Map<String, Node> more = new LinkedHashMap<>(schedules);
    more.put(name, node);
    return new ScheduleFile(totalSteps, stepsPerEpoch, baseLr, more);
  }

  /** {@return the settings that durations and torch nodes compile against} */
  public Context context() {
    return new Context(totalSteps, stepsPerEpoch, baseLr);
  }

  /**
   * Compiles every schedule: {@code lr} first, then {@code momentum} when the learning-rate schedule
   * is a {@code torch.CyclicLR} or {@code torch.OneCycleLR} with {@code cycle_momentum}, then the
   * others in file order.
   *
   * @return the compiled schedules by name, in that order
   * @throws IllegalArgumentException when a rule across nodes is broken (durations that do not fit)
   */
  public Map<String, Schedule> compile() {
    return CompiledFile.of(this).schedules();
  }

  /**
   * Compiles one schedule, the same function as {@code compile().get(name)}, without compiling the
   * others: a schedule of the file, or the {@code momentum} that a cycling torch {@code lr} sets.
   *
   * <pre>{@code
   * ScheduleFile file = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml")); // torch.OneCycleLR
   * Schedule momentum = file.compile("momentum"); // cycle_momentum: momentum from 0.95 to 0.85 and back
   * assertThat(momentum.valueAt(0)).isEqualTo(0.95);
   * try {
   *   file.compile("mom");
   *   fail("no such schedule");
   * } catch (IllegalArgumentException e) {
   *   assertThat(e).hasMessage("schedules: name must be one of lr, momentum, got mom");
   * }
   * }</pre>
   *
   * @param name the schedule's name
   * @return the compiled schedule
   * @throws IllegalArgumentException when there is no schedule of that name
   *     ({@code schedules: name must be one of lr, momentum, got mom}), or the schedule breaks a
   *     rule across nodes
   */
  public Schedule compile(String name) {
    return CompiledFile.schedule(this, name);
  }

  /** {@return this file as YAML, loadable again into an equal {@code ScheduleFile}} */
  public String toYaml() {
    return YamlWriter.write(context(), schedules);
  }

  /**
   * {@return the phases of schedule {@code name} over steps {@code 0..steps-1}} (see {@link Phase}); a
   * {@code momentum} that a torch {@code lr} sets has the phases of {@code lr}.
   *
   * @param name a name that {@link #compile()} gives
   * @param steps the length of the run, {@code >= 1}
   */
  public List<Phase> phases(String name, long steps) {
    return CompiledFile.of(this).phases(name, steps);
  }

  /** {@return the JSON Schema (2020-12) that every schedule file is checked against, as text} */
  public static String schema() {
    return SchemaCheck.text();
  }

  /** Starts loading the JSON Schema on a background thread, so that the first load costs less. */
  public static void prepare() {
    SchemaCheck.preload();
  }

  /**
   * {@return the schedule file at {@code path}}
   *
   * @param path a YAML file, or JSON when its name ends in {@code .json}
   * @throws ScheduleFileException with every problem, located in the file
   */
  public static ScheduleFile load(Path path) {
    return load(path, "");
  }

  /**
   * Loads the schedule file found at the JSON Pointer {@code at} (e.g. {@code /train/optim}) of a
   * larger YAML or JSON document; {@code ""} is the whole document.
   *
   * @param path a YAML file, or JSON when its name ends in {@code .json}
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @return the schedule file found there
   * @throws ScheduleFileException with every problem, located in the file
   */
  public static ScheduleFile load(Path path, String at) {
    return parse(path.toString(), Loader.read(path), at);
  }

  /**
   * {@return the file at {@code at}, loaded and linted over a run of the file's
   * {@code total_steps}}
   *
   * @param path a YAML file, or JSON when its name ends in {@code .json}
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @throws ScheduleFileException with every error, located in the file
   */
  public static CheckedFile check(Path path, String at) {
    return check(path, at, null);
  }

  /**
   * Loads the file at {@code at} and lints it over a run of {@code steps} steps (null: the file's
   * {@code total_steps}; without either, the rules that need a run length are skipped).
   *
   * @param path a YAML file, or JSON when its name ends in {@code .json}
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @param steps the length of the run, or null for the file's {@code total_steps}
   * @return the file and its warnings
   * @throws ScheduleFileException with every error, located in the file
   */
  public static CheckedFile check(Path path, String at, @Nullable Long steps) {
    return check(path.toString(), Loader.read(path), at, steps);
  }

  /**
   * {@link #check(Path, String, Long)} for schedule-file text.
   *
   * @param name the file's name, used in problems (JSON when it ends in {@code .json}, else YAML)
   * @param text the file's text
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @param steps the length of the run, or null for the file's {@code total_steps}
   * @return the file and its warnings
   * @throws ScheduleFileException with every error, located in the text
   */
  public static CheckedFile check(String name, String text, String at, @Nullable Long steps) {
    return new CheckedFile(name, Loader.parse(name, text, at), at, steps);
  }

  /**
   * Parses schedule-file text.
   *
   * @param name the file's name, used in problems (JSON when it ends in {@code .json}, else YAML)
   * @param text the file's text
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @return the schedule file found there
   * @throws ScheduleFileException with every problem, located in the text
   */
  public static ScheduleFile parse(String name, String text, String at) {
    return CheckedFile.fileOf(Loader.parse(name, text, at));
  }

  /**
   * Parses schedule-file text whose whole document is the schedule file: {@link #parse(String,
   * String, String)} at {@code ""}.
   *
   * @param name the file's name, used in problems (JSON when it ends in {@code .json}, else YAML)
   * @param text the file's text
   * @return the schedule file
   * @throws ScheduleFileException with every problem, located in the text
   */
  public static ScheduleFile parse(String name, String text) {
    return parse(name, text, "");
  }
}
