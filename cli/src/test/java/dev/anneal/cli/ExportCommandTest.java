package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anneal export} and {@code anneal table --factor} as a user sees them, without Python. */
class ExportCommandTest {
  @TempDir Path dir;

  @Test
  void aNativeTreeIsALambdaLrOverItsClosedFormWithEveryDurationInSteps() {
    Cli.Run run = Cli.run("export", "--to", "pytorch", "samples/experiment-config.yaml");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("import torch\n", "def make_scheduler(optimizer):", "lr_scheduler.LambdaLR(")
        .contains("_linear(1.0E-6, 0.001, 12510)", "_cosine(None, 1.0E-6, 112590)")   // "10ep", rest
        .contains("'weight_decay': _schedule(_constant(0.05, None))", "weight_decay = SCHEDULES['weight_decay']")
        .doesNotContain("BASE_LR =", "anneal.", "import anneal");
  }

  @Test
  void aTorchTreeIsTheRealSchedulersInFileOrderAndSetsBaseLr() {
    Cli.Run run = Cli.run("export", "--to", "pytorch", "samples/torch-chained.yaml");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("BASE_LR = 0.1\n", """
        def _build_lr(optimizer):
            return lr_scheduler.ChainedScheduler(schedulers=[
                lr_scheduler.ConstantLR(optimizer, factor=0.5, total_iters=20),
                lr_scheduler.ExponentialLR(optimizer, gamma=0.97),
            ])
        """).doesNotContain("LambdaLR(");
  }

  @Test
  void torchArgumentsKeepPyTorchsNames() {
    Cli.Run run = Cli.run("export", "--to", "pytorch", "src/test/resources/golden/torch/torch-cosine-annealing.yaml");
    assertThat(run.out()).containsPattern("CosineAnnealingLR\\(optimizer, T_max=\\d+, eta_min=");
  }

  @Test
  void theTargetIsRequiredAndChecked() {
    Cli.Run none = Cli.run("export", "samples/warmup-cosine.yaml");
    assertThat(none.status()).isEqualTo(2);
    assertThat(none.err()).contains("--to is required").doesNotContain("Exception", "\tat ");
    Cli.Run other = Cli.run("export", "--to", "tensorflow", "samples/warmup-cosine.yaml");
    assertThat(other.status()).isEqualTo(2);
    assertThat(other.err()).contains("--to must be pytorch, got tensorflow");
  }

  @Test
  void aBadFileIsReportedAsByTable() throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, "schedule: {type: cosine, from: 0.1, stpes: 10}\n");
    Cli.Run bad = Cli.run("export", "--to", "pytorch", file.toString());
    assertThat(bad.status()).isEqualTo(1);
    assertThat(bad.err()).contains("unknown key stpes").doesNotContain("\tat ");
    assertThat(bad.out()).isEmpty();
    assertThat(Cli.run("export", "--to", "pytorch", dir.resolve("missing.yaml").toString()).status()).isEqualTo(3);
  }

  @Test
  void factorDividesLrByBaseLr() {
    Cli.Run run = Cli.run("table", "--factor", "--steps", "3", "samples/torch-chained.yaml");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("step,lr_factor\n0,0.5\n1,0.485\n2,0.47045000000000003\n");
  }

  @Test
  void factorNeedsBaseLr() {
    Cli.Run run = Cli.run("table", "--factor", "samples/warmup-cosine.yaml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--factor divides by base_lr, and samples/warmup-cosine.yaml sets none");
  }
}
