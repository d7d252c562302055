package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Hugging Face's schedulers as native parts: each {@code SchedulerType} of transformers'
 * {@code optimization.py}, whose value at step k is {@code learning_rate * lr_lambda(k)}, built from
 * native nodes that give the same numbers at every step (within rounding).
 */
final class HfSchedules {
  private final Keys keys;
  private final Keys kwargs;
  private final HfArgs args;
  private final HfParts parts;
  private final double lr;
  private final long warmup;
  private final String typeAt;

  private HfSchedules(Keys keys, HfArgs args, HfParts parts) {
    this.keys = keys;
    this.kwargs = args.kwargs();
    this.args = args;
    this.parts = parts;
    this.lr = args.lr();
    this.warmup = args.warmup();
    this.typeAt = keys.has(args.typeKey()) ? keys.pointer(args.typeKey()) : keys.at;
  }

  /** The schedule as a native node, or null after adding the problems that stop it. */
  static @Nullable ObjectNode build(Keys keys, HfArgs args, NativeTree tree) {
    HfSchedules hf = new HfSchedules(keys, args, new HfParts(tree));
    if (!hf.parts()) return null;
    return hf.parts.schedule(hf.typeAt);
  }

  private boolean parts() {
    return switch (args.type()) {
      case "constant" -> constant(false);
      case "constant_with_warmup" -> constant(true);
      case "inverse_sqrt" -> inverseSqrt();
      case "warmup_stable_decay" -> HfWsd.parts(keys, args, parts, typeAt);
      case "one_cycle" -> steps() && HfAxolotl.oneCycle(this, keys, args, parts, typeAt);
      case "rex" -> steps() && HfRex.parts(this, keys, args, parts, typeAt);
      case "cosine_warmup_with_min_lr" -> steps() && HfWarmupMinLr.parts(this, kwargs, parts, typeAt);
      default -> steps() && decay();
    };
  }

  /** Whether the run's length is known; a problem naming the flags when not. */
  private boolean steps() {
    if (args.steps() != null) return true;
    HfWarmup.needSteps(keys, args.typeKey(), args.type(), "its decay");
    return false;
  }

  long decaySteps() {
    return Math.max(1, args.steps() - warmup);
  }

  /** The linear warmup from 0 that every type but constant starts with: {@code k / max(1, W)}. */
  void warmup() {
    warmup(parts);
  }

  /** The same warmup, added to {@code into}. */
  void warmup(HfParts into) {
    if (warmup == 0) return;
    String key = warmupKey();
    parts.tree.tag(into.linear(0.0, lr, warmup, key.isEmpty() ? typeAt : keys.pointer(key)), "to", lrAt());
  }

  /** The key that sets the warmup ({@code warmup_steps}, else {@code warmup_ratio}), or "" when the file sets neither. */
  String warmupKey() {
    return keys.has("warmup_steps") ? "warmup_steps" : keys.has("warmup_ratio") ? "warmup_ratio" : "";
  }

  void problemAtType(Rule rule, String message) {
    args.problemAtType(keys, rule, message);
  }

  String lrAt() {
    return keys.pointer("learning_rate");
  }

  double lr() {
    return lr;
  }

  long warmupSteps() {
    return warmup;
  }

  private boolean constant(boolean warm) {
    if (warm) warmup();
    parts.tree.tag(parts.constant(lr, null, typeAt), "value", lrAt());
    return true;
  }

  /** {@code 1 / sqrt((k + timescale - W) / timescale)}, timescale W (10000 without warmup). */
  private boolean inverseSqrt() {
    warmup();
    ObjectNode part = parts.add("inverse_sqrt", typeAt, lr, lrAt());
    part.put("timescale", warmup > 0 ? warmup : 10_000);
    return true;
  }

