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
import dev.anneal.spec.TorchVisitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
  /** The OneCycleLR constructed last, and the last that cycles momentum: the param group holds their values. */
  private final @Nullable OneCycleLR lastOneCycle;
  private final @Nullable OneCycleLR lastMomentumCycle;

  private TorchCompiler(@Nullable Double baseLr, List<OneCycleLR> oneCycles) {
    this.groupLr = baseLr;
    this.lastOneCycle = oneCycles.isEmpty() ? null : oneCycles.get(oneCycles.size() - 1);
    OneCycleLR momentum = null;
    for (OneCycleLR oneCycle : oneCycles) {
      if (oneCycle.cycleMomentum()) momentum = oneCycle;
    }
    this.lastMomentumCycle = momentum;
  }

  /** {@return the learning rate the optimizer holds after each step, as a replay of the scheduler} */
  public static Replay lr(TorchNode node, Context context) {
    List<OneCycleLR> oneCycles = new ArrayList<>();
    collectOneCycles(node, oneCycles);
    return new Replay(new TorchCompiler(context.baseLr(), oneCycles).build(node));
  }

  /** The OneCycleLR nodes under {@code node}, in the order they are constructed (file order). */
  private static void collectOneCycles(TorchNode node, List<OneCycleLR> into) {
    if (node instanceof OneCycleLR oneCycle) into.add(oneCycle);
    if (node instanceof SequentialLR sequential) sequential.schedulers().forEach(child -> collectOneCycles(child, into));
    if (node instanceof ChainedScheduler chained) chained.schedulers().forEach(child -> collectOneCycles(child, into));
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

    /** {@return the optimizer's lr after each step: the scheduler itself, one call from its value} */
    public LongToDoubleFunction steps() {
      return scheduler;
    }

    /** The values at {@code from}, {@code from + every}, ... into {@code into}; the arguments are checked. */
    public void fill(double[] into, long from, long every) {
      scheduler.fill(into, from, every);
    }

    /** {@return the momentum the optimizer holds after each step, or null when the scheduler sets none} */
    public @Nullable LongToDoubleFunction momentum() {
      return scheduler.hasMomentum() ? scheduler::momentum : null;
    }
  }

  private Scheduler build(TorchNode node) {
    return node.accept(new Builder());
  }

  /** Each scheduler as its constructor builds it on the optimizer. */
  private final class Builder implements TorchVisitor<Scheduler> {
    @Override
    public Scheduler visit(StepLR node) {
      return constructed(Leaves.step(node, base(node)));
    }

    @Override
    public Scheduler visit(MultiStepLR node) {
      return constructed(Leaves.multiStep(node, base(node)));
    }

    @Override
    public Scheduler visit(ConstantLR node) {
      return constructed(Leaves.constant(node, base(node)));
    }

    @Override
    public Scheduler visit(LinearLR node) {
      return constructed(Leaves.linear(node, base(node)));
    }

    @Override
    public Scheduler visit(ExponentialLR node) {
      return constructed(Leaves.exponential(node, base(node)));
    }

    @Override
    public Scheduler visit(PolynomialLR node) {
      return constructed(Leaves.polynomial(node, base(node)));
    }

    @Override
    public Scheduler visit(CosineAnnealingLR node) {
      return constructed(Leaves.cosine(node, base(node)));
    }

    @Override
    public Scheduler visit(CosineAnnealingWarmRestarts node) {
      return constructed(new WarmRestarts(node, base(node)));
    }

    @Override
    public Scheduler visit(CyclicLR node) {
      groupLr = node.baseLr();
      if (initialLr == null) initialLr = node.baseLr();
      return constructed(new Cyclic(node, initialLr));
    }

    @Override
    public Scheduler visit(OneCycleLR node) {
      OneCycleLR momentum = lastMomentumCycle == null ? node : lastMomentumCycle;
      OneCycle oneCycle = new OneCycle(node, Objects.requireNonNull(lastOneCycle), momentum);
      initialLr = oneCycle.initialLr();
      return constructed(oneCycle);
    }

    @Override
    public Scheduler visit(SequentialLR node) {
      List<Scheduler> children = buildAll(node.schedulers());
      groupLr = initialLr;
      return constructed(new Sequential(children, node.milestones(), initialLr));
    }

    @Override
    public Scheduler visit(ChainedScheduler node) {
      double before = groupLr == null ? Double.NaN : groupLr;
      return new Chained(buildAll(node.schedulers()), before);
    }
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
