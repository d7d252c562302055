package dev.anneal

import dev.anneal.diagnostic.Problem
import dev.anneal.diagnostic.ScheduleFileException
import dev.anneal.Schedules.*
import dev.anneal.spec.Add
import dev.anneal.spec.Node
import dev.anneal.spec.Restarts
import dev.anneal.spec.Scale
import java.nio.file.Path
import kotlin.io.path.readLines
import kotlin.io.path.readText
import kotlin.math.PI
import kotlin.math.cos
import kotlin.math.pow
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.within
import org.junit.jupiter.api.Test

/**
 * Every Kotlin example of README.md, verbatim, with what it must give; [every Kotlin block of the
 * docs is here] checks that the docs say nothing this file does not compile and run.
 */
class KotlinReadmeTest {

  @Test
  fun `load a YAML file`() {
    val file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"))
    val lr: Schedule = file.compile("lr")   // or compile(): a Map of every schedule by name
    val at1234 = lr[1234]                   // or lr(1234)

    assertThat(at1234).isCloseTo(3e-5 + (3e-4 - 3e-5) * (1 + cos(PI * (1234 - 500) / 9500.0)) / 2, within(1e-18))
    assertThat(lr(1234)).isEqualTo(at1234)
    assertThat(file.compile()["lr"]?.get(1234)).isEqualTo(at1234)
  }

