package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.Dialect;
import dev.anneal.ScheduleFile;
import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code --dialect NAME}, {@code --total-steps N} and {@code --steps-per-epoch N}: read another tool's
 * config (Hugging Face TrainingArguments...) as a schedule file, with what it leaves to run time.
 */
record DialectOptions(@Nullable Dialect dialect, @Nullable Long totalSteps, @Nullable Long stepsPerEpoch) {

  /** The dialects' names, for help and messages. */
  static String names() {
    return String.join(", ", Arrays.stream(Dialect.values()).map(Dialect::id).toList());
  }

  /** Adds {@code --dialect}, {@code --total-steps} and {@code --steps-per-epoch} to {@code spec}. */
  static void addTo(CommandSpec spec, boolean withDialect) {
    if (withDialect) {
      Specs.option(spec, "--dialect", "NAME", String.class, null, "Read FILE as another tool's config: " + names()
          + " (hf: Hugging Face TrainingArguments, axolotl, LLaMA-Factory, TRL; lightning: a LightningCLI config). Its keys are translated into anneal's"
          + " native schedule, with the tool's own value at every step; problems point at its keys.");
    }
    Specs.option(spec, "--total-steps", "N", Long.class, null, "With a dialect: the optimizer steps of the whole run,"
        + " where the file leaves them to run time (Hugging Face counts them from the dataset).");
    Specs.option(spec, "--steps-per-epoch", "N", Long.class, null, "With a dialect: optimizer steps per epoch, to"
        + " count the file's epochs (num_train_epochs...) in steps.");
  }

  /** The options {@code spec} was given, checked; {@code dialect} overrides {@code --dialect} when not null. */
  static DialectOptions of(CommandSpec spec, @Nullable String dialect) {
    CommandLine cli = spec.commandLine();
    String name = dialect != null ? dialect : Specs.value(spec, "--dialect");
    Long total = Specs.value(spec, "--total-steps");
    Long perEpoch = Specs.value(spec, "--steps-per-epoch");
    if (total != null && total < 1) throw new ParameterException(cli, "--total-steps must be >= 1, got " + total);
    if (perEpoch != null && perEpoch < 1) throw new ParameterException(cli, "--steps-per-epoch must be >= 1, got " + perEpoch);
    if (name == null) return new DialectOptions(null, total, perEpoch);
    try {
      return new DialectOptions(Dialect.of(name), total, perEpoch);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cli, "--dialect must be one of " + names() + ", got " + name);
    }
  }

  /**
   * {@return the file checked: through the dialect given, else through the one its keys show (when no
   * native schedule is there), else as a native schedule file}
   */
  CheckedFile check(String name, String text, String at, @Nullable Long steps) {
    if (dialect != null) return dialect.check(name, text, at, steps, totalSteps, stepsPerEpoch);
    List<Dialect> found = Dialect.detect(name, text, at);
    if (found.size() == 1) return found.get(0).check(name, text, at, steps, totalSteps, stepsPerEpoch);
    if (found.size() > 1) {
      throw new ScheduleFileException(List.of(new Problem(name, 1, 1, at, Rule.MISSING_SCHEDULE, "the file has no"
          + " schedule or schedules, and its keys fit more than one tool's config ("
          + String.join(", ", found.stream().map(Dialect::id).toList()) + "): give --dialect "
          + String.join(" or --dialect ", found.stream().map(Dialect::id).toList()))));
    }
    if (totalSteps != null || stepsPerEpoch != null) {
      throw new ScheduleFileException(List.of(new Problem(name, 1, 1, at, Rule.INVALID_VALUE, (totalSteps != null
          ? "--total-steps" : "--steps-per-epoch") + " must go with another tool's config (--dialect " + names()
          + "), got a native schedule file: say total_steps and steps_per_epoch in it")));
    }
    return ScheduleFile.check(name, text, at, steps);
  }
}
