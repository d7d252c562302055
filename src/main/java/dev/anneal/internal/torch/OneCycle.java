package dev.anneal.internal.torch;

import dev.anneal.spec.OneCycleLR;

/**
 * OneCycleLR's {@code get_lr}: two (or three) annealing phases. PyTorch raises past
 * {@code total_steps}; here the value stays at the one of step {@code total_steps}.
 *
 * <p>Its phases run between the values PyTorch keeps in the optimizer's param group
 * ({@code initial_lr}, {@code max_lr}, {@code min_lr}, {@code max_momentum},
 * {@code base_momentum}), which every OneCycleLR writes when it is constructed and reads at every
 * step: with several in one tree, all of them run between the values of the last one constructed
 * (the momenta: of the last one that cycles momentum).
 */
final class OneCycle extends Absolute {
  private final OneCycleLR spec;
  private final long totalSteps;
  private final double initialLr;
  private final double[] ends;
  private final double[][] lrs;
  private final double[][] momenta;

  /** {@code group}, {@code momentumGroup}: the OneCycleLR whose values the param group holds. */
  OneCycle(OneCycleLR spec, OneCycleLR group, OneCycleLR momentumGroup) {
    this.spec = spec;
    this.totalSteps = spec.cycleSteps();
    this.initialLr = spec.maxLr() / spec.divFactor();
    double groupInitial = group.maxLr() / group.divFactor();
    double minLr = groupInitial / group.finalDivFactor();
    double max = group.maxLr();
    double hi = momentumGroup.maxMomentum();
    double lo = momentumGroup.baseMomentum();
    double warm = spec.pctStart() * totalSteps - 1;
    if (spec.threePhase()) {
      ends = new double[] {warm, 2 * spec.pctStart() * totalSteps - 2, totalSteps - 1};
      lrs = new double[][] {{groupInitial, max}, {max, groupInitial}, {groupInitial, minLr}};
      momenta = new double[][] {{hi, lo}, {lo, hi}, {hi, hi}};
    } else {
      ends = new double[] {warm, totalSteps - 1};
      lrs = new double[][] {{groupInitial, max}, {max, minLr}};
      momenta = new double[][] {{hi, lo}, {lo, hi}};
    }
  }

  /** The lr PyTorch sets as {@code initial_lr} for the schedulers constructed after this one. */
  double initialLr() {
    return initialLr;
  }

  private double anneal(double start, double end, double pct) {
    if (spec.annealStrategy().equals("linear")) return (end - start) * pct + start;
    double cosOut = Math.cos(Math.PI * pct) + 1;
    return end + (start - end) / 2.0 * cosOut;
  }

  private double phased(long k, double[][] values) {
    long step = Math.min(k, totalSteps);
    double start = 0;
    for (int i = 0; i < ends.length; i++) {
      if (step <= ends[i] || i == ends.length - 1) {
        double pct = (step - start) / (ends[i] - start);
        return anneal(values[i][0], values[i][1], pct);
      }
      start = ends[i];
    }
    throw new IllegalStateException("no phase");
  }

  @Override
  double value(long k) {
    return phased(k, lrs);
  }

  @Override
  boolean hasMomentum() {
    return spec.cycleMomentum();
  }

  @Override
  double momentum(long k) {
    return phased(k, momenta);
  }
}
