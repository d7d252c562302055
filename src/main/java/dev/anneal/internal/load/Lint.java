package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.internal.compile.Curve;
import dev.anneal.internal.compile.SequenceParts;
import dev.anneal.internal.compile.Words;
import dev.anneal.spec.Add;
import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.Linear;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Steps;
import dev.anneal.spec.SequentialLR;
import dev.anneal.spec.Shift;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Warnings about a valid schedule file that is probably not what was meant: a PyTorch cosine that
 * runs past {@code T_max}, a schedule that ends before the run, a warmup longer than the run, a
 * learning rate above 1, a jump where two parts of a sequence meet, and a periodic schedule that
 * goes round far more often than a run would want (a period in epochs, counted as steps).
 */
public final class Lint {
  /** Every step is scanned for a learning rate above 1 up to this many steps; above, a sample. */
  static final long SCAN_ALL = 2_000_000;
  /** More cosine minima (or cycles) than this within a run is suspicious. */
  static final double MANY_CYCLES = 20;
  /** Two values closer than this, relatively, are the same. */
  static final double SAME = 1e-6;

  private final String name;
  private final Located document;
  private final long n;
  private final Context context;
  private final List<Problem> warnings = new ArrayList<>();

  private Lint(String name, Context context, Located document, long n) {
    this.name = name;
    this.document = document;
    this.n = n;
    this.context = context;
  }

  /**
   * The warnings about a loaded file (bound at the pointer {@code at}) over a run of {@code n}
   * steps, in file order; the rules that need a run length are skipped when {@code n} is null.
   */
  static List<Problem> warnings(String name, Loader.Loaded file, String at, @Nullable Long n) {
    List<Problem> all = new ArrayList<>();
    if (n == null) return all;
    Located document = file.document();
    Lint lint = new Lint(name, file.settings(), document, n);
    file.schedules().forEach((schedule, node) -> {
      String root = document.schedule(at, schedule);
      try {
        lint.schedule(schedule, node, root);
      } catch (RuntimeException e) {
        // a lint never makes a valid file fail
      }
    });
    all.addAll(lint.warnings);
    return Reader.sorted(all);
  }

  private void schedule(String schedule, Node node, String root) {
    Curve compiled = Compiler.curve(node, context);
    endsEarly(node, root, compiled);
    if (schedule.equals("lr") && Bounds.magnitude(node, context) > 1) above1(root, compiled);
    if (node instanceof Sequence s && !s.parts().isEmpty()) firstPartWarmup(s, root);
    walk(node, root, 0, n);
  }

  // --- (2) a schedule that ends before the run ---------------------------------------------------

  private void endsEarly(Node node, String root, Curve compiled) {
    if (node instanceof TorchNode) return;
    double d = Compiler.duration(node, context);
    if (Double.isNaN(d) || Math.round(d) >= n) return;
    long end = Math.round(d);
    warnAtKey(root, Rule.ENDS_BEFORE_RUN, "the schedule ends at step " + end + ", before the " + n + " steps of the run: it then holds"
        + " its end value " + num(compiled.at(end)) + " for the last " + (n - end) + " steps; make its"
        + " durations add up to " + n + " (e.g. steps: rest on one part of a sequence) or set total_steps to " + end);
  }

  // --- (3) warmup longer than the run -----------------------------------------------------------

  private void firstPartWarmup(Sequence s, String root) {
    if (!(s.parts().get(0) instanceof Linear l) || l.from() == null || l.from() != 0 || !(l.to() > 0)) return;
    if (s.parts().size() < 2 || l.steps() == Steps.rest()) return;
    long steps = l.steps().resolve(context);
    if (steps >= n) warmup(root + "/parts/0/steps", steps, n, l.to());
  }

  private void warmup(String where, long steps, long run, double peak) {
    warnAtValue(where, Rule.WARMUP_LONGER_THAN_RUN, "the warmup lasts " + steps + " steps, " + (steps == run ? "as long as" : "longer than")
        + " the " + run + " steps of the run: the learning rate never gets past warmup to its peak "
        + num(peak) + "; shorten the warmup (e.g. \"5%\") or check that its steps are steps, not epochs");
  }

