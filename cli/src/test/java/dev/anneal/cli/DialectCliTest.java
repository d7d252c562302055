package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --dialect}, {@code --total-steps}, {@code --steps-per-epoch} and {@code convert} on the command line. */
class DialectCliTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  @Test
  void convertOutputLoadsAndGivesTheSameTable() throws IOException {
    for (String[] sample : new String[][] {
        {"samples/dialects/hf-trainer.yaml"},
        {"samples/dialects/axolotl-qlora.yaml", "--steps-per-epoch", "250"}}) {
      String[] flags = java.util.Arrays.copyOfRange(sample, 1, sample.length);
      Path out = dir.resolve("converted.yaml");
      Cli.Run convert = Cli.run(concat(new String[] {"convert", "--from", "hf", "-o", out.toString()}, flags, sample[0]));
      assertThat(convert.status()).as(convert.err()).isZero();
      Cli.Run original = Cli.run(concat(new String[] {"table", "--dialect", "hf"}, flags, sample[0]));
      Cli.Run converted = Cli.run("table", out.toString());
      assertThat(original.status()).as(original.err()).isZero();
      assertThat(converted.status()).as(converted.err()).isZero();
      assertThat(converted.out()).isEqualTo(original.out());
      assertThat(original.out().lines().count()).isGreaterThan(1000);
    }
  }

  private static String[] concat(String[] head, String[] flags, String file) {
    String[] all = java.util.Arrays.copyOf(head, head.length + flags.length + 1);
    System.arraycopy(flags, 0, all, head.length, flags.length);
    all[all.length - 1] = file;
    return all;
  }

  @Test
  void aMisspeltSchedulerIsReportedAtItsLineWithTheSuggestion() throws IOException {
    Path file = write("train.yaml", "output_dir: out\nlearning_rate: 2.0e-5\nlr_scheduler_type: cosine_with_restart\n"
        + "max_steps: 100\n");
    Cli.Run r = Cli.run("validate", "--dialect", "hf", file.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(file + ":3:20: error: /lr_scheduler_type: hf: lr_scheduler_type must be one of linear,"
        + " cosine, cosine_with_restarts, polynomial, constant, constant_with_warmup, inverse_sqrt, reduce_lr_on_plateau,"
        + " cosine_with_min_lr, cosine_warmup_with_min_lr, warmup_stable_decay, got cosine_with_restart; did you mean"
        + " cosine_with_restarts? [unknown-type]\n");
  }

  @Test
  void aRunCountedAtRunTimeNeedsAFlagAndTheMessageNamesIt() throws IOException {
    Path file = write("train.yaml", "learning_rate: 2.0e-5\nlr_scheduler_type: cosine\nnum_train_epochs: 2\n");
    Cli.Run missing = Cli.run("table", "--dialect", "hf", file.toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains(":2:20: error: /lr_scheduler_type: hf: max_steps must be > 0 for cosine")
        .contains("--total-steps N").contains("--steps-per-epoch N").doesNotContain("Exception");
    Cli.Run given = Cli.run("table", "--dialect", "hf", "--steps-per-epoch", "50", "--every", "25", file.toString());
    assertThat(given.status()).as(given.err()).isZero();
    assertThat(given.out()).startsWith("step,lr\n0,2.0E-5\n").contains("\n75,");
    assertThat(given.out().lines().count()).isEqualTo(5);
  }

  @Test
  void flagsThatNeedADialectAndUnknownDialectsAreWrongCommandLines() throws IOException {
    Path file = write("train.yaml", "learning_rate: 2.0e-5\n");
    Cli.Run r = Cli.run("table", "--dialect", "keras", file.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--dialect must be one of hf, lightning, timm, got keras");
    Cli.Run flags = Cli.run("table", "--total-steps", "10", "samples/warmup-cosine.yaml");
    assertThat(flags.status()).isEqualTo(1);
    assertThat(flags.err()).contains("--total-steps must go with another tool's config");
    assertThat(Cli.run("convert", file.toString()).status()).isEqualTo(2);
  }

  @Test
  void thePlainDialectIsDetectedAndAnAmbiguousOneIsSaid() throws IOException {
    Path hf = write("train.yaml", "learning_rate: 1.0e-4\nlr_scheduler_type: constant\nmax_steps: 10\n");
    Cli.Run detected = Cli.run("table", hf.toString());
    assertThat(detected.status()).as(detected.err()).isZero();
    assertThat(detected.out().lines().count()).isEqualTo(11);
    Cli.Run lightning = Cli.run("validate", "--steps-per-epoch", "390", "samples/dialects/lightning-cli.yaml");
    assertThat(lightning.status()).as(lightning.out()).isZero();
    Path both = write("both.yaml", "lr_scheduler_type: linear\nlr_scheduler: {class_path: StepLR}\n");
    Cli.Run r = Cli.run("validate", both.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains("fit more than one tool's config (hf, lightning): give --dialect hf or --dialect lightning");
  }

  @Test
  void explainAndWarningsWorkOnTheUsersFile() throws IOException {
    Path file = write("train.yaml", "learning_rate: 2.0\nlr_scheduler_type: linear\nwarmup_steps: 10\nmax_steps: 100\n");
    Cli.Run r = Cli.run("explain", "--dialect", "hf", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.err()).contains(file + ":1:").contains("[lr-above-one]");
    assertThat(r.out()).contains("phase 1: steps 0 to 9").contains("phase 2: steps 10 to 99");
  }
}
