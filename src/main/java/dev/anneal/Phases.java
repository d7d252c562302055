package dev.anneal;

import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The phases of a named schedule over steps {@code 0..n-1}: each part of a top-level
 * {@code sequence}, the two halves of a top-level {@code warmup}, each cycle of {@code restarts}
 * and {@code torch.CosineAnnealingWarmRestarts}, each half-period of
 * {@code torch.CosineAnnealingLR} (down to {@code eta_min}, then back up), each scheduler of
 * {@code torch.SequentialLR}, the phases of {@code torch.OneCycleLR}; else one phase with the
 * node's type. Past {@link #LISTED} phases the rest are summed up in one.
 */
final class Phases {
  private Phases() {}

  /** The phases of {@code node} over steps {@code 0..n-1}. */
  static List<Phase> of(Node node, Context context, long n) {
    List<Phase> phases = new ArrayList<>();
    long lastStep = n - 1;
    if (node instanceof Sequence sequence) {
      double[] starts = Compiler.layout(sequence, context).starts();
      int parts = sequence.parts().size();
      for (int i = 0; i < parts; i++) {
        long first = Math.round(starts[i]);
        long last = i == parts - 1 ? lastStep : Math.min(lastStep, Math.round(starts[i + 1]) - 1);
        phases.add(new Phase(sequence.parts().get(i).type(), first, last));
      }
    } else if (node instanceof Warmup warmup) {
      long steps = warmup.steps().resolve(context);
      phases.add(new Phase("linear warmup", 0, Math.min(lastStep, steps - 1)));
      phases.add(new Phase(warmup.then().type(), steps, lastStep));
    } else if (node instanceof Restarts restarts) {
      double d = Compiler.duration(restarts.of(), context);
      long cycles = restarts.cycles() == null ? Long.MAX_VALUE : restarts.cycles();
      cycles(phases, i -> Math.max(1, Math.round(d * Math.pow(restarts.periodMult(), i))), cycles,
          "cycle %d: " + restarts.of().type(), n);
      if (restarts.cycles() != null && !phases.isEmpty() && phases.get(phases.size() - 1).last() < lastStep) {
        long end = phases.get(phases.size() - 1).last() + 1;
        phases.add(new Phase("after the last cycle: held at the end value", end, lastStep));
      }
    } else if (node instanceof CosineAnnealingWarmRestarts w) {
      cycles(phases, i -> w.t0() * (long) Math.pow(w.tMult(), i), Long.MAX_VALUE,
          "cycle %d: cosine from base_lr to eta_min, then a warm restart", n);
    } else if (node instanceof CosineAnnealingLR c) {
      cycles(phases, i -> i == 0 ? c.tMax() + 1 : c.tMax(), Long.MAX_VALUE, "half-period %d", n);
      for (int i = 0; i < phases.size(); i++) {
        Phase p = phases.get(i);
        String shape = p.shape().startsWith("…") ? p.shape() : i % 2 == 0
            ? "cosine down to eta_min (T_max " + c.tMax() + ")"
            : "cosine back up to base_lr: PyTorch's cosine does not stop at T_max";
        phases.set(i, new Phase(shape, p.first(), p.last()));
      }
    } else if (node instanceof SequentialLR sequential) {
      List<Long> milestones = sequential.milestones();
      for (int i = 0; i < sequential.schedulers().size(); i++) {
        long first = i == 0 ? 0 : milestones.get(i - 1);
        long last = i == milestones.size() ? lastStep : Math.min(lastStep, milestones.get(i) - 1);
        phases.add(new Phase(sequential.schedulers().get(i).type(), first, last));
      }
    } else if (node instanceof OneCycleLR oneCycle) {
      long total = oneCycle.cycleSteps();
      long warm = (long) Math.floor(oneCycle.pctStart() * total - 1);
      String anneal = " (" + oneCycle.annealStrategy() + ")";
      phases.add(new Phase("warm-up" + anneal, 0, Math.min(lastStep, warm)));
      if (oneCycle.threePhase()) {
        long back = (long) Math.floor(2 * oneCycle.pctStart() * total - 2);
        phases.add(new Phase("back to the start" + anneal, warm + 1, Math.min(lastStep, back)));
        warm = back;
      }
      phases.add(new Phase("annealing" + anneal, warm + 1, Math.min(lastStep, total - 1)));
      if (total <= lastStep) {
        phases.add(new Phase("past total_steps (PyTorch raises): held", total, lastStep));
      }
    } else {
      phases.add(new Phase(node.type(), 0, lastStep));
    }
    return phases;
  }

  /** At most this many phases are listed one by one. */
  static final int LISTED = 12;

  /** Consecutive cycles of the given lengths over steps {@code 0..n-1}, the later ones summed up. */
  private static void cycles(List<Phase> phases, LongUnaryOperator length, long cycles, String shape, long n) {
    long start = 0;
    for (long i = 0; i < cycles && start < n; i++) {
      long end = Math.min(n - 1, start + length.applyAsLong(i) - 1);
      if (phases.size() == LISTED - 1 && end < n - 1 && i + 1 < cycles) {
        phases.add(new Phase("… cycles from " + (i + 1) + " on, the same way", start, n - 1));
        return;
      }
      phases.add(new Phase(String.format(java.util.Locale.ROOT, shape, i + 1), start, end));
      start = end + 1;
    }
  }
}
