package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Add;
import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Context;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.MultiStepLR;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.PolynomialLR;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.Shift;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Step;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Warmup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Binds a parsed document to the spec tree. Node types come from a closed table; no class name is
 * ever read from the input. Every problem is collected with its place in the file.
 */
public final class Binder {
  private static final Map<String, Function<Fields, Node>> TYPES = new LinkedHashMap<>();
  private static final Map<String, String> REFUSED = Map.of(
      "torch.LambdaLR", "it runs a Python function (lr_lambda); write the same curve with native nodes"
          + " (warmup, cosine, polynomial, scale, multiply...)",
      "torch.MultiplicativeLR", "it runs a Python function (lr_lambda); write the same curve with native"
          + " nodes (exponential, step, multistep...)",
      "torch.ReduceLROnPlateau", "it follows a validation metric, so its value is not a function of the"
          + " step; use a fixed decay such as multistep or torch.MultiStepLR");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  static {
    TYPES.put("constant", f -> new Constant(f.number("value"), f.optionalDuration("steps")));
    TYPES.put("linear", f -> new Linear(f.optionalNumber("from"), f.number("to"), f.duration("steps")));
    TYPES.put("cosine", f -> new Cosine(f.optionalNumber("from"), f.number("to", 0), f.duration("steps")));
    TYPES.put("polynomial", f -> new Polynomial(f.optionalNumber("from"), f.number("to", 0),
        f.duration("steps"), f.number("power", 1)));
    TYPES.put("one_minus_sqrt", f -> new OneMinusSqrt(f.optionalNumber("from"), f.number("to", 0),
        f.duration("steps")));
    TYPES.put("exponential", f -> new Exponential(f.optionalNumber("from"), f.number("rate"),
        f.integer("every", 1), f.bool("staircase", false), f.optionalDuration("steps")));
    TYPES.put("step", f -> new Step(f.optionalNumber("from"), f.number("gamma"), f.integer("every"),
        f.optionalDuration("steps")));
    TYPES.put("multistep", f -> new MultiStep(f.optionalNumber("from"), f.number("gamma"),
        f.integers("milestones"), f.optionalDuration("steps")));
    TYPES.put("piecewise_constant", f -> new PiecewiseConstant(f.numbers("values"),
        f.integers("boundaries"), f.optionalDuration("steps")));
    TYPES.put("inverse_sqrt", f -> new InverseSqrt(f.optionalNumber("from"), f.number("timescale"),
        f.optionalDuration("steps")));
    TYPES.put("sequence", f -> {
      List<Node> parts = f.nodes("parts");
      f.restAtMostOnce("parts", parts);
      return new Sequence(parts);
    });
    TYPES.put("warmup", f -> new Warmup(f.duration("steps"), f.number("from", 0), f.node("then")));
    TYPES.put("restarts", f -> new Restarts(f.node("of"), f.number("period_mult", 1),
        f.number("decay", 1), f.optionalInteger("cycles")));
    TYPES.put("scale", f -> new Scale(f.number("by"), f.node("of")));
    TYPES.put("multiply", f -> new Multiply(f.nodes("of")));
    TYPES.put("add", f -> new Add(f.nodes("of")));
    TYPES.put("clamp", f -> new Clamp(f.optionalNumber("min"), f.optionalNumber("max"), f.node("of")));
    TYPES.put("shift", f -> new Shift(f.integer("by"), f.node("of")));
    TYPES.put("torch.StepLR", f -> new StepLR(f.integer("step_size"), f.number("gamma", 0.1)));
    TYPES.put("torch.MultiStepLR", f -> new MultiStepLR(f.integers("milestones"), f.number("gamma", 0.1)));
    TYPES.put("torch.ConstantLR", f -> new ConstantLR(f.number("factor", 1.0 / 3), f.integer("total_iters", 5)));
    TYPES.put("torch.LinearLR", f -> new LinearLR(f.number("start_factor", 1.0 / 3),
        f.number("end_factor", 1.0), f.integer("total_iters", 5)));
    TYPES.put("torch.ExponentialLR", f -> new ExponentialLR(f.number("gamma")));
    TYPES.put("torch.PolynomialLR", f -> new PolynomialLR(f.integer("total_iters", 5), f.number("power", 1.0)));
    TYPES.put("torch.CosineAnnealingLR", f -> new CosineAnnealingLR(f.integer("T_max"), f.number("eta_min", 0)));
    TYPES.put("torch.CosineAnnealingWarmRestarts", f -> new CosineAnnealingWarmRestarts(
        f.integer("T_0"), f.integer("T_mult", 1), f.number("eta_min", 0)));
    TYPES.put("torch.CyclicLR", f -> new CyclicLR(f.number("base_lr"), f.number("max_lr"),
        f.number("step_size_up", 2000), f.optionalNumber("step_size_down"),
        f.string("mode", "triangular"), f.number("gamma", 1.0), f.string("scale_mode", "cycle"),
        f.bool("cycle_momentum", true), f.number("base_momentum", 0.8), f.number("max_momentum", 0.9)));
    TYPES.put("torch.OneCycleLR", f -> new OneCycleLR(f.number("max_lr"), f.optionalInteger("total_steps"),
        f.optionalInteger("epochs"), f.optionalInteger("steps_per_epoch"), f.number("pct_start", 0.3),
        f.string("anneal_strategy", "cos"), f.bool("cycle_momentum", true),
        f.number("base_momentum", 0.85), f.number("max_momentum", 0.95), f.number("div_factor", 25.0),
        f.number("final_div_factor", 1e4), f.bool("three_phase", false)));
    TYPES.put("torch.SequentialLR", f -> new SequentialLR(f.torchNodes("schedulers"), f.integers("milestones")));
    TYPES.put("torch.ChainedScheduler", f -> new ChainedScheduler(f.torchNodes("schedulers")));
  }

