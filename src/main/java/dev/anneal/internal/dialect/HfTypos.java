package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Suggest;
import java.util.List;
import java.util.Locale;

/**
 * Warnings for the top-level keys of a Hugging Face (or axolotl, TRL...) file that are a typo away
 * from a key the dialect reads ({@code lr_schduler_type}, {@code warmup_ratoi}), or axolotl's keys in
 * a file read as TrainingArguments: the trainer ignores them, so the schedule silently takes the default. Every other key is left alone, since these files
 * carry many settings that are not about the schedule ({@code save_steps}, three edits from
 * {@code max_steps}, is one).
 */
final class HfTypos {
  /** Every top-level key that the dialect reads, transformers' and axolotl's. */
  static final List<String> READ = List.of("learning_rate", "lr_scheduler_type", "lr_scheduler", "lr_scheduler_kwargs",
      "warmup_steps", "warmup_ratio", "max_steps", "num_train_epochs", "num_epochs", "cosine_min_lr_ratio",
      "cosine_constant_lr_ratio", "lr_quadratic_warmup", "jagged_restart_steps", "jagged_restart_warmup_steps",
      "jagged_restart_anneal_steps");
  /** axolotl's keys that transformers' TrainingArguments does not have. */
  static final List<String> AXOLOTL_ONLY = List.of("lr_scheduler", "num_epochs", "cosine_min_lr_ratio",
      "cosine_constant_lr_ratio", "lr_quadratic_warmup", "jagged_restart_steps", "jagged_restart_warmup_steps",
      "jagged_restart_anneal_steps");
  /** At most this many edits (a swap is one) from a read key. */
  private static final int EDITS = 2;

  private HfTypos() {}

  /** Adds a {@link Rule#MISSPELT_KEY} warning, at its key, for each key of {@code keys} a typo from a read key. */
  static void warn(Keys keys) {
    if (keys.has("lr_scheduler_type")) axolotlKeysIgnored(keys);
    for (String name : keys.names()) {
      if (READ.contains(name)) continue;
      String meant = Suggest.closest(name, READ);
      if (meant == null || Suggest.distance(name.toLowerCase(Locale.ROOT), meant) > EDITS) continue;
      keys.warn(name, Rule.MISSPELT_KEY, "hf: unknown key " + name + ", which neither transformers nor axolotl"
          + " reads, so it is ignored; did you mean " + meant + "?", meant);
    }
  }

  /** A file that sets {@code lr_scheduler_type} is read as TrainingArguments, which ignores axolotl's keys. */
  private static void axolotlKeysIgnored(Keys keys) {
    for (String name : AXOLOTL_ONLY) {
      if (!keys.has(name)) continue;
      keys.warn(name, Rule.MISSPELT_KEY, "hf: " + name + " is axolotl's key, which transformers' TrainingArguments"
          + " does not read: the file sets lr_scheduler_type, so it is read as TrainingArguments and " + name
          + " is ignored" + (name.equals("cosine_min_lr_ratio") ? "; for a floor write lr_scheduler_type:"
          + " cosine_with_min_lr and lr_scheduler_kwargs: {min_lr_rate: ...}" : ""), null);
    }
  }
}
