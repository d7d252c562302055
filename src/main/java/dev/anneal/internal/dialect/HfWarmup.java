package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import org.jspecify.annotations.Nullable;

/** The warmup steps of a Hugging Face (or axolotl) file, counted as the library counts them. */
final class HfWarmup {
  private HfWarmup() {}

  /**
   * transformers' {@code TrainingArguments.get_warmup_steps}: {@code warmup_steps >= 1} is a count,
   * {@code 0 < warmup_steps < 1} a ratio of the run, else {@code warmup_ratio} (its older key) a ratio,
   * rounded up. axolotl: {@code warmup_steps}, else {@code int(warmup_ratio * steps)}, else
   * {@code min(int(0.03 * steps), 100)}; 1 becomes 2. Null after a problem.
   */
  static @Nullable Long steps(Keys keys, @Nullable Long steps, boolean axolotl, String typeKey, String type) {
    double count = keys.number("warmup_steps", 0);
    double ratio = keys.number("warmup_ratio", 0);
    if (!(count >= 0)) keys.wrong("warmup_steps", Rule.OUT_OF_RANGE, "a number >= 0");
    if (!(ratio >= 0 && ratio <= 1)) keys.wrong("warmup_ratio", Rule.OUT_OF_RANGE, "a number in [0, 1]");
    if (!(count >= 0) || !(ratio >= 0 && ratio <= 1)) return null;
    if (axolotl) return axolotl(keys, steps, typeKey, type, count, ratio);
    if (count >= 1) return (long) count;
    double share = count > 0 ? count : ratio;
    if (share == 0) return 0L;
    if (steps == null) {
      needSteps(keys, typeKey, type, count > 0 ? "warmup_steps " + count + " (a ratio of the run)" : "warmup_ratio");
      return null;
    }
    return (long) Math.ceil(steps * share);
  }

  private static @Nullable Long axolotl(Keys keys, @Nullable Long steps, String typeKey, String type, double count,
      double ratio) {
    long warmup;
    if (keys.has("warmup_steps")) {
      warmup = (long) count;
    } else {
      if (steps == null) {
        needSteps(keys, typeKey, type, keys.has("warmup_ratio") ? "warmup_ratio" : "axolotl's default warmup (3% of the run, at most 100 steps)");
        return null;
      }
      warmup = keys.has("warmup_ratio") ? (long) (ratio * steps) : Math.min((long) (0.03 * steps), 100);
    }
    return warmup == 1 ? 2 : warmup;
  }

  /** The problem that the run's length is needed and unknown: which flag gives it. */
  static void needSteps(Keys keys, String typeKey, String type, String what) {
    String epochs = keys.has("num_epochs") ? "num_epochs" : "num_train_epochs";
    keys.problem(keys.has(typeKey) ? typeKey : "", false, Rule.MISSING_SETTING, "hf: max_steps must be > 0 for "
        + type + ", which needs the run's length for " + what + ", got " + Keys.shown(keys.get("max_steps"))
        + ": the library counts it at run time, from the dataset; give --total-steps N (the optimizer steps of the"
        + " run) or --steps-per-epoch N (optimizer steps per epoch, times " + epochs + ")");
  }
}
