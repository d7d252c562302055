package dev.anneal.internal.compile;

import dev.anneal.internal.torch.MissingSettingException;
import dev.anneal.internal.torch.TorchCompiler;
import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Compiles a node tree into a {@link Curve}. A compiler works at one time stretch (1 outside
 * {@code restarts}; {@code L_i / D} inside cycle {@code i}), which multiplies every duration.
 */
public final class Compiler {
  private final Context context;
  private final double stretchNum;
  private final double stretchDen;
  private final @Nullable Long restSteps;

  private Compiler(Context context, double stretchNum, double stretchDen, @Nullable Long restSteps) {
    this.context = context;
    this.stretchNum = stretchNum;
    this.stretchDen = stretchDen;
    this.restSteps = restSteps;
  }

  /** {@return {@code node} compiled into a curve; a PyTorch scheduler at the root keeps its own bulk fill} */
  public static Curve curve(Node node, Context context) {
    return new Compiler(context, 1, 1, null).compile(node, null).curve();
  }

  /**
   * {@return the momentum that the {@code lr} schedule sets (a cycling torch scheduler with
   * {@code cycle_momentum}), or null when it sets none}
   *
   * @throws SpecException when the schedules name a {@code momentum} too
   */
  public static @Nullable LongToDoubleFunction momentum(Map<String, Node> schedules, Context context) {
    if (!(schedules.get("lr") instanceof TorchNode torch)) return null;
    LongToDoubleFunction momentum = TorchCompiler.momentum(torch, context);
    if (momentum != null && schedules.containsKey("momentum")) {
      throw new SpecException("momentum", "schedules: momentum must be given once, got a momentum schedule"
          + " and the momentum of " + torch.type() + " (cycle_momentum: true)");
    }
    return momentum;
  }

  /**
   * Where each part of a (top-level) {@code sequence} starts and ends, for plots, explanations and
   * lint; the sequence must compile in {@code context}.
   */
  public static SequenceParts layout(Sequence sequence, Context context) {
    return Combinators.layout(new Compiler(context, 1, 1, null), sequence);
  }

  /** The duration of {@code node} in steps, {@link Double#NaN} when it goes on forever; it must compile. */
  public static double duration(Node node, Context context) {
    return new Compiler(context, 1, 1, null).compile(node, null).duration();
  }

  /** A compiler for the same context whose durations are further stretched by {@code num / den}. */
  Compiler stretched(double num, double den) {
    return new Compiler(context, stretchNum * num, stretchDen * den, null);
  }

  /** A compiler for the same context without stretch, to measure a part's own duration. */
  Compiler unstretched() {
    return new Compiler(context, 1, 1, null);
  }

  /** A compiler for the one part of a sequence whose duration is {@code rest}. */
  Compiler withRest(long steps) {
    return new Compiler(context, stretchNum, stretchDen, steps);
  }