  private final Located document;
  private final Report report;
  /** The file's settings that durations resolve against; null when they are themselves broken. */
  private @Nullable Context durations;

  private Binder(String file, Located document, List<Problem> problems) {
    this.document = document;
    this.report = new Report(file, document, problems);
  }

  /** Where this binder's problems go. */
  Report report() {
    return report;
  }

  /** Every node type name, in the order of the format's tables. */
  static Set<String> types() {
    return TYPES.keySet();
  }

  /** Why a known but unsupported type (torch.LambdaLR...) is refused, or null. */
  public static @Nullable String refused(String type) {
    return REFUSED.get(type);
  }

  /** Binds the mapping at {@code pointer} ("" for the root) as a schedule file; null on problems. */
  public static Loader.@Nullable Loaded bind(String file, Located document, String pointer, List<Problem> problems) {
    Binder binder = new Binder(file, document, problems);
    JsonNode at = pointer.isEmpty() ? document.root() : document.root().at(pointer);
    if (at.isMissingNode()) {
      problems.add(new Problem(file, 1, 1, pointer, Rule.NOTHING_AT_POINTER, "nothing at this pointer in the file"));
      return null;
    }
    return binder.file(at, pointer);
  }

  private Loader.@Nullable Loaded file(JsonNode root, String pointer) {
    if (!root.isObject()) {
      report.atValue(pointer, Rule.ROOT_NOT_A_MAPPING,
          "a schedule file must be a mapping with schedule or schedules, got " + Report.show(root));
      return null;
    }
    Fields f = new Fields(this, root, pointer, "a schedule file");
    Long totalSteps = f.optionalInteger("total_steps");
    Long stepsPerEpoch = f.optionalInteger("steps_per_epoch");
    Double baseLr = f.optionalNumber("base_lr");
    boolean settingsOk = f.ok() && (totalSteps == null || totalSteps >= 1)
        && (stepsPerEpoch == null || stepsPerEpoch >= 1);
    durations = settingsOk ? new Context(totalSteps, stepsPerEpoch, null) : null;
    Map<String, Node> schedules = new LinkedHashMap<>();
    boolean single = f.has("schedule");
    boolean several = f.has("schedules");
    if (single && several) {
      f.fail("schedules", Rule.SCHEDULE_AND_SCHEDULES, "schedule and schedules must not both be given, got both");
    } else if (!single && !several) {
      report.atValue(pointer, Rule.MISSING_SCHEDULE, "a schedule file must have schedule or schedules, got neither");
      f.invalidate();
    } else if (single) {
      Node lr = f.node("schedule");
      if (lr != null) schedules.put("lr", lr);
    } else {
      schedules(root.get("schedules"), f.pointer("schedules"), schedules, f);
    }
    f.rejectUnknown();
    checkPositive(f, "total_steps", totalSteps);
    checkPositive(f, "steps_per_epoch", stepsPerEpoch);
    if (!f.ok()) return null;
    try {
      return new Loader.Loaded(new Context(totalSteps, stepsPerEpoch, baseLr), schedules, document);
    } catch (IllegalArgumentException e) {
      f.fail("base_lr", e.getMessage());
      return null;
    }
  }

