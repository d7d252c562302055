package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;

/**
 * axolotl's keys that change the schedule beside {@code lr_scheduler} ({@code SchedulerMixin} at
 * axolotl 067b021c): {@code lr_quadratic_warmup} is read with {@code cosine} alone (where axolotl
 * reads it; elsewhere it is ignored, or it overrides {@code cosine_min_lr_ratio}).
 */
final class HfAxolotlKeys {
  private HfAxolotlKeys() {}

  /** Whether the keys go together; a problem at the key that does not. */
  static boolean check(Keys keys, String type) {
    int before = keys.problems.size();
    if (!keys.bool("lr_quadratic_warmup", false)) return keys.problems.size() == before;
    if (!type.equals("cosine")) {
      keys.problem("lr_quadratic_warmup", true, Rule.INVALID_VALUE, "hf: lr_quadratic_warmup must go with"
          + " lr_scheduler: cosine, got lr_scheduler " + type + ", where axolotl ignores it");
      return false;
    }
    if (keys.has("cosine_min_lr_ratio")) {
      keys.problem("lr_quadratic_warmup", true, Rule.INVALID_VALUE, "hf: lr_quadratic_warmup must be left out with"
          + " cosine_min_lr_ratio, got true: axolotl then runs its quadratic warmup to a cosine to 0 and ignores"
          + " cosine_min_lr_ratio (it logs a warning); keep the one you mean");
      return false;
    }
    return true;
  }
}
