package dev.anneal.internal.compile;

import dev.anneal.internal.torch.MissingSettingException;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException.Reason;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import java.util.HashMap;
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

  /** Where each node compiled at this compiler's own time scale goes, by pointer; null: nowhere. */
  private final @Nullable Map<String, Compiled> recorded;
  /** The pointer of the node this compiler compiles, relative to the root ({@code ""}). */
  private final String path;

  private Compiler(Context context, double stretchNum, double stretchDen, @Nullable Long restSteps,
      @Nullable Map<String, Compiled> recorded, String path) {
    this.context = context;
    this.stretchNum = stretchNum;
    this.stretchDen = stretchDen;
    this.restSteps = restSteps;
    this.recorded = recorded;
    this.path = path;
  }

  private Compiler(Context context) {
    this(context, 1, 1, null, null, "");
  }


  /**
   * {@return {@code node} compiled once, with what every node of it compiled into: durations,
   * sequence layouts, curves}
   *
   * @throws CompileException when a rule across nodes is broken, located relative to the root
   */
  public static CompiledTree tree(Node node, Context context) {
    Map<String, Compiled> recorded = new HashMap<>();
    new Compiler(context, 1, 1, null, recorded, "").compile(node, null);
    return new CompiledTree(recorded);
  }

  /**
   * {@return the momentum that the {@code lr} schedule sets (a cycling torch scheduler with
   * {@code cycle_momentum}), or null when it sets none}
   *
   * @throws SpecException when the schedules name a {@code momentum} too
   */
  public static @Nullable LongToDoubleFunction momentum(Map<String, Node> schedules, @Nullable CompiledTree lr) {
    LongToDoubleFunction momentum = lr == null ? null : lr.momentum();
    if (momentum != null && schedules.containsKey("momentum")) {
      Node torch = schedules.get("lr");
      throw new SpecException("momentum", Reason.DUPLICATE_MOMENTUM, "schedules: momentum must be given once, got a momentum schedule"
          + " and the momentum of " + torch.type() + " (cycle_momentum: true)");
    }
    return momentum;
  }



  /** A compiler for the same context whose durations are further stretched by {@code num / den}. */
  Compiler stretched(double num, double den) {
    return new Compiler(context, stretchNum * num, stretchDen * den, null, null, path);
  }

  /** A compiler for the same context without stretch, to measure a part's own duration. */
  Compiler unstretched() {
    return new Compiler(context);
  }

  /** A compiler for the one part of a sequence whose duration is {@code rest}. */
  Compiler withRest(long steps) {
    return new Compiler(context, stretchNum, stretchDen, steps, recorded, path);
  }

  /**
   * Compiles {@code node}; {@code previousEnd} is the value where the previous part of a sequence
   * ended, used when the node omits {@code from}.
   */
  Compiled compile(Node node, @Nullable Double previousEnd) {
    try {
      Compiled compiled = node.accept(new NodeCompiler(this, previousEnd));
      if (recorded != null) recorded.put(path, compiled);
      return compiled;
    } catch (CompileException e) {
      throw e;
    } catch (MissingSettingException e) {
      throw CompileException.missing(e);
    } catch (SpecException e) {
      throw new CompileException("/" + e.pointer(), e.reason(), e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new CompileException("", Reason.INVALID_VALUE, e.getMessage());
    }
  }

  /** Compiles the node held under {@code key} (e.g. {@code of}, {@code parts/1}), locating its problems there. */
  Compiled child(Node node, String key, @Nullable Double previousEnd) {
    Compiler child = recorded == null ? this
        : new Compiler(context, stretchNum, stretchDen, restSteps, recorded, path + "/" + key);
    try {
      return child.compile(node, previousEnd);
    } catch (CompileException e) {
      throw e.under(key);
    }
  }

  /** A duration in (stretched) steps. */
  double duration(Steps steps) {
    if (steps == Steps.rest() && restSteps != null) return stretch(restSteps);
    return stretch(steps.resolve(context));
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
    return Combinators.restSteps(new Compiler(context), parts, restIndex);
  }

  private static SpecException noTotalSteps() {
    return new SpecException("rest", Reason.MISSING_SETTING, "sequence: steps rest needs total_steps in the file, got no total_steps");
  }

  /** The whole steps a sequence's {@code rest} part takes: {@code total_steps} minus the others. */
  long rest(long others) {
    if (context.totalSteps() == null) throw noTotalSteps();
    long rest = context.totalSteps() - others;
    if (rest < 1) {
      throw SpecException.of(Reason.REST_TOO_SMALL, "sequence", "rest", ">= 1 step", rest + " (total_steps " + context.totalSteps()
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
