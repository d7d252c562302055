package dev.anneal.internal.compile;

import dev.anneal.internal.torch.MissingSettingException;
import dev.anneal.internal.torch.TorchCompiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import dev.anneal.spec.TorchNode;
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
      return node.accept(new NodeCompiler(this, previousEnd));
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

  double optional(@Nullable Steps steps) {
    return steps == null ? Double.NaN : duration(steps);
  }
}
