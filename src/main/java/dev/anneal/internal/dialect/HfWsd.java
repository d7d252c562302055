package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * transformers' {@code warmup_stable_decay} ({@code _get_wsd_scheduler_lambda}): a warmup from
 * {@code min_lr_ratio} to 1 ({@code linear}, {@code cosine} or {@code 1-sqrt}), a stable phase at 1,
 * a decay back to {@code min_lr_ratio} ({@code linear}, {@code cosine} with {@code num_cycles}, or
 * {@code 1-sqrt}), then {@code min_lr_ratio} for good. Every factor is {@code f * (1 - m) + m}.
 */
final class HfWsd {
  private static final List<String> SHAPES = List.of("linear", "cosine", "1-sqrt");

  private HfWsd() {}

  static boolean parts(Keys keys, HfArgs args, HfParts parts, String typeAt) {
    Keys kw = args.kwargs();
    int before = keys.problems.size();
    if (!kw.has("num_decay_steps")) {
      keys.problem(keys.has("lr_scheduler_kwargs") ? "lr_scheduler_kwargs" : args.typeKey(), true, Rule.MISSING_KEY,
          "hf: lr_scheduler_kwargs must set num_decay_steps for warmup_stable_decay, got none");
      return false;
    }
    long decay = kw.integer("num_decay_steps", 0);
    String warmupType = shape(kw, "warmup_type", "linear");
    String decayType = shape(kw, "decay_type", "cosine");
    double m = kw.number("min_lr_ratio", 0);
    double cycles = kw.number("num_cycles", 0.5);
    if (decay < 0) kw.wrong("num_decay_steps", Rule.OUT_OF_RANGE, "an integer >= 0");
    if (!(m >= 0)) kw.wrong("min_lr_ratio", Rule.OUT_OF_RANGE, "a number >= 0");
    if (!(cycles > 0)) kw.wrong("num_cycles", Rule.OUT_OF_RANGE, "a number > 0");
    long stable;
    if (kw.has("num_stable_steps")) {
      stable = kw.integer("num_stable_steps", 0);
      if (stable < 0) kw.wrong("num_stable_steps", Rule.OUT_OF_RANGE, "an integer >= 0");
    } else if (args.steps() == null) {
      HfWarmup.needSteps(keys, args.typeKey(), args.type(), "its stable phase (or set num_stable_steps)");
      return false;
    } else {
      stable = args.steps() - args.warmup() - decay;
      if (stable < 0) {
        kw.wrong("num_decay_steps", Rule.OUT_OF_RANGE, "at most the run's " + args.steps() + " steps less the "
            + args.warmup() + " of warmup");
      }
    }
    if (keys.problems.size() > before || warmupType == null || decayType == null) return false;
    double lr = args.lr();
    double low = m * lr;
    long w = args.warmup();
    if (w > 0) warmupPart(parts, warmupType, low, lr, w, typeAt);
    if (stable > 0) parts.constant(lr, stable, typeAt);
    if (decay > 0) decayPart(parts, decayType, low, lr, decay, cycles, typeAt);
    parts.constant(low, null, typeAt);
    return true;
  }

  private static String shape(Keys kw, String key, String byDefault) {
    String value = kw.has(key) ? kw.string(key) : byDefault;
    if (value != null && !SHAPES.contains(value)) {
      kw.wrong(key, Rule.NOT_ONE_OF, "one of linear, cosine, 1-sqrt");
      return null;
    }
    return value;
  }

  /** From {@code m} to 1: linear, {@code 0.5 * (1 - cos(pi * p))}, or {@code 1 - sqrt(1 - p)}. */
  private static void warmupPart(HfParts parts, String type, double low, double lr, long w, String typeAt) {
    switch (type) {
      case "linear" -> parts.linear(low, lr, w, typeAt);
      case "cosine" -> {
        ObjectNode part = parts.add("cosine", typeAt, low, null);
        part.put("to", lr);
        part.put("steps", w);
      }
      default -> {
        ObjectNode part = parts.add("polynomial", typeAt, low, null);
        part.put("to", lr);
        part.put("steps", w);
        part.put("power", 0.5);
      }
    }
  }

  /** From 1 to {@code m}: linear, {@code 0.5 * (1 + cos(2 pi cycles p))}, or {@code 1 - sqrt(p)}. */
  private static void decayPart(HfParts parts, String type, double low, double lr, long d, double cycles,
      String typeAt) {
    switch (type) {
      case "linear" -> parts.linear(lr, low, d, typeAt);
      case "cosine" -> parts.cosineCycles(lr, low, d, cycles, false, typeAt);
      default -> {
        ObjectNode part = parts.add("one_minus_sqrt", typeAt, lr, null);
        part.put("to", low);
        part.put("steps", d);
      }
    }
  }
}