  /**
   * Compiles {@code node}; {@code previousEnd} is the value where the previous part of a sequence
   * ended, used when the node omits {@code from}.
   */
  Compiled compile(Node node, @Nullable Double previousEnd) {
    try {
      return compileNode(node, previousEnd);
    } catch (CompileException e) {
      throw e;
    } catch (MissingSettingException e) {
      throw CompileException.missing(e);
    } catch (SpecException e) {
      throw new CompileException("/" + e.pointer(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CompileException("", e.getMessage());
    }
  }

  /** Compiles the node held under {@code key} (e.g. {@code of}, {@code parts/1}), locating its problems there. */
  Compiled child(Node node, String key, @Nullable Double previousEnd) {
    try {
      return compile(node, previousEnd);
    } catch (CompileException e) {
      throw e.under(key);
    }
  }

  private Compiled compileNode(Node node, @Nullable Double previousEnd) {
    if (node instanceof Constant c) {
      double value = c.value();
      return new Compiled(t -> value, optional(c.steps()));
    } else if (node instanceof Linear l) {
      return Shapes.linear(from(l, l.from(), previousEnd), l.to(), duration(l.steps()));
    } else if (node instanceof Cosine c) {
      return Shapes.cosine(from(c, c.from(), previousEnd), c.to(), duration(c.steps()));
    } else if (node instanceof Polynomial p) {
      return Shapes.polynomial(from(p, p.from(), previousEnd), p.to(), duration(p.steps()), p.power());
    } else if (node instanceof OneMinusSqrt o) {
      return Shapes.oneMinusSqrt(from(o, o.from(), previousEnd), o.to(), duration(o.steps()));
    } else if (node instanceof Exponential e) {
      return new Compiled(Shapes.exponential(from(e, e.from(), previousEnd), e.rate(), e.every(),
          e.staircase()), optional(e.steps()));
    } else if (node instanceof Step s) {
      return new Compiled(Shapes.step(from(s, s.from(), previousEnd), s.gamma(), s.every()),
          optional(s.steps()));
    } else if (node instanceof MultiStep m) {
      return new Compiled(Shapes.multistep(from(m, m.from(), previousEnd), m.gamma(), m.milestones()),
          optional(m.steps()));
    } else if (node instanceof PiecewiseConstant p) {
      return new Compiled(Shapes.piecewise(p.values(), p.boundaries()), optional(p.steps()));
    } else if (node instanceof InverseSqrt i) {
      return new Compiled(Shapes.inverseSqrt(from(i, i.from(), previousEnd), i.timescale()),
          optional(i.steps()));
    } else if (node instanceof Sequence s) {
      return Combinators.sequence(this, s);
    } else if (node instanceof Warmup w) {
      return Combinators.warmup(duration(w.steps()), w.from(), child(w.then(), "then", null));
    } else if (node instanceof Restarts r) {
      return RestartsCurve.compile(this, r);
    } else if (node instanceof Scale s) {
      return Combinators.scale(s.by(), child(s.of(), "of", null));
    } else if (node instanceof Multiply m) {
      return Combinators.multiply(compileAll(m.of()));
    } else if (node instanceof Add a) {
      return Combinators.add(compileAll(a.of()));
    } else if (node instanceof Clamp c) {
      return Combinators.clamp(c.min(), c.max(), child(c.of(), "of", null));
    } else if (node instanceof Shift s) {
      return Combinators.shift(s.by(), child(s.of(), "of", null));
    } else if (node instanceof TorchNode t) {
      return Compiled.endless(new ReplayCurve(TorchCompiler.lr(t, context)));
    }
    throw new IllegalStateException("unknown node " + node.type());
  }

  private List<Compiled> compileAll(List<Node> nodes) {
    List<Compiled> compiled = new java.util.ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) compiled.add(child(nodes.get(i), "of/" + i, null));
    return compiled;
  }

  /** A duration in (stretched) steps. */
  double duration(Steps steps) {
    if (steps == Steps.rest() && restSteps != null) return stretch(restSteps);
    try {
      return stretch(steps.resolve(context));
    } catch (SpecException e) {
      throw e;
    } catch (IllegalArgumentException e) {
      throw new SpecException("steps", e.getMessage());
    }
  }

  double stretch(double steps) {
    return stretchNum == stretchDen ? steps : steps * stretchNum / stretchDen;
  }

  /**
   * The whole steps the {@code rest} part {@code restIndex} of a sequence's {@code parts} takes
   * (unstretched); a {@link SpecException} when it is not given or would be {@code < 1}.
   */
  public static long rest(Context context, List<Node> parts, int restIndex) {
    if (context.totalSteps() == null) throw noTotalSteps();
    return Combinators.restSteps(new Compiler(context, 1, 1, null), parts, restIndex);
  }

  private static SpecException noTotalSteps() {
    return new SpecException("rest", "sequence: steps rest needs total_steps in the file, got no total_steps");
  }

  /** The whole steps a sequence's {@code rest} part takes: {@code total_steps} minus the others. */
  long rest(long others) {
    if (context.totalSteps() == null) throw noTotalSteps();
    long rest = context.totalSteps() - others;
    if (rest < 1) {
      throw SpecException.of("sequence", "rest", ">= 1 step", rest + " (total_steps " + context.totalSteps()
          + " minus " + others + " steps of the other parts)");
    }
    return rest;
  }

  Context context() {
    return context;
  }

  private double optional(@Nullable Steps steps) {
    return steps == null ? Double.NaN : duration(steps);
  }

  private static double from(Node node, @Nullable Double from, @Nullable Double previousEnd) {
    if (from != null) return from;
    if (previousEnd != null) return previousEnd;
    throw SpecException.of(node.type(), "from", "given (only a later part of a sequence may leave it out)",
        "nothing");
  }
}
