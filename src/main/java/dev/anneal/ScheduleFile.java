package dev.anneal;

import dev.anneal.internal.Binder;
import dev.anneal.internal.CompileException;
import dev.anneal.internal.Lint;
import dev.anneal.internal.Located;
import dev.anneal.internal.MissingSettingException;
import dev.anneal.internal.Pointers;
import dev.anneal.internal.Reader;
import dev.anneal.internal.SchemaCheck;
import dev.anneal.internal.YamlWriter;
import dev.anneal.internal.torch.TorchCompiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.TorchNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

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
   * @throws IllegalArgumentException when a rule across nodes is broken (durations that do not
   *     fit...)
   */
  public Map<String, Schedule> compile() {
    Context context = context();
    Map<String, Schedule> compiled = new LinkedHashMap<>();
    schedules.forEach((name, node) -> {
      compiled.put(name, node.compile(context));
      if (name.equals("lr")) {
        Schedule momentum = torchMomentum(context);
        if (momentum != null) compiled.put("momentum", momentum);
      }
    });
    return Collections.unmodifiableMap(compiled);
  }

  /**
   * Compiles one schedule: the same function as {@code compile().get(name)}, without compiling the
   * others. {@code name} is one of the names {@link #compile()} gives: a schedule of the file, or
   * {@code momentum} when the learning-rate schedule is a {@code torch.CyclicLR} or
   * {@code torch.OneCycleLR} with {@code cycle_momentum} (then {@code lr}'s scheduler is built for
   * it, and a {@code momentum} schedule of the file is an error, as in {@link #compile()}).
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
    Context context = context();
    if (name.equals("momentum")) {
      Schedule momentum = torchMomentum(context);
      if (momentum != null) return momentum;
    }
    Node node = schedules.get(name);
    if (node != null) return node.compile(context);
    List<String> names = new ArrayList<>(schedules.keySet());
    if (!schedules.containsKey("momentum") && hasTorchMomentum(context)) names.add(1, "momentum");
    throw new IllegalArgumentException("schedules: name must be one of " + String.join(", ", names)
        + ", got " + name);
  }

  /** Whether the {@code lr} schedule sets a momentum; false when it does not compile (for a message). */
  private boolean hasTorchMomentum(Context context) {
    try {
      return torchMomentum(context) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The {@code momentum} that the {@code lr} schedule sets (a cycling torch scheduler), or null.
   *
   * @throws IllegalArgumentException when the file has a {@code momentum} schedule too
   */
  private @Nullable Schedule torchMomentum(Context context) {
    if (!(schedules.get("lr") instanceof TorchNode torch)) return null;
    Schedule momentum = TorchCompiler.momentum(torch, context);
    if (momentum != null && schedules.containsKey("momentum")) {
      throw new IllegalArgumentException("schedules: momentum must be given once, got a momentum schedule"
          + " and the momentum of " + torch.type() + " (cycle_momentum: true)");
    }
    return momentum;
  }

  /** {@return this file as YAML, loadable again into an equal {@code ScheduleFile}} */
  public String toYaml() {
    return YamlWriter.write(this);
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
    return parse(path.toString(), read(path), at);
  }

  /**
   * A loaded file and the warnings about it: settings that are valid but probably not what was
   * meant (a PyTorch cosine that runs past {@code T_max}, a schedule that ends before the run...),
   * in file order, each a {@link Problem.Severity#WARNING} located in the file.
   *
   * <pre>{@code
   * ScheduleFile.Checked checked = ScheduleFile.check("run.yaml", """
   *     total_steps: 10000
   *     schedule: {type: cosine, from: 3.0e-4, to: 3.0e-5, steps: 5000}
   *     """, "", null);
   * assertThat(checked.file().totalSteps()).isEqualTo(10_000L);
   * Problem warning = checked.warnings().get(0); // valid, but probably not what was meant
   * assertThat(warning.isWarning()).isTrue();
   * assertThat(warning.line()).isEqualTo(2);
   * assertThat(warning.pointer()).isEqualTo("/schedule");
   * assertThat(warning.message()).startsWith("/schedule: the schedule ends at step 5000, before the 10000 steps");
   * }</pre>
   *
   * @param file the file, valid
   * @param warnings the warnings about it, in file order; empty when there is nothing to say
   */
  public record Checked(ScheduleFile file, List<Problem> warnings) {
    /**
     * Copies the warnings.
     *
     * @param file the value for the {@code file} record component
     * @param warnings the value for the {@code warnings} record component
     */
    public Checked {
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * {@return the file at {@code at}, loaded and linted over a run of the file's
   * {@code total_steps}}
   *
   * @param path a YAML file, or JSON when its name ends in {@code .json}
   * @param at a JSON Pointer into the document, {@code ""} or starting with {@code /}
   * @throws ScheduleFileException with every error, located in the file
   */
  public static Checked check(Path path, String at) {
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
  public static Checked check(Path path, String at, @Nullable Long steps) {
    return check(path.toString(), read(path), at, steps);
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
  public static Checked check(String name, String text, String at, @Nullable Long steps) {
    Loaded loaded = parseLocated(name, text, at);
    Long n = steps != null ? steps : loaded.file().totalSteps();
    return new Checked(loaded.file(), Lint.warnings(name, loaded.file(), loaded.document(), at, n));
  }

  private record Loaded(ScheduleFile file, Located document) {}

  private static String read(Path path) {
    String text;
    try {
      if (Files.isDirectory(path)) throw new IOException("it is a directory");
      if (Files.size(path) > Reader.MAX_SIZE) {
        throw new ScheduleFileException(List.of(new Problem(path.toString(), 1, 1, "", "the file is too large: "
            + Files.size(path) + " bytes, more than " + Reader.MAX_SIZE + " (1 MiB); a schedule file is a few KB at most")));
      }
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ScheduleFileException s) throw s;
      throw new ScheduleFileException(List.of(new Problem(path.toString(), 1, 1, "",
          "cannot read the file: " + describe(e))));
    }
    return text;
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
    return parseLocated(name, text, at).file();
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

  private static Loaded parseLocated(String name, String text, String at) {
    List<Problem> problems = new ArrayList<>();
    Located document = Reader.read(name, text, problems);
    ScheduleFile file = null;
    if (document != null) {
      JsonNode target = at.isEmpty() || !at.startsWith("/") ? document.root() : document.root().at(at);
      if (!at.isEmpty() && !at.startsWith("/")) {
        problems.add(new Problem(name, 1, 1, at, at + ": a JSON Pointer must be empty or start with /, got " + at));
      } else if (target.isMissingNode()) {
        problems.add(new Problem(name, 1, 1, at, at + ": nothing at this pointer in the file"));
      } else if (embeddedElsewhere(target, at) != null) {
        String inner = embeddedElsewhere(target, at);
        Located.Position p = document.value(inner);
        problems.add(new Problem(name, p.line(), p.column(), at, (at.isEmpty() ? "/" : at)
            + ": a schedule file must have schedule or schedules, got neither; one sits at " + inner
            + ": load it with --at " + inner));
      } else if (SchemaCheck.check(name, document, at, target, problems) && problems.isEmpty()) {
        file = Binder.bind(name, document, at, problems);
      }
    }
    if (file != null && problems.isEmpty()) {
      checkCompiles(name, file, document, at, problems);
    }
    if (!problems.isEmpty()) throw new ScheduleFileException(Reader.sorted(problems));
    return new Loaded(file, document);
  }

  /**
   * When the mapping at {@code at} has neither {@code schedule} nor {@code schedules} but a mapping
   * inside it does (an experiment config read without a pointer), that mapping's pointer; else null.
   */
  private static @Nullable String embeddedElsewhere(JsonNode target, String at) {
    if (!target.isObject() || target.has("schedule") || target.has("schedules")) return null;
    for (var entry : target.properties()) {
      String inner = at + "/" + Pointers.escape(entry.getKey());
      JsonNode value = entry.getValue();
      if (value.isObject() && (value.has("schedule") || value.has("schedules"))) return inner;
      String deeper = value.isObject() ? embeddedElsewhere(value, inner) : null;
      if (deeper != null) return deeper;
    }
    return null;
  }

  /** Compiles every schedule to find the rules across nodes that a tree breaks, located in the file. */
  private static void checkCompiles(String name, ScheduleFile file, Located document, String at,
      List<Problem> problems) {
    file.schedules().forEach((schedule, node) -> {
      String root = document.schedule(at, schedule);
      try {
        node.compile(file.context());
      } catch (CompileException e) {
        String where = root + e.pointer();
        String message = e.getMessage();
        Located.Position p = document.value(where);
        MissingSettingException missing = e.missingSetting();
        if (missing != null) {
          // the setting belongs at the top of the file, beside schedule, not in the node
          p = document.value(where + "/type");
          message = missing.nodeType() + " needs " + missing.setting() + " (" + missing.meaning() + ") "
              + (at.isEmpty() ? "at the top of the file" : "in " + at) + ", beside "
              + (root.equals(at + "/schedule") ? "schedule" : "schedules") + ", got no " + missing.setting();
        }
        problems.add(new Problem(name, p.line(), p.column(), where, where + ": " + message));
      }
    });
    if (problems.isEmpty()) {
      try {
        file.compile();
      } catch (IllegalArgumentException e) {
        String where = at + "/schedules/momentum";
        Located.Position p = document.key(where);
        problems.add(new Problem(name, p.line(), p.column(), where, where + ": " + e.getMessage()));
      }
    }
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
    if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
    if (e instanceof java.nio.charset.MalformedInputException) return "it is not UTF-8 text";
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