  private boolean decay() {
    long n = args.steps();
    switch (args.type()) {
      case "linear" -> {
        warmup();
        if (n > warmup) parts.linear(lr, 0.0, n - warmup, typeAt); else parts.constant(0.0, null, typeAt);
        return true;
      }
      case "polynomial" -> {
        return polynomial(n);
      }
      case "cosine", "cosine_with_restarts" -> {
        boolean hard = args.type().equals("cosine_with_restarts");
        if (args.axolotl() && keys.bool("lr_quadratic_warmup", false)) {
          return HfAxolotl.quadratic(this, keys, args, parts, typeAt);
        }
        if (args.axolotl() && keys.has("cosine_min_lr_ratio")) return HfAxolotl.cosine(this, keys, args, parts, typeAt);
        double cycles = cycles(hard ? 1.0 : 0.5);
        if (Double.isNaN(cycles)) return false;
        warmup();
        parts.cosineCycles(lr, 0.0, decaySteps(), cycles, hard, typeAt);
        return true;
      }
      default -> {
        Double to = minLr();
        double cycles = cycles(0.5);
        if (to == null || Double.isNaN(cycles)) return false;
        return minLr(to, cycles);
      }
    }
  }

  private boolean minLr(double to, double cycles) {
    warmup();
    ObjectNode part = parts.cosineCycles(lr, to, decaySteps(), cycles, false, typeAt);
    parts.tree.tag(part, "to", kwargs.has("min_lr") ? kwargs.pointer("min_lr") : kwargs.pointer("min_lr_rate"));
    return true;
  }

  /** {@code num_cycles}, or NaN after a problem. */
  double cycles(double byDefault) {
    double cycles = kwargs.number("num_cycles", byDefault);
    if (!(cycles > 0)) {
      if (kwargs.has("num_cycles") && kwargs.get("num_cycles").isNumber()) {
        kwargs.wrong("num_cycles", Rule.OUT_OF_RANGE, "a number > 0");
      }
      return Double.NaN;
    }
    return cycles;
  }

  /** The floor of cosine_with_min_lr: {@code min_lr}, or {@code min_lr_rate * learning_rate}; exactly one. */
  @Nullable Double minLr() {
    if (kwargs.has("min_lr") == kwargs.has("min_lr_rate")) {
      String got = kwargs.has("min_lr") ? "both" : "neither";
      keys.problem(keys.has("lr_scheduler_kwargs") ? "lr_scheduler_kwargs" : args.typeKey(), true, Rule.MISSING_KEY, "hf: lr_scheduler_kwargs must set one of min_lr and min_lr_rate for " + args.type()
          + ", got " + got);
      return null;
    }
    String key = kwargs.has("min_lr") ? "min_lr" : "min_lr_rate";
    double value = kwargs.number(key, Double.NaN);
    if (!(value >= 0)) {
      if (kwargs.get(key).isNumber()) kwargs.wrong(key, Rule.OUT_OF_RANGE, "a number >= 0");
      return null;
    }
    return key.equals("min_lr") ? value : value * lr;
  }

  /** {@code (lr - lr_end) * (1 - (k - W) / (N - W))^power + lr_end} up to N, then {@code lr_end}. */
  private boolean polynomial(long n) {
    double end = kwargs.number("lr_end", 1e-7);
    double power = kwargs.number("power", 1.0);
    int before = keys.problems.size();
    if (!(end < lr)) {
      if (kwargs.has("lr_end")) kwargs.wrong("lr_end", Rule.OUT_OF_RANGE, "< learning_rate " + lr + " (transformers raises a ValueError)");
      else keys.wrong("learning_rate", Rule.OUT_OF_RANGE, "> lr_end 1e-07, polynomial's default (transformers raises a ValueError)");
    }
    if (!(power > 0)) kwargs.wrong("power", Rule.OUT_OF_RANGE, "a number > 0");
    if (n == warmup) {
      keys.problem(keys.has("warmup_steps") ? "warmup_steps" : "warmup_ratio", false, Rule.OUT_OF_RANGE,
          "hf: warmup must be shorter than the run for polynomial, got " + warmup + " of " + n
          + " steps (transformers divides by zero at the last step)");
    }
    if (keys.problems.size() > before) return false;
    warmup();
    if (n < warmup) {
      parts.constant(end, null, typeAt);
      return true;
    }
    ObjectNode part = parts.add("polynomial", typeAt, lr, lrAt());
    part.put("to", end);
    part.put("steps", n - warmup);
    part.put("power", power);
    if (kwargs.has("lr_end")) parts.tree.tag(part, "to", kwargs.pointer("lr_end"));
    if (kwargs.has("power")) parts.tree.tag(part, "power", kwargs.pointer("power"));
    return true;
  }
}
