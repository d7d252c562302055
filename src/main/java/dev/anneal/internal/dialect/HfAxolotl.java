package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import tools.jackson.databind.node.ObjectNode;

/**
 * axolotl's own schedulers ({@code SchedulerMixin.create_scheduler} in
 * {@code src/axolotl/core/trainers/mixins/scheduler.py}, {@code src/axolotl/utils/schedulers.py}, at
 * axolotl 067b021c): {@code one_cycle} is PyTorch's {@code OneCycleLR}; {@code cosine} with
 * {@code cosine_min_lr_ratio} is a cosine to that share of the peak, and with
 * {@code cosine_constant_lr_ratio} too ({@code get_cosine_schedule_with_warmup_decay_constant}) a
 * cosine that reaches the floor at step {@code int(steps * cosine_constant_lr_ratio)} and holds it;
 * {@code lr_quadratic_warmup} gives {@code cosine} a quadratic warmup.
 */
final class HfAxolotl {
  private HfAxolotl() {}

  /**
   * {@code OneCycleLR(max_lr=learning_rate, total_steps=steps, pct_start=warmup / steps,
   * anneal_strategy="cos", **lr_scheduler_kwargs)}, the kwargs overriding the two defaults.
   */
  static boolean oneCycle(HfSchedules hf, Keys keys, HfArgs args, HfParts parts, String typeAt) {
    long steps = args.steps();
    Keys kwargs = args.kwargs();
    NativeTree tree = parts.tree;
    ObjectNode node = parts.add("torch.OneCycleLR", typeAt, null, null);
    node.put("max_lr", hf.lr());
    tree.tag(node, "max_lr", hf.lrAt());
    node.put("total_steps", steps);
    if (keys.has("max_steps")) tree.tag(node, "total_steps", keys.pointer("max_steps"));
    if (!kwargs.has("pct_start")) {
      node.put("pct_start", (double) args.warmup() / steps);
      if (!hf.warmupKey().isEmpty()) tree.tag(node, "pct_start", keys.pointer(hf.warmupKey()));
    }
    if (!kwargs.has("anneal_strategy")) node.put("anneal_strategy", "cos");
    for (String key : kwargs.names()) {
      node.set(key, kwargs.get(key).deepCopy());
      tree.tag(node, key, kwargs.pointer(key));
    }
    tree.root.put("base_lr", hf.lr());
    tree.tag(tree.root, "base_lr", hf.lrAt());
    return true;
  }

  /**
   * axolotl's cosine with a floor: {@code (1 - m) * (1 + cos(pi * progress)) / 2 + m} after the
   * warmup, progress over {@code C - W} steps where {@code C = int(steps * cosine_constant_lr_ratio)}
   * (the run without it), then {@code m} (with C at most W: progress {@code C - W}, a whole number,
   * so 1 when it is even and {@code m} when odd). axolotl ignores {@code num_cycles} here.
   */
  static boolean cosine(HfSchedules hf, Keys keys, HfArgs args, HfParts parts, String typeAt) {
    double m = ratio(keys, "cosine_min_lr_ratio");
    boolean constant = keys.has("cosine_constant_lr_ratio");
    double c = constant ? ratio(keys, "cosine_constant_lr_ratio") : 1;
    int before = keys.problems.size();
    if (args.kwargs().has("num_cycles")) {
      args.kwargs().problem("num_cycles", true, Rule.UNKNOWN_KEY, "unknown key num_cycles in lr_scheduler_kwargs:"
          + " axolotl's cosine with cosine_min_lr_ratio does not read it (its cosine is a half wave)");
    }
    if (constant && !(m > 0)) {
      keys.problem("cosine_min_lr_ratio", false, Rule.OUT_OF_RANGE, "hf: cosine_min_lr_ratio must be > 0 with"
          + " cosine_constant_lr_ratio, got " + Keys.shown(keys.get("cosine_min_lr_ratio")) + ": axolotl then ignores"
          + " cosine_constant_lr_ratio and runs transformers' cosine; leave cosine_constant_lr_ratio out");
    }
    if (constant && !(c > 0)) {
      keys.problem("cosine_constant_lr_ratio", false, Rule.OUT_OF_RANGE, "hf: cosine_constant_lr_ratio must be > 0,"
          + " got " + Keys.shown(keys.get("cosine_constant_lr_ratio")) + ": axolotl ignores a ratio of 0 and runs its"
          + " cosine to cosine_min_lr_ratio over the whole run; leave it out");
    }
    if (Double.isNaN(m) || Double.isNaN(c) || keys.problems.size() > before) return false;
    double lr = hf.lr();
    long w = args.warmup();
    hf.warmup();
    if (!constant) {
      ObjectNode part = parts.cosineCycles(lr, m * lr, hf.decaySteps(), 0.5, false, typeAt);
      parts.tree.tag(part, "to", keys.pointer("cosine_min_lr_ratio"));
      return true;
    }
    long end = (long) (args.steps() * c);
    String at = keys.pointer("cosine_constant_lr_ratio");
    if (end > w) {
      ObjectNode part = parts.add("cosine", at, lr, hf.lrAt());
      part.put("to", m * lr);
      part.put("steps", end - w);
      parts.tree.tag(part, "to", keys.pointer("cosine_min_lr_ratio"));
    }
    parts.tree.tag(parts.constant(end > w || (w - end) % 2 == 1 ? m * lr : lr, null, at), "value",
        keys.pointer("cosine_min_lr_ratio"));
    return true;
  }

  /**
   * {@code get_cosine_schedule_with_quadratic_warmup}: {@code (k / W)^2} (a product of two linear
   * ramps), then transformers' half cosine to 0 over the rest of the run.
   */
  static boolean quadratic(HfSchedules hf, Keys keys, HfArgs args, HfParts parts, String typeAt) {
    long w = args.warmup();
    String at = keys.pointer("lr_quadratic_warmup");
    if (w > 0) {
      ObjectNode product = parts.tree.node("multiply", at);
      HfParts ramps = new HfParts(parts.tree);
      ramps.linear(0.0, 1.0, w, at);
      parts.tree.tag(ramps.linear(0.0, hf.lr(), w, at), "to", hf.lrAt());
      ramps.parts.forEach(product.putArray("of")::add);
      parts.parts.add(product);
    }
    parts.cosineCycles(hf.lr(), 0.0, hf.decaySteps(), 0.5, false, typeAt);
    return true;
  }

  /** A ratio in [0, 1], as axolotl asserts it; NaN after a problem. */
  static double ratio(Keys keys, String key) {
    double value = keys.number(key, Double.NaN);
    if (!keys.get(key).isNumber()) return Double.NaN;
    if (!(value >= 0 && value <= 1)) {
      keys.wrong(key, Rule.OUT_OF_RANGE, "a number in [0, 1] (axolotl asserts it)");
      return Double.NaN;
    }
    return value;
  }
}
