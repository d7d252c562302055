package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import tools.jackson.databind.node.ObjectNode;

/**
 * transformers' {@code cosine_warmup_with_min_lr} ({@code
 * _get_cosine_with_min_lr_schedule_with_warmup_lr_rate_lambda}), one step ahead of the others: the
 * warmup gives {@code (k + 1) / W} (or {@code warmup_lr_rate + (1 - warmup_lr_rate) * k / max(1, W - 1)}),
 * the cosine's progress is {@code (k - W + 1) / max(1, N - W)}. So the cosine starts at step
 * {@code W - 1}, where both give 1, and without warmup it starts one step before the run (a
 * {@code shift} by -1).
 */
final class HfWarmupMinLr {
  private HfWarmupMinLr() {}

  static boolean parts(HfSchedules hf, Keys kwargs, HfParts parts, String typeAt) {
    Double to = hf.minLr();
    double cycles = hf.cycles(0.5);
    Double rate = kwargs.has("warmup_lr_rate") ? kwargs.number("warmup_lr_rate", Double.NaN) : null;
    if (to == null || Double.isNaN(cycles) || rate != null && Double.isNaN(rate)) return false;
    double lr = hf.lr();
    long w = hf.warmupSteps();
    long d = hf.decaySteps();
    boolean shifted = w == 0 || w == 1 && rate != null;
    if (shifted && d < 2) {
      hf.problemAtType(Rule.OUT_OF_RANGE, "hf: max_steps must be at least the warmup + 2 for"
          + " cosine_warmup_with_min_lr without warmup, got " + d + " step(s) after the warmup");
      return false;
    }
    if (w >= 2) {
      double start = rate == null ? lr / w : rate * lr;
      parts.linear(start, lr, w - 1, typeAt);
    } else if (w == 1 && rate != null) {
      parts.constant(rate * lr, 1L, typeAt);
    }
    if (!shifted) {
      parts.cosineCycles(lr, to, d, cycles, false, typeAt);
      return true;
    }
    HfParts inner = new HfParts(parts.tree);
    ObjectNode cosine = inner.cosineCycles(lr, to, d, cycles, false, typeAt);
    ObjectNode shift = parts.tree.node("shift", typeAt);
    shift.put("by", -1);
    shift.set("of", cosine);
    parts.parts.add(shift);
    return true;
  }
}
