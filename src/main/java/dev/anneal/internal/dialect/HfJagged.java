package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * axolotl's {@code jagged_restart_steps}: {@code JaggedLRRestartScheduler}
 * ({@code src/axolotl/utils/schedulers.py}, wrapped round the scheduler by
 * {@code SchedulerMixin.create_scheduler}, axolotl 067b021c) multiplies the scheduler's lr at its own
 * step J by a scale: 1 for {@code J < R - A}, else, with {@code p = J mod R},
 * {@code m + (1 - m) * p / W} for {@code p < W}, {@code m + (1 - m) * (R - p) / A} for
 * {@code p > R - A} and 1 between (R the restart steps, W {@code jagged_restart_warmup_steps} or 10,
 * A {@code jagged_restart_anneal_steps} or 1, m {@code cosine_min_lr_ratio} or 0.001). It is built
 * after the scheduler and takes a first step itself, so J is one past the scheduler's own step.
 * Natively: a {@code shift} of a {@code multiply} of the schedule and the scale, whose period is a
 * {@code restarts}.
 */
final class HfJagged {
  private HfJagged() {}

  /** Whether the file sets {@code jagged_restart_steps}. */
  static boolean isSet(Keys keys) {
    return keys.has("jagged_restart_steps") && !keys.get("jagged_restart_steps").isNull();
  }

  /** {@code schedule} under the restarts' scale, or null after a problem. */
  static @Nullable ObjectNode wrap(Keys keys, HfArgs args, NativeTree tree, ObjectNode schedule) {
    String at = keys.pointer("jagged_restart_steps");
    int before = keys.problems.size();
    long restart = keys.integer("jagged_restart_steps", 0);
    long warmup = orDefault(keys, "jagged_restart_warmup_steps", 10);
    long anneal = orDefault(keys, "jagged_restart_anneal_steps", 1);
    double m = keys.has("cosine_min_lr_ratio") ? keys.number("cosine_min_lr_ratio", 0.001) : 0.001;
    if (m == 0) m = 0.001; // axolotl's `cosine_min_lr_ratio or 0.001`
    if (restart < 1) keys.wrong("jagged_restart_steps", Rule.OUT_OF_RANGE, "an integer >= 1");
    if (args.type().equals("one_cycle")) {
      keys.problem("jagged_restart_steps", true, Rule.UNSUPPORTED_TYPE, "hf: jagged_restart_steps must be left out"
          + " with lr_scheduler: one_cycle, got " + restart + ": the restarts read OneCycleLR one step past its"
          + " total_steps, where PyTorch's formula runs on and anneal's torch.OneCycleLR holds");
    } else if (restart >= 1 && warmup + anneal > restart) {
      keys.problem("jagged_restart_steps", false, Rule.INVALID_VALUE, "hf: jagged_restart_steps must be at least"
          + " its warmup and anneal steps (" + warmup + " + " + anneal + "), got " + restart + ": axolotl's"
          + " restart then warms up and anneals at once");
    }
    if (keys.problems.size() > before) return null;
    boolean rex = args.type().equals("rex");
    ObjectNode product = tree.node("multiply", at);
    product.putArray("of").add(rex ? (ObjectNode) schedule.get("of") : schedule).add(scale(tree, at, restart,
        warmup, anneal, m));
    ObjectNode shift = tree.node("shift", at);
    shift.put("by", rex ? -2 : -1); // RexLR's own first step, then the wrapper's
    shift.set("of", product);
    return shift;
  }

  /** The scale at J: 1 up to {@code R - A}, then a period of R from there: up over W, 1, down over A. */
  private static ObjectNode scale(NativeTree tree, String at, long restart, long warmup, long anneal, double m) {
    HfParts period = new HfParts(tree);
    period.linear(m, 1.0, warmup, at);
    if (restart - anneal - warmup > 0) period.constant(1.0, restart - anneal - warmup, at);
    period.linear(1.0, m, anneal, at);
    ObjectNode restarts = tree.node("restarts", at);
    restarts.set("of", period.schedule(at));
    ObjectNode shifted = tree.node("shift", at);
    shifted.put("by", -(restart - anneal));
    shifted.set("of", restarts);
    HfParts scale = new HfParts(tree);
    if (restart - anneal > 0) scale.constant(1.0, restart - anneal, at);
    scale.parts.add(shifted);
    return scale.schedule(at);
  }

  /** An integer key read as axolotl's {@code value or default}: absent, null or 0 gives the default. */
  private static long orDefault(Keys keys, String key, long byDefault) {
    if (!keys.has(key) || keys.get(key).isNull()) return byDefault;
    long value = keys.integer(key, byDefault);
    if (value < 0) keys.wrong(key, Rule.OUT_OF_RANGE, "an integer >= 0");
    return value == 0 ? byDefault : value;
  }
}
