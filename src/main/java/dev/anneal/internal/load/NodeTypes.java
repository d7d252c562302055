package dev.anneal.internal.load;

import dev.anneal.internal.load.NodeType.Key;
import dev.anneal.internal.load.NodeType.Kind;
import dev.anneal.internal.load.NodeType.Values;
import dev.anneal.spec.Add;
import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CosineCycles;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.Hold;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.LogLinear;
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
import dev.anneal.spec.Rex;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.Warmup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one table of node types: for each, its name, record, what it does, and its keys with their
 * kinds and defaults. The binder reads files through it and the YAML writer writes through it;
 * {@code NodeTypesTest} checks it against {@code schemas/anneal.schema.json}, both ways, and against
 * the records' components. A new node type is a record, its formula and one row here.
 */
public final class NodeTypes {
  private static final List<NodeType> ROWS = List.of(
      row("constant", Constant.class,
          v -> new Constant(v.number("value"), v.steps("steps")),
          "The same value at every step.",
          number("value"), optional(Kind.PART_DURATION, "steps")),
      row("linear", Linear.class,
          v -> new Linear(v.optionalNumber("from"), v.number("to"), v.steps("steps")),
          "Straight line from `from` to `to` over `steps`.",
          optional(Kind.NUMBER, "from"), number("to"), required(Kind.PART_DURATION, "steps")),
      row("log_linear", LogLinear.class,
          v -> new LogLinear(v.optionalNumber("from"), v.number("to"), v.steps("steps")),
          "Straight line in log space from `from` to `to` over `steps` (both > 0).",
          optional(Kind.NUMBER, "from"), number("to"), required(Kind.PART_DURATION, "steps")),
      row("cosine", Cosine.class,
          v -> new Cosine(v.optionalNumber("from"), v.number("to"), v.steps("steps"), v.number("k")),
          "Half-cosine decay from `from` to `to` over `steps`.",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps"), number("k", 1.0)),
      row("cosine_cycles", CosineCycles.class,
          v -> new CosineCycles(v.optionalNumber("from"), v.number("to"), v.steps("steps"), v.number("cycles"),
              v.bool("hard_restarts")),
          "`cycles` cosine waves from `from` to `to` over `steps` (Hugging Face's cosine schedules).",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps"),
          number("cycles", 0.5), bool("hard_restarts", false)),
      row("polynomial", Polynomial.class,
          v -> new Polynomial(v.optionalNumber("from"), v.number("to"), v.steps("steps"), v.number("power"),
              v.number("k")),
          "`to + (from - to) * (1 - p^k)^power` over `steps`.",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps"),
          number("power", 1.0), number("k", 1.0)),
      row("one_minus_sqrt", OneMinusSqrt.class,
          v -> new OneMinusSqrt(v.optionalNumber("from"), v.number("to"), v.steps("steps")),
          "`to + (from - to) * (1 - sqrt(p))` over `steps` (the usual WSD cooldown).",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps")),
      row("tanh", Tanh.class,
          v -> new Tanh(v.optionalNumber("from"), v.number("to"), v.steps("steps"), v.number("lb"), v.number("ub")),
          "timm's tanh decay from `from` to `to` over `steps`, dropping to `to` at its end.",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps"),
          number("lb", -7.0), number("ub", 3.0)),
      row("rex", Rex.class,
          v -> new Rex(v.optionalNumber("from"), v.number("to"), v.steps("steps")),
          "REX decay from `from` to `to` over `steps`: `to + (from - to) * (1 - p) / (1 - 0.9 p)` (axolotl's RexLR).",
          optional(Kind.NUMBER, "from"), number("to", 0.0), required(Kind.PART_DURATION, "steps")),
      row("exponential", Exponential.class,
          v -> new Exponential(v.optionalNumber("from"), v.number("rate"), v.integer("every"), v.bool("staircase"),
              v.steps("steps")),
          "`from * rate^(t / every)`, floored exponent when `staircase`.",
          optional(Kind.NUMBER, "from"), number("rate"), integer("every", 1L), bool("staircase", false),
          optional(Kind.PART_DURATION, "steps")),
      row("step", Step.class,
          v -> new Step(v.optionalNumber("from"), v.number("gamma"), v.integer("every"), v.steps("steps")),
          "`from * gamma^floor(t / every)` (PyTorch StepLR).",
          optional(Kind.NUMBER, "from"), number("gamma"), required(Kind.INTEGER, "every"),
          optional(Kind.PART_DURATION, "steps")),
      row("multistep", MultiStep.class,
          v -> new MultiStep(v.optionalNumber("from"), v.number("gamma"), v.integers("milestones"), v.steps("steps")),
          "`from * gamma^(number of milestones <= t)` (PyTorch MultiStepLR).",
          optional(Kind.NUMBER, "from"), number("gamma"), required(Kind.INTEGERS, "milestones"),
          optional(Kind.PART_DURATION, "steps")),
      row("piecewise_constant", PiecewiseConstant.class,
          v -> new PiecewiseConstant(v.numbers("values"), v.integers("boundaries"), v.steps("steps")),
          "`values[i]` where i is the number of boundaries <= t.",
          required(Kind.NUMBERS, "values"), required(Kind.INTEGERS, "boundaries"),
          optional(Kind.PART_DURATION, "steps")),
      row("inverse_sqrt", InverseSqrt.class,
          v -> new InverseSqrt(v.optionalNumber("from"), v.number("timescale"), v.steps("steps")),
          "`from / sqrt(1 + t / timescale)`.",
          optional(Kind.NUMBER, "from"), number("timescale"), optional(Kind.PART_DURATION, "steps")),
      row("sequence", Sequence.class,
          v -> new Sequence(v.nodes("parts")),
          "Parts one after another, each seeing its own local step.",
          required(Kind.PARTS, "parts")),
      row("warmup", Warmup.class,
          v -> new Warmup(v.steps("steps"), v.number("from"), v.node("then")),
          "Linear warmup from `from` to the value of `then` at its step 0, then `then`.",
          required(Kind.DURATION, "steps"), number("from", 0.0), required(Kind.NODE, "then")),
      row("restarts", Restarts.class,
          v -> new Restarts(v.node("of"), v.number("period_mult"), v.number("decay"), v.optionalInteger("cycles")),
          "Repeats `of` in cycles of growing length with decaying peaks (SGDR).",
          required(Kind.NODE, "of"), number("period_mult", 1.0), number("decay", 1.0),
          optional(Kind.INTEGER, "cycles")),
      row("scale", Scale.class,
          v -> new Scale(v.number("by"), v.node("of")),
          "`by * of(t)`.", number("by"), required(Kind.NODE, "of")),
      row("multiply", Multiply.class,
          v -> new Multiply(v.nodes("of")),
          "Product of the values of all members at t.", required(Kind.NODES, "of")),
      row("add", Add.class,
          v -> new Add(v.nodes("of")),
          "Sum of the values of all members at t.", required(Kind.NODES, "of")),
      row("clamp", Clamp.class,
          v -> new Clamp(v.optionalNumber("min"), v.optionalNumber("max"), v.node("of")),
          "`of(t)` bounded to [min, max].",
          optional(Kind.NUMBER, "min"), optional(Kind.NUMBER, "max"), required(Kind.NODE, "of")),
      row("shift", Shift.class,
          v -> new Shift(v.integer("by"), v.node("of")),
          "`of(max(0, t - by))`.", required(Kind.INTEGER, "by"), required(Kind.NODE, "of")),
      row("hold", Hold.class,
          v -> new Hold(v.integer("every"), v.node("of")),
          "`of(floor(t / every))`: each value of `of` held for `every` steps.",
          required(Kind.INTEGER, "every"), required(Kind.NODE, "of")),
      torch("StepLR", StepLR.class,
          v -> new StepLR(v.integer("step_size"), v.number("gamma")),
          "PyTorch StepLR: multiply by `gamma` every `step_size` steps.",
          required(Kind.INTEGER, "step_size"), number("gamma", 0.1)),
      torch("MultiStepLR", MultiStepLR.class,
          v -> new MultiStepLR(v.integers("milestones"), v.number("gamma")),
          "PyTorch MultiStepLR: multiply by `gamma` at each milestone.",
          required(Kind.INTEGERS, "milestones"), number("gamma", 0.1)),
      torch("ConstantLR", ConstantLR.class,
          v -> new ConstantLR(v.number("factor"), v.integer("total_iters")),
          "PyTorch ConstantLR: `factor` times the lr until `total_iters`.",
          number("factor", 1.0 / 3), integer("total_iters", 5L)),
      torch("LinearLR", LinearLR.class,
          v -> new LinearLR(v.number("start_factor"), v.number("end_factor"), v.integer("total_iters")),
          "PyTorch LinearLR: factor goes linearly from `start_factor` to `end_factor`.",
          number("start_factor", 1.0 / 3), number("end_factor", 1.0), integer("total_iters", 5L)),
      torch("ExponentialLR", ExponentialLR.class,
          v -> new ExponentialLR(v.number("gamma")),
          "PyTorch ExponentialLR: multiply by `gamma` every step.",
          number("gamma")),
      torch("PolynomialLR", PolynomialLR.class,
          v -> new PolynomialLR(v.integer("total_iters"), v.number("power")),
          "PyTorch PolynomialLR: polynomial decay to 0 over `total_iters`.",
          integer("total_iters", 5L), number("power", 1.0)),
      torch("CosineAnnealingLR", CosineAnnealingLR.class,
          v -> new CosineAnnealingLR(v.integer("T_max"), v.number("eta_min")),
          "PyTorch CosineAnnealingLR (recursive form; goes back up after `T_max`).",
          required(Kind.INTEGER, "T_max"), number("eta_min", 0.0)),
      torch("CosineAnnealingWarmRestarts", CosineAnnealingWarmRestarts.class,
          v -> new CosineAnnealingWarmRestarts(v.integer("T_0"), v.integer("T_mult"),
              v.number("eta_min")),
          "PyTorch CosineAnnealingWarmRestarts (SGDR).",
          required(Kind.INTEGER, "T_0"), integer("T_mult", 1L), number("eta_min", 0.0)),
      torch("CyclicLR", CyclicLR.class,
          v -> new CyclicLR(v.number("base_lr"), v.number("max_lr"), v.number("step_size_up"),
              v.optionalNumber("step_size_down"), v.string("mode"), v.number("gamma"), v.string("scale_mode"),
              v.bool("cycle_momentum"), v.number("base_momentum"), v.number("max_momentum")),
          "PyTorch CyclicLR (no `scale_fn`); also schedules momentum.",
          number("base_lr"), number("max_lr"), number("step_size_up", 2000.0), optional(Kind.NUMBER, "step_size_down"),
          string("mode", "triangular", "triangular2", "exp_range"), number("gamma", 1.0),
          string("scale_mode", "cycle", "iterations"), bool("cycle_momentum", true), number("base_momentum", 0.8),
          number("max_momentum", 0.9)),
      torch("OneCycleLR", OneCycleLR.class,
          v -> new OneCycleLR(v.number("max_lr"), v.optionalInteger("total_steps"), v.optionalInteger("epochs"),
              v.optionalInteger("steps_per_epoch"), v.number("pct_start"), v.string("anneal_strategy"),
              v.bool("cycle_momentum"), v.number("base_momentum"), v.number("max_momentum"), v.number("div_factor"),
              v.number("final_div_factor"), v.bool("three_phase")),
          "PyTorch OneCycleLR (1cycle policy); also schedules momentum.",
          number("max_lr"), optional(Kind.INTEGER, "total_steps"), optional(Kind.INTEGER, "epochs"),
          optional(Kind.INTEGER, "steps_per_epoch"), number("pct_start", 0.3), string("anneal_strategy", "cos", "linear"),
          bool("cycle_momentum", true), number("base_momentum", 0.85), number("max_momentum", 0.95),
          number("div_factor", 25.0), number("final_div_factor", 1e4), bool("three_phase", false)),
      torch("SequentialLR", SequentialLR.class,
          v -> new SequentialLR(v.torchNodes("schedulers"), v.integers("milestones")),
          "PyTorch SequentialLR: schedulers one after another.",
          required(Kind.TORCH_NODES, "schedulers"), required(Kind.INTEGERS, "milestones")),
      // ChainedScheduler takes no last_epoch: it steps schedulers that are already built
      new NodeType("torch.ChainedScheduler", ChainedScheduler.class,
          v -> new ChainedScheduler(v.torchNodes("schedulers")), false,
          "PyTorch ChainedScheduler: all schedulers step together.", List.of(required(Kind.TORCH_NODES, "schedulers"))));

  private static final Map<String, NodeType> BY_NAME = new LinkedHashMap<>();
  private static final Map<Class<?>, NodeType> BY_RECORD = new LinkedHashMap<>();

  static {
    for (NodeType row : ROWS) {
      BY_NAME.put(row.name(), row);
      BY_RECORD.put(row.record(), row);
    }
  }

  private NodeTypes() {}

  /** {@return every node type, in the order of the format's tables} */
  public static List<NodeType> all() {
    return ROWS;
  }

  /** {@return every node type name, in the order of the format's tables} */
  public static Set<String> names() {
    return BY_NAME.keySet();
  }

  /** {@return the node type named {@code name}, or null} */
  public static @Nullable NodeType named(String name) {
    return BY_NAME.get(name);
  }

  /** {@return the node type of {@code node}} */
  public static NodeType of(Node node) {
    NodeType row = BY_RECORD.get(node.getClass());
    if (row == null) throw new IllegalStateException("no row for " + node.getClass());
    return row;
  }

  private static NodeType row(String name, Class<? extends Node> record, Function<Values, Node> builder, String doc,
      Key... keys) {
    return new NodeType(name, record, builder, false, doc, List.of(keys));
  }

  private static NodeType torch(String name, Class<? extends Node> record, Function<Values, Node> builder,
      String doc, Key... keys) {
    return new NodeType("torch." + name, record, builder, true, doc, List.of(keys));
  }

  private static Key required(Kind kind, String name) {
    return new Key(name, kind, true, null, List.of());
  }

  private static Key optional(Kind kind, String name) {
    return new Key(name, kind, false, null, List.of());
  }

  private static Key number(String name) {
    return required(Kind.NUMBER, name);
  }

  private static Key number(String name, double byDefault) {
    return new Key(name, Kind.NUMBER, false, byDefault, List.of());
  }

  private static Key integer(String name, long byDefault) {
    return new Key(name, Kind.INTEGER, false, byDefault, List.of());
  }

  private static Key bool(String name, boolean byDefault) {
    return new Key(name, Kind.BOOLEAN, false, byDefault, List.of());
  }

  /** A string key taking one of {@code values}, the first by default. */
  private static Key string(String name, String... values) {
    return new Key(name, Kind.STRING, false, values[0], List.of(values));
  }
}
