package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Suggest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The schedule settings of a Hugging Face TrainingArguments file (or of a tool that passes them on:
 * axolotl, LLaMA-Factory, TRL), read and checked as transformers reads them
 * ({@code training_args.py}, {@code optimization.py}, {@code trainer.py}).
 *
 * @param type the {@code SchedulerType} value
 * @param typeKey the key that names it ({@code lr_scheduler_type}, or axolotl's {@code lr_scheduler})
 * @param lr {@code learning_rate}
 * @param warmup the warmup steps, as {@code get_warmup_steps} counts them
 * @param steps the training steps, or null when neither the file nor the flags say
 * @param kwargs {@code lr_scheduler_kwargs}
 * @param axolotl whether the file is axolotl's (its keys and defaults)
 */
record HfArgs(String type, String typeKey, double lr, long warmup, @Nullable Long steps, Keys kwargs, boolean axolotl) {
  /** transformers' {@code SchedulerType} values, in its order. */
  static final List<String> TYPES = List.of("linear", "cosine", "cosine_with_restarts", "polynomial", "constant",
      "constant_with_warmup", "inverse_sqrt", "reduce_lr_on_plateau", "cosine_with_min_lr",
      "cosine_warmup_with_min_lr", "warmup_stable_decay");
  /** The {@code lr_scheduler_kwargs} that {@code get_scheduler} passes on, by type. */
  static final Map<String, List<String>> KWARGS = Map.of(
      "linear", List.of(), "cosine", List.of("num_cycles"), "cosine_with_restarts", List.of("num_cycles"),
      "polynomial", List.of("lr_end", "power"),
      "cosine_with_min_lr", List.of("num_cycles", "min_lr", "min_lr_rate"),
      "cosine_warmup_with_min_lr", List.of("num_cycles", "min_lr", "min_lr_rate", "warmup_lr_rate"),
      "warmup_stable_decay", List.of("num_decay_steps", "num_stable_steps", "warmup_type", "decay_type",
          "min_lr_ratio", "num_cycles"),
      "rex", List.of(),
      "one_cycle", List.of("pct_start", "anneal_strategy", "cycle_momentum", "base_momentum", "max_momentum",
          "div_factor", "final_div_factor", "three_phase"));
  /** axolotl's schedulers that anneal refuses, and why (axolotl 067b021c). */
  static final Map<String, String> AXOLOTL_REFUSED = Map.of(
      "log_sweep", "axolotl's trainer never builds its InterpolatingLogScheduler (src/axolotl/utils/schedulers.py):"
          + " create_scheduler has no log_sweep, so the name reaches transformers as lr_scheduler_type, which raises"
          + " a ValueError; for an lr range test write a native log_linear");
  /** Types whose {@code lr_scheduler_kwargs} transformers drops. */
  static final List<String> NO_KWARGS = List.of("constant", "constant_with_warmup", "inverse_sqrt");

  /** The settings of the mapping {@code keys}, or null after adding the problems that stop it. */
  static @Nullable HfArgs read(Keys keys, RunFlags flags) {
    boolean axolotl = !keys.has("lr_scheduler_type") && HfTypos.AXOLOTL_ONLY.stream().anyMatch(keys::has);
    String typeKey = axolotl ? "lr_scheduler" : "lr_scheduler_type";
    int before = keys.problems.size();
    String type = type(keys, typeKey, axolotl);
    double lr = keys.number("learning_rate", axolotl ? Double.NaN : 5e-5);
    if (axolotl && !keys.has("learning_rate")) {
      keys.problem("", false, Rule.MISSING_KEY, "hf: learning_rate must be given (axolotl has no default), got none");
    } else if (!(lr > 0)) {
      keys.wrong("learning_rate", Rule.OUT_OF_RANGE, "a number > 0");
    }
    Long steps = steps(keys, flags, axolotl);
    Long warmup = HfWarmup.steps(keys, steps, axolotl, typeKey, type == null ? "the scheduler" : type);
    if (type == null || warmup == null || keys.problems.size() > before) return null;
    Keys kwargs = HfKwargs.read(keys, axolotl);
    if (kwargs == null) return null;
    if (!axolotlKeys(keys, type) || axolotl && !HfAxolotlKeys.check(keys, type)) return null;
    HfArgs args = new HfArgs(type, typeKey, lr, warmup, steps, kwargs, axolotl);
    return args.checkKwargs() ? args : null;
  }

  /** The scheduler type, or null after a problem: unknown (with did-you-mean) or refused. */
  private static @Nullable String type(Keys keys, String typeKey, boolean axolotl) {
    if (!keys.has(typeKey)) return axolotl ? "cosine" : "linear";
    String type = keys.string(typeKey);
    if (type == null) return null;
    if (type.equals("reduce_lr_on_plateau")) {
      keys.problem(typeKey, false, Rule.UNSUPPORTED_TYPE, "hf: " + typeKey + " must be a schedule of the step alone,"
          + " got reduce_lr_on_plateau, which lowers the lr when the eval metric stops improving: only the run"
          + " knows when; use cosine_with_min_lr or warmup_stable_decay, or a native multistep at the steps you expect");
      return null;
    }
    if (axolotl && (type.equals("one_cycle") || type.equals("rex"))) return type;
    if (axolotl && AXOLOTL_REFUSED.containsKey(type)) {
      keys.problem(typeKey, false, Rule.UNSUPPORTED_TYPE, "hf: " + typeKey + " must be cosine, one_cycle, rex or one of"
          + " transformers' SchedulerType values, got " + type + ": " + AXOLOTL_REFUSED.get(type));
      return null;
    }
    if (!TYPES.contains(type)) {
      String meant = Suggest.closest(type, TYPES);
      keys.problem(typeKey, false, Rule.UNKNOWN_TYPE, "hf: " + typeKey + " must be one of "
          + String.join(", ", TYPES) + ", got " + type + (meant == null ? "" : "; did you mean " + meant + "?"), meant);
      return null;
    }
    return type;
  }

  /** The training steps: {@code --total-steps}, else {@code max_steps > 0}, else epochs x {@code --steps-per-epoch}. */
  private static @Nullable Long steps(Keys keys, RunFlags flags, boolean axolotl) {
    long maxSteps = keys.integer("max_steps", -1);
    String epochsKey = axolotl ? "num_epochs" : "num_train_epochs";
    double epochs = keys.number(epochsKey, axolotl ? 1.0 : 3.0);
    if (!(epochs > 0)) keys.wrong(epochsKey, Rule.OUT_OF_RANGE, "a number > 0");
    if (flags.totalSteps() != null) return flags.totalSteps();
    if (maxSteps > 0) return maxSteps;
    if (flags.stepsPerEpoch() != null && epochs > 0) return (long) Math.ceil(epochs * flags.stepsPerEpoch());
    return null;
  }

  /**
   * axolotl's keys beside the scheduler: {@code cosine_min_lr_ratio} goes with cosine or rex, and
   * {@code cosine_constant_lr_ratio} with both (axolotl ignores them otherwise).
   */
  private static boolean axolotlKeys(Keys keys, String type) {
    if (keys.has("cosine_constant_lr_ratio") && !(type.equals("cosine") && keys.has("cosine_min_lr_ratio"))) {
      keys.problem("cosine_constant_lr_ratio", true, Rule.INVALID_VALUE, "hf: cosine_constant_lr_ratio must go with"
          + " lr_scheduler: cosine and cosine_min_lr_ratio, got lr_scheduler " + type
          + (keys.has("cosine_min_lr_ratio") ? "" : " and no cosine_min_lr_ratio") + ", where axolotl ignores it");
      return false;
    }
    if (keys.has("cosine_min_lr_ratio") && !type.equals("cosine") && !type.equals("rex") && !HfJagged.isSet(keys)) {
      keys.problem("cosine_min_lr_ratio", true, Rule.INVALID_VALUE, "hf: cosine_min_lr_ratio must go with"
          + " lr_scheduler: cosine or rex (or jagged_restart_steps), got lr_scheduler " + type + ", which does not read it");
      return false;
    }
    return true;
  }

  /** Whether every {@code lr_scheduler_kwargs} key is one that this type takes; problems for the others. */
  private boolean checkKwargs() {
    boolean ok = true;
    List<String> known = KWARGS.getOrDefault(type, List.of());
    for (String name : kwargs.names()) {
      if (known.contains(name)) continue;
      ok = false;
      if (NO_KWARGS.contains(type)) {
        kwargs.problem(name, true, Rule.UNKNOWN_KEY, "unknown key " + name + " in lr_scheduler_kwargs: transformers'"
            + " get_scheduler passes no lr_scheduler_kwargs to " + type + ", so it would be ignored");
        continue;
      }
      String meant = Suggest.closest(name, known);
      kwargs.problem(name, true, Rule.UNKNOWN_KEY, "unknown key " + name
          + " in lr_scheduler_kwargs of " + type + (meant == null ? "" : "; did you mean " + meant + "?")
          + " (expected " + (known.isEmpty() ? "none" : "one of " + String.join(", ", known)) + ")", meant);
    }
    return ok;
  }

  /** A problem at the scheduler's key (at the mapping when the file leaves the type to its default). */
  void problemAtType(Keys keys, Rule rule, String message) {
    keys.problem(keys.has(typeKey) ? typeKey : "", false, rule, message);
  }
}
