package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import tools.jackson.databind.node.ObjectNode;

/**
 * axolotl's {@code lr_scheduler: rex}: {@code RexLR(max_lr=learning_rate, min_lr=learning_rate *
 * cosine_min_lr_ratio (0 without it), total_steps=T, num_warmup_steps=W)}
 * ({@code src/axolotl/utils/schedulers.py} and {@code SchedulerMixin.create_scheduler} at axolotl
 * 067b021c). Its constructor takes a first step, so the lr of step k is RexLR's value at {@code s = k + 1}:
 * {@code learning_rate * s / W} for {@code s <= W}, then the {@code rex} decay over the {@code T - W}
 * steps after the warmup, {@code min_lr} from {@code s = T} on. Natively: a {@code shift} by -1 of the
 * warmup from 0, the {@code rex} node (one step at {@code learning_rate} when the warmup is the whole
 * run) and one step at the floor (so that the schedule lasts the run).
 */
final class HfRex {
  private HfRex() {}

  static boolean parts(HfSchedules hf, Keys keys, HfArgs args, HfParts parts, String typeAt) {
    long steps = args.steps();
    long warmup = args.warmup();
    if (warmup > steps) {
      keys.problem(hf.warmupKey(), false, Rule.OUT_OF_RANGE, "hf: warmup must be at most the run's " + steps
          + " steps for rex, got " + warmup + " (RexLR raises a ValueError)");
      return false;
    }
    double min = keys.has("cosine_min_lr_ratio") ? HfAxolotl.ratio(keys, "cosine_min_lr_ratio") * hf.lr() : 0;
    if (Double.isNaN(min)) return false;
    HfParts inner = new HfParts(parts.tree);
    hf.warmup(inner);
    String minAt = keys.has("cosine_min_lr_ratio") ? keys.pointer("cosine_min_lr_ratio") : null;
    if (steps > warmup) {
      ObjectNode decay = inner.add("rex", typeAt, hf.lr(), hf.lrAt());
      decay.put("to", min);
      decay.put("steps", steps - warmup);
      if (minAt != null) parts.tree.tag(decay, "to", minAt);
    } else {
      parts.tree.tag(inner.constant(hf.lr(), 1L, typeAt), "value", hf.lrAt()); // s = W, the warmup's last value
    }
    ObjectNode floor = inner.constant(min, 1L, typeAt);
    if (minAt != null) parts.tree.tag(floor, "value", minAt);
    ObjectNode shift = parts.tree.node("shift", typeAt);
    shift.put("by", -1);
    shift.set("of", inner.schedule(typeAt));
    parts.parts.add(shift);
    return true;
  }
}
