package dev.anneal;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.dialect.Dialects;
import dev.anneal.internal.dialect.RunFlags;
import dev.anneal.internal.load.Loader;
import dev.anneal.internal.load.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Another tool's config that anneal reads as a schedule file: its keys, read from the user's own
 * file, are translated into anneal's native tree with the same value at every step as the tool's
 * own code, and every problem is located at the user's key.
 *
 * <pre>{@code
 * CheckedFile checked = Dialect.HF.check("train.yaml", """
 *     learning_rate: 2.0e-5
 *     lr_scheduler_type: cosine
 *     warmup_ratio: 0.1
 *     max_steps: 1000
 *     """, "", null, null, null);
 * assertThat(checked.schedules().get("lr").valueAt(100)).isEqualTo(2.0e-5); // the peak, after 100 warmup steps
 * }</pre>
 */
public enum Dialect {
  /**
   * Hugging Face {@code TrainingArguments} (and the tools that pass them on: axolotl, LLaMA-Factory,
   * TRL): {@code lr_scheduler_type}, {@code learning_rate}, {@code warmup_steps}/{@code warmup_ratio},
   * {@code max_steps}/{@code num_train_epochs}, {@code lr_scheduler_kwargs}, as transformers'
   * {@code optimization.py} computes them.
   */
  HF("hf"),
  /**
   * Lightning CLI: {@code lr_scheduler: {class_path: torch.optim.lr_scheduler.X, init_args: {...}}} on
   * {@code optimizer.init_args.lr}, stepped every {@code frequency} optimizer steps ({@code interval:
   * step}) or epochs ({@code interval: epoch}, the default), as the {@code torch.X} node.
   */
  LIGHTNING("lightning"),
  /**
   * timm's training arguments ({@code sched}, {@code lr}, {@code epochs}, {@code warmup_epochs},
   * {@code warmup_lr}, {@code min_lr}, {@code decay_epochs}, {@code decay_milestones},
   * {@code decay_rate}, {@code lr_cycle_*}, {@code warmup_prefix}, {@code sched_on_updates}), as
   * {@code create_scheduler_v2} builds cosine, poly, step and multistep.
   */
  TIMM("timm");

  private final String id;

  Dialect(String id) {
    this.id = id;
  }

  /** {@return the dialect's name on the command line: {@code hf}, {@code lightning} or {@code timm}} */
  public String id() {
    return id;
  }

  /**
   * {@return the dialect named {@code id}}
   *
   * @param id a dialect's {@link #id()}
   * @throws IllegalArgumentException when no dialect has that name
   */
  public static Dialect of(String id) {
    for (Dialect dialect : values()) {
      if (dialect.id.equals(id.toLowerCase(Locale.ROOT))) return dialect;
    }
    throw new IllegalArgumentException("dialect: must be one of " + Arrays.stream(values()).map(Dialect::id).toList()
        + ", got " + id);
  }

  /**
   * {@return the dialects whose keys the mapping at {@code at} of a file holds, when it is not a native
   * schedule file}: one when the dialect is plain, two or more when it is ambiguous, none for a native
   * file (or one with neither), or text that does not parse
   *
   * @param name the file's name (JSON when it ends in {@code .json}, else YAML)
   * @param text the file's text
   * @param at a JSON Pointer to the mapping, {@code ""} for the whole file
   */
  public static List<Dialect> detect(String name, String text, String at) {
    return Dialects.detect(name, text, at).stream().map(Dialect::of).toList();
  }

  /**
   * Reads the dialect's settings at {@code at} of a file, and checks and lints the native schedule file
   * they translate to ({@link CheckedFile#file()} is that file, {@code toYaml()} writes it).
   *
   * @param name the file's name, used in problems (JSON when it ends in {@code .json}, else YAML)
   * @param text the file's text
   * @param at a JSON Pointer to the mapping that holds the dialect's keys, {@code ""} for the whole file
   * @param steps the length of the run for the lint rules, or null for the run the file describes
   * @param totalSteps the optimizer steps of the run, where the file leaves them to run time, or null
   * @param stepsPerEpoch the optimizer steps of one epoch, for a file that counts in epochs, or null
   * @return the translated file and its warnings, located in the user's file
   * @throws dev.anneal.diagnostic.ScheduleFileException with every problem, located in the user's file
   */
  public CheckedFile check(String name, String text, String at, @Nullable Long steps, @Nullable Long totalSteps,
      @Nullable Long stepsPerEpoch) {
    Dialects.Translated translated = Dialects.translate(id, name, text, at, new RunFlags(totalSteps, stepsPerEpoch));
    Loader.Loaded loaded;
    try {
      loaded = Loader.load(name, translated.document(), "", translated.relocate());
    } catch (ScheduleFileException e) {
      if (translated.warnings().isEmpty()) throw e;
      List<Problem> all = new ArrayList<>(e.problems());
      all.addAll(translated.warnings());
      throw new ScheduleFileException(Reader.sorted(all));
    }
    return new CheckedFile(name, loaded, "", steps, translated.warnings());
  }
}
