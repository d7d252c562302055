package dev.anneal.internal.torch;

import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.Context;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.MultiStepLR;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.PolynomialLR;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.StepLR;
import dev.anneal.spec.TorchNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Builds schedulers the way PyTorch constructs them: in file order, on one optimizer whose
 * {@code lr} starts at the file's {@code base_lr}. The first scheduler fixes {@code initial_lr}
 * (CyclicLR sets the lr to its own {@code base_lr} first; OneCycleLR overwrites
 * {@code initial_lr}), and every constructor takes one step.
 */
public final class TorchCompiler {
  private @Nullable Double groupLr;
  private @Nullable Double initialLr;

  private TorchCompiler(@Nullable Double baseLr) {
    this.groupLr = baseLr;
  }

  /** {@return the learning rate the optimizer holds after each step, as a replay of the scheduler} */
  public static Replay lr(TorchNode node, Context context) {
    return new Replay(new TorchCompiler(context.baseLr()).build(node));
  }

  /** A built scheduler: its values one at a time, or in bulk, where a replay goes forward row by row. */
  public static final class Replay {
    private final Scheduler scheduler;

    private Replay(Scheduler scheduler) {
      this.scheduler = scheduler;
    }

    /** {@return the optimizer's lr after {@code k} steps} */
    public double value(long k) {
      return scheduler.value(k);
    }

    /** The values at {@code from}, {@code from + every}, ... into {@code into}; the arguments are checked. */
    public void fill(double[] into, long from, long every) {
      scheduler.fill(into, from, every);
    }
  }

  /** {@return the momentum the optimizer holds after each step, or null when the scheduler sets none} */
  public static @Nullable LongToDoubleFunction momentum(TorchNode node, Context context) {
    Scheduler scheduler = new TorchCompiler(context.baseLr()).build(node);
    return scheduler.hasMomentum() ? scheduler::momentum : null;
  }

  private Scheduler build(TorchNode node) {
    if (node instanceof CyclicLR c) {
      groupLr = c.baseLr();
      if (initialLr == null) initialLr = c.baseLr();
      return constructed(new Cyclic(c, initialLr));
    } else if (node instanceof OneCycleLR o) {
      OneCycle oneCycle = new OneCycle(o);
      initialLr = oneCycle.initialLr();
      return constructed(oneCycle);
    } else if (node instanceof CosineAnnealingWarmRestarts w) {
      return constructed(new WarmRestarts(w, base(node)));
    } else if (node instanceof SequentialLR s) {
      List<Scheduler> children = buildAll(s.schedulers());
      groupLr = initialLr;
      return constructed(new Sequential(children, s.milestones(), initialLr));
    } else if (node instanceof ChainedScheduler c) {
      double before = groupLr == null ? Double.NaN : groupLr;
      return new Chained(buildAll(c.schedulers()), before);
    }
    return constructed(chainable(node, base(node)));
  }

  private static Chainable chainable(TorchNode node, double base) {
    if (node instanceof StepLR s) return Leaves.step(s, base);
    if (node instanceof MultiStepLR m) return Leaves.multiStep(m, base);
    if (node instanceof ConstantLR c) return Leaves.constant(c, base);
    if (node instanceof LinearLR l) return Leaves.linear(l, base);
    if (node instanceof ExponentialLR e) return Leaves.exponential(e, base);
    if (node instanceof PolynomialLR p) return Leaves.polynomial(p, base);
    if (node instanceof CosineAnnealingLR c) return Leaves.cosine(c, base);
    throw new IllegalStateException("unknown torch node " + node.type());
  }

  private List<Scheduler> buildAll(List<TorchNode> nodes) {
    List<Scheduler> built = new ArrayList<>();
    for (TorchNode child : nodes) built.add(build(child));
    return built;
  }

  /** {@code group.setdefault('initial_lr', group['lr'])}, then {@code base_lrs = initial_lr}. */
  private double base(TorchNode node) {
    if (initialLr == null) {
      if (groupLr == null) {
        throw new MissingSettingException(node.type(), "base_lr", "the optimizer's lr");
      }
      initialLr = groupLr;
    }
    return initialLr;
  }

  /** The constructor's own first step. */
  private Scheduler constructed(Scheduler scheduler) {
    groupLr = scheduler.constructed(groupLr == null ? Double.NaN : groupLr);
    return scheduler;
  }
}