  // --- (4) a learning rate above 1 --------------------------------------------------------------

  private void above1(String root, Curve compiled) {
    long stride = n <= SCAN_ALL ? 1 : (n + SCAN_ALL - 1) / SCAN_ALL;
    long first = -1;
    double max = Double.NEGATIVE_INFINITY;
    long maxAt = 0;
    for (long step = 0; step < n; step = step + stride < n - 1 || step == n - 1 ? step + stride : n - 1) {
      double v = compiled.at(step);
      if (v > 1 && first < 0) first = step;
      if (v > max) {
        max = v;
        maxAt = step;
      }
      if (step == n - 1) break;
    }
    if (first < 0) return;
    warnAtKey(root, Rule.LR_ABOVE_ONE, "the learning rate goes above 1 from step " + first + " (peak " + num(max) + " at step "
        + maxAt + "): that is far above any usual learning rate; check the exponent (3e-4, not 3e4) or"
        + " whether a factor was written where an absolute learning rate is meant (scale by the peak lr)");
  }

  // --- (1), (3), (5), (6): the nodes, where they run in [start, end) of the run --------------------

  /** Visits {@code node} at {@code where}, active from step {@code start} (NaN: not known) until {@code end}. */
  private void walk(Node node, String where, double start, double end) {
    double active = Double.isNaN(start) ? Double.NaN : Math.min(end, n) - start;
    if (node instanceof CosineAnnealingLR c) {
      cosineAnnealing(c, where, start, active);
    } else if (node instanceof CosineAnnealingWarmRestarts w) {
      if (w.tMult() == 1) many(where + "/T_0", "torch.CosineAnnealingWarmRestarts", "T_0 " + w.t0(),
          active / w.t0(), active, "T_0");
    } else if (node instanceof CyclicLR c) {
      double down = c.stepSizeDown() == null ? c.stepSizeUp() : c.stepSizeDown();
      many(where + "/step_size_up", "torch.CyclicLR", "a cycle of " + num(c.stepSizeUp() + down) + " steps",
          active / (c.stepSizeUp() + down), active, "step_size_up and step_size_down");
    } else if (node instanceof SequentialLR s) {
      for (int i = 0; i < s.schedulers().size(); i++) {
        double from = i == 0 ? start : start + s.milestones().get(i - 1);
        double to = i < s.milestones().size() ? Math.min(end, start + s.milestones().get(i)) : end;
        walk(s.schedulers().get(i), where + "/schedulers/" + i, from, to);
      }
    } else if (node instanceof ChainedScheduler c) {
      for (int i = 0; i < c.schedulers().size(); i++) walk(c.schedulers().get(i), where + "/schedulers/" + i, start, end);
    } else if (node instanceof Sequence s) {
      SequenceParts layout = Compiler.layout(s, context);
      joins(s, layout, where, start);
      double[] starts = layout.starts();
      int parts = s.parts().size();
      for (int i = 0; i < parts; i++) {
        double to = i == parts - 1 ? end : Math.min(end, start + starts[i + 1]);
        walk(s.parts().get(i), where + "/parts/" + i, start + starts[i], to);
      }
    } else if (node instanceof Warmup w) {
      long steps = w.steps().resolve(context);
      if (!Double.isNaN(active) && active > 0 && steps >= active) {
        warmup(where + "/steps", steps, Math.round(active), Compiler.curve(w.then(), context).at(0));
      }
      walk(w.then(), where + "/then", start + steps, end);
    } else if (node instanceof Restarts r) {
      restarts(r, where, active);
      walk(r.of(), where + "/of", Double.NaN, end);
    } else if (node instanceof Scale s) {
      walk(s.of(), where + "/of", start, end);
    } else if (node instanceof Clamp c) {
      walk(c.of(), where + "/of", start, end);
    } else if (node instanceof Shift s) {
      walk(s.of(), where + "/of", start + s.by(), end);
    } else if (node instanceof Multiply m) {
      for (int i = 0; i < m.of().size(); i++) walk(m.of().get(i), where + "/of/" + i, start, end);
    } else if (node instanceof Add a) {
      for (int i = 0; i < a.of().size(); i++) walk(a.of().get(i), where + "/of/" + i, start, end);
    }
  }