  @Test
  fun `a schedule in code`() {
    // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
    val spec: Node = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2.0))
    val lr: Schedule = Schedule.of(spec)
    val at10k = lr[10_000]               // a pure function: ask any step, in any order
    val yaml = Schedules.toYaml(spec)             // the same tree as YAML, loadable again

    assertThat(at10k).isEqualTo(3e-4) // 500 + 9,500: the second cycle starts at the peak
    assertThat(lr[250]).isCloseTo(1.5e-4, within(1e-18))
    assertThat(lr[10_000 + 9_500]).isCloseTo(3e-5 + (3e-4 - 3e-5) * (1 + cos(PI / 2)) / 2, within(1e-15))
    assertThat(ScheduleFile.parse("x.yaml", "schedule:\n" + yaml.prependIndent("  "), "").schedules["lr"])
      .isEqualTo(spec)
    assertThat(spec).isEqualTo(warmup(500, Restarts(cosine(3e-4, 3e-5, 9_500), 2.0, 1.0, null)))
  }

  @Test
  fun `operators on nodes`() {
    // a decay written in factors, scaled to the peak, over a floor
    val decay = cosine(1.0, 0.0, 10_000) * 3e-4 + constant(1e-5)

    assertThat(decay).isEqualTo(cosine(1.0, 0.0, 10_000).times(3e-4).plus(constant(1e-5)))
    assertThat(decay).isEqualTo(Add(listOf(Scale(3e-4, cosine(1.0, 0.0, 10_000)), constant(1e-5))))
    val lr = Schedule.of(decay)
    assertThat(lr[0]).isEqualTo(3e-4 + 1e-5)
    assertThat(lr[5_000]).isCloseTo(3e-4 * (1 + cos(PI / 2)) / 2 + 1e-5, within(1e-18))
    assertThat(lr[10_000]).isEqualTo(1e-5)
  }

  @Test
  fun `a lambda mixed with a compiled schedule`() {
    val base = Schedule.of(warmup(500, cosine(3e-4, 0.0, 9_500)))
    val halving = Schedule { step -> 0.5.pow((step / 2_000).toDouble()) }   // any lambda is a Schedule
    val mixed = base * halving + Schedule { 1e-6 }                         // base * halving, over a floor

    assertThat(halving[1_999]).isEqualTo(1.0)
    assertThat(halving[4_000]).isEqualTo(0.25)
    assertThat(mixed[0]).isEqualTo(1e-6)
    assertThat(mixed[250]).isEqualTo(base[250] + 1e-6)
    assertThat(mixed[250]).isCloseTo(1.5e-4 + 1e-6, within(1e-18))
    assertThat(mixed[4_000]).isEqualTo(base[4_000] * 0.25 + 1e-6)
    assertThat(mixed[4_000]).isCloseTo(0.25 * 3e-4 * (1 + cos(PI * 3_500 / 9_500)) / 2 + 1e-6, within(1e-18))
  }

  @Test
  fun `momentum from torch OneCycleLR`() {
    val file = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml"))
    val lr = file.compile("lr")
    val momentum = file.compile("momentum")   // OneCycleLR's cycle_momentum

    assertThat(file.compile().keys).containsExactly("lr", "momentum")
    // max_lr 0.4, total_steps 7,800, pct_start 0.25: the peak at step 0.25 * 7,800 - 1 = 1,949
    assertThat(lr[1_949]).isEqualTo(0.4)
    assertThat(momentum[1_949]).isEqualTo(0.85)
    assertThat(momentum[0]).isEqualTo(0.95)
    val initial = 0.4 / 25.0
    assertThat(lr[0]).isCloseTo(0.4 + (initial - 0.4) / 2.0 * (cos(0.0) + 1), within(1e-18))
    assertThat(lr[7_799]).isCloseTo(initial / 1e4, within(1e-18))
  }

  @Test
  fun `several schedules, and back to YAML`() {
    val file = ScheduleFile.of(warmup(2_500, cosine(1e-3, 1e-5, 47_500)))
      .with("weight_decay", cosine(0.04, 0.4, 50_000))
      .withTotalSteps(50_000)
    val yaml = file.toYaml()                                       // schedules: {lr: ..., weight_decay: ...}
    val same = ScheduleFile.parse("copy.yaml", yaml) == file       // true

    assertThat(same).isTrue()
    assertThat(yaml).startsWith("total_steps: 50000\nschedules:\n  lr:\n    type: warmup\n")
    assertThat(yaml).contains("\n  weight_decay:\n    type: cosine\n    from: 0.04\n    to: 0.4\n    steps: 50000\n")
    assertThat(file.compile().keys).containsExactly("lr", "weight_decay")
    // the lr half of samples/multi-hyperparameter.yaml
    val sample = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml"))
    assertThat(sample.schedules["lr"]).isEqualTo(file.schedules["lr"])
    assertThat(sample.schedules["weight_decay"]).isEqualTo(file.schedules["weight_decay"])
  }

  @Test
  fun `problems of a broken file`() {
    val text = "total_steps: 1000\nschedule:\n  type: cosine\n  from: 0.1\n  stpes: 100\n"
    val problems: List<Problem> = try {
      ScheduleFile.parse("run.yaml", text)        // or ScheduleFile.load(path)
      emptyList()
    } catch (e: ScheduleFileException) {
      e.problems()                                // e.message: the problems, one a line
    }
    val p = problems.single()
    val where = "${p.line}:${p.column} ${p.pointer}"   // "5:3 /schedule/stpes"

    assertThat(where).isEqualTo("5:3 /schedule/stpes")
    assertThat(p.message).isEqualTo("unknown key stpes in cosine; did you mean steps?"
        + " (expected one of type, from, to, steps, k)")
    assertThat(p.rule.id()).isEqualTo("unknown-key")
    assertThat(p.suggestion).isEqualTo("steps")
    // the YAML the README shows for run.yaml
    assertThat(readme()).contains("```yaml\n$text```")
  }

  @Test
  fun `every Kotlin block of the docs is here`() {
    val here = Path.of("src/test/kotlin/dev/anneal/KotlinReadmeTest.kt").readLines().map { it.trim() }.filter { it.isNotEmpty() }
    val blocks = listOf(Path.of("README.md"), Path.of("docs/format-notes.md"))
      .flatMap { doc -> kotlinBlocks(ReadmeExamplesTest.withoutTraining(doc.readText())).map { doc to it } }
    assertThat(blocks).`as`("Kotlin blocks in the docs").hasSizeGreaterThanOrEqualTo(7)
    for ((doc, block) in blocks) {
      val lines = block.lines().map { it.trim() }.filter { it.isNotEmpty() }
      val (imports, code) = lines.partition { it.startsWith("import ") }
      assertThat(here).`as`("imports of a Kotlin block in %s", doc).containsAll(imports)
      assertThat(here.windowed(code.size).contains(code))
        .`as`("a Kotlin block in %s, line after line in one test of this file:\n%s", doc, block).isTrue()
    }
  }

  private fun readme(): String = Path.of("README.md").readText()

  private fun kotlinBlocks(markdown: String): List<String> =
    Regex("```kotlin\n(.*?)```", RegexOption.DOT_MATCHES_ALL).findAll(markdown).map { it.groupValues[1] }.toList()
}
