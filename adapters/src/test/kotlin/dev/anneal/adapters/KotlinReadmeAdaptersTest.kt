package dev.anneal.adapters

import ai.djl.training.optimizer.Optimizer
import dev.anneal.ScheduleFile
import dev.anneal.adapters.djl.AnnealTracker
import dev.anneal.adapters.nd4j.AnnealSchedule
import dev.anneal.adapters.tribuo.AnnealSGD
import java.nio.file.Path
import kotlin.io.path.readLines
import org.assertj.core.api.Assertions.assertThat
import org.deeplearning4j.nn.conf.NeuralNetConfiguration
import org.deeplearning4j.nn.conf.layers.OutputLayer
import org.junit.jupiter.api.Test
import org.nd4j.linalg.activations.Activation
import org.nd4j.linalg.learning.config.IUpdater
import org.nd4j.linalg.learning.config.Nesterovs
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction
import org.nd4j.linalg.schedule.ScheduleType
import org.tribuo.math.StochasticGradientOptimiser

/** Every Kotlin block of the README's section "Use it in training", verbatim, with what it must give. */
class KotlinReadmeAdaptersTest {
  @Test
  fun djl() {
    val file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"))
    val sgd = Optimizer.sgd()
      .setLearningRateTracker(AnnealTracker.of(file, "lr"))   // or AnnealTracker.of(schedule)
      .build()

    assertThat(sgd).isNotNull()
  }

  @Test
  fun deeplearning4j() {
    val file = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml"))
    val updater: IUpdater = Nesterovs(
      AnnealSchedule.of(ScheduleType.ITERATION, file, "lr"),
      AnnealSchedule.of(ScheduleType.ITERATION, file, "momentum"))
    val conf = NeuralNetConfiguration.Builder().updater(updater)
      .list().layer(OutputLayer.Builder(LossFunction.MSE).nIn(4).nOut(1).activation(Activation.IDENTITY).build()).build()

    assertThat(conf.toJson()).contains("dev.anneal.adapters.nd4j.AnnealSchedule")
  }

  @Test
  fun tribuo() {
    val sgd: StochasticGradientOptimiser = AnnealSGD.of(ScheduleFile.load(Path.of("samples/warmup-cosine.yaml")), "lr")

    assertThat((sgd as AnnealSGD).name()).isEqualTo("lr")
  }

  @Test
  fun `every Kotlin block of the section is here`() {
    val here = Path.of("adapters/src/test/kotlin/dev/anneal/adapters/KotlinReadmeAdaptersTest.kt").readLines()
      .map { it.trim() }.filter { it.isNotEmpty() }
    val blocks = Regex("```kotlin\n(.*?)```", RegexOption.DOT_MATCHES_ALL).findAll(ReadmeAdaptersTest.training())
      .map { it.groupValues[1] }.toList()
    assertThat(blocks).hasSize(3)
    for (block in blocks) {
      val lines = block.lines().map { it.trim() }.filter { it.isNotEmpty() }
      val (imports, code) = lines.partition { it.startsWith("import ") }
      assertThat(here).containsAll(imports)
      assertThat(here.windowed(code.size).contains(code)).`as`("a Kotlin block of the README:\n%s", block).isTrue()
    }
  }
}