  private void cosineAnnealing(CosineAnnealingLR c, String where, double start, double active) {
    if (Double.isNaN(active)) return;
    long steps = Math.round(active);
    if (many(where + "/T_max", "torch.CosineAnnealingLR", "T_max " + c.tMax(), active / (2.0 * c.tMax()), active,
        "T_max")) {
      return;
    }
    if (steps - c.tMax() < 2) return;
    String of = start == 0 && steps == n ? "of the " + n + " steps of the run"
        : "of the " + steps + " steps it runs from step " + Math.round(start);
    warnAtValue(where + "/T_max", Rule.COSINE_PAST_T_MAX, "torch.CosineAnnealingLR runs past T_max (" + c.tMax() + ") for "
        + (steps - c.tMax()) + " " + of + ": PyTorch's cosine rises back to base_lr after T_max; set T_max to "
        + steps + " or use a native cosine, which holds its end value");
  }

  private void restarts(Restarts r, String where, double active) {
    if (r.periodMult() != 1 || Double.isNaN(active)) return;
    double d = Compiler.duration(r.of(), context);
    double cycles = active / d;
    if (r.cycles() != null) cycles = Math.min(cycles, r.cycles());
    String at = document.keys().containsKey(where + "/of/steps") ? where + "/of/steps" : where + "/of";
    many(at, "restarts", "a period of " + Math.round(d) + " steps", cycles, active, "the steps of its of");
  }

  /** Warns when a periodic node reaches more than {@link #MANY_CYCLES} minima in the run; true when it did. */
  private boolean many(String where, String type, String period, double minima, double active, String keys) {
    if (Double.isNaN(minima) || !(minima > MANY_CYCLES)) return false;
    long count = (long) Math.floor(minima);
    warnAtValue(where, Rule.TOO_MANY_CYCLES, type + " with " + period + " goes round " + count + " times in the " + Math.round(active)
        + " steps it runs: far more often than a training run would want; if the period is in epochs while"
        + " steps are counted, multiply " + keys + " by steps_per_epoch");
    return true;
  }

  // --- (5) a jump where two parts of a sequence meet --------------------------------------------

  private void joins(Sequence s, SequenceParts layout, String where, double start) {
    double[] ends = layout.ends();
    double[] starts = layout.starts();
    for (int i = 1; i < s.parts().size(); i++) {
      Node part = s.parts().get(i);
      @Nullable Double from = explicitFrom(part);
      double previous = ends[i - 1];
      if (from == null || Double.isNaN(previous)) continue;
      if (Math.abs(from - previous) <= SAME * Math.max(Math.abs(from), Math.abs(previous))) continue;
      String when = Double.isNaN(start) ? "" : " at step " + Math.round(start + starts[i]);
      warnAtValue(where + "/parts/" + i + "/from", Rule.JUMP_BETWEEN_PARTS, part.type() + " starts from " + num(from) + " but the part before"
          + " it ends at " + num(previous) + ", so the value jumps" + when + "; leave out from to start where the"
          + " previous part ends, or make the two equal (use piecewise_constant or step for a deliberate jump)");
    }
  }

  private static @Nullable Double explicitFrom(Node part) {
    if (part instanceof Linear l) return l.from();
    if (part instanceof Cosine c) return c.from();
    if (part instanceof Polynomial p) return p.from();
    if (part instanceof OneMinusSqrt o) return o.from();
    return null;
  }

  // --- output -----------------------------------------------------------------------------------

  private void warnAtKey(String where, Rule rule, String message) {
    Located.Position p = document.key(where);
    warnings.add(new Problem(name, p.line(), p.column(), where, rule, message));
  }

  private void warnAtValue(String where, Rule rule, String message) {
    Located.Position p = document.value(where);
    warnings.add(new Problem(name, p.line(), p.column(), where, rule, message));
  }

  /** {@link Words#sixDigits}, with whole numbers in full: 0.001, 6e-05, 1000. */
  static String num(double v) {
    if (v != 0 && v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Words.sixDigits(v);
  }
}