  private void checkPositive(Fields f, String key, @Nullable Long value) {
    if (value != null && value < 1 && !report.isBroken(f.pointer(key))) {
      f.fail(key, Rule.OUT_OF_RANGE, key + " must be >= 1, got " + value);
    }
  }

  private void schedules(JsonNode map, String pointer, Map<String, Node> out, Fields f) {
    if (!map.isObject()) {
      f.fail("schedules", Rule.TYPE_MISMATCH, "schedules must be a mapping of names to nodes, got " + Report.show(map));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      String name = entry.getKey();
      String at = pointer + "/" + Pointers.escape(name);
      if (!NAME.matcher(name).matches()) {
        f.invalidate();
        report.atKey(at, Rule.INVALID_SCHEDULE_NAME, "schedule names must match [a-z][a-z0-9_]*, got " + name, null);
        continue;
      }
      Node node = node(entry.getValue(), at);
      if (node == null) {
        f.invalidate();
      } else {
        out.put(name, node);
      }
    }
  }

  /** Binds one node; null when it has problems (already reported). */
  @Nullable Node node(JsonNode value, String pointer) {
    if (!value.isObject()) {
      if (!report.isBroken(pointer)) {
        report.atValue(pointer, Rule.NODE_NOT_A_MAPPING, "a node must be a mapping with a type, got " + Report.show(value));
      }
      return null;
    }
    JsonNode type = value.get("type");
    if (type == null || !type.isString()) {
      report.atValue(pointer, type == null ? Rule.MISSING_TYPE : Rule.TYPE_MISMATCH,
          "a node must have a type (one of " + String.join(", ", TYPES.keySet())
          + "), got " + (type == null ? "no type" : Report.show(type)));
      return null;
    }
    String name = type.stringValue();
    String refused = REFUSED.get(name);
    if (refused != null) {
      report.atValue(pointer + "/type", Rule.UNSUPPORTED_TYPE, name + " is not supported: " + refused);
      return null;
    }
    Function<Fields, Node> reader = TYPES.get(name);
    if (reader == null) {
      String hint = Suggest.closest(name, TYPES.keySet());
      report.atValue(pointer + "/type", Rule.UNKNOWN_TYPE, "type must be a known node type, got " + name
          + (hint == null ? "" : "; did you mean " + hint + "?"), hint);
      return null;
    }
    Fields f = new Fields(this, value, pointer, name);
    f.allow("type");
    if (name.startsWith("torch.") && !name.equals("torch.ChainedScheduler")) {
      // PyTorch's own constructor arguments, as copied from Python: a new run, printing nothing
      if (f.has("last_epoch") && f.integer("last_epoch") != -1 && f.ok()) {
        f.fail("last_epoch", Rule.FIXED_VALUE, name + ": last_epoch must be -1 (a new run; to resume,"
            + " ask for the value at step k), got " + value.get("last_epoch"));
      }
      f.bool("verbose", false);
    }
    Node node;
    try {
      node = reader.apply(f);
    } catch (SpecException e) {
      f.rejectUnknown();
      if (f.ok()) f.fail(e.pointer(), e.getMessage());
      return null;
    }
    f.rejectUnknown();
    return f.ok() ? node : null;
  }

  /** Why {@code steps} cannot be resolved with the file's settings, or null when it can (or cannot be told). */
  @Nullable String unresolvable(Steps steps) {
    if (durations == null) return null;
    try {
      steps.resolve(durations);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /**
   * Why the {@code rest} part {@code restIndex} of a sequence cannot be resolved with the file's
   * settings (no total_steps, or nothing left), or null when it can or when that cannot be told yet.
   */
  @Nullable SpecException restProblem(List<Node> parts, int restIndex) {
    if (durations == null) return null;
    try {
      Compiler.rest(durations, parts, restIndex);
      return null;
    } catch (SpecException e) {
      return e;
    } catch (IllegalArgumentException e) {
      return null; // another part is broken: compiling the whole file reports it
    }
  }
}
