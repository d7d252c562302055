package dev.anneal

import dev.anneal.Schedules.constant
import dev.anneal.Schedules.cosine
import dev.anneal.Schedules.exponential
import dev.anneal.Schedules.inverseSqrt
import dev.anneal.Schedules.linear
import dev.anneal.Schedules.sequence
import dev.anneal.Schedules.warmup
import dev.anneal.spec.Clamp
import dev.anneal.spec.Constant
import dev.anneal.spec.Context
import dev.anneal.spec.Cosine
import dev.anneal.spec.Linear
import dev.anneal.spec.Node
import dev.anneal.spec.Restarts
import dev.anneal.spec.Sequence
import dev.anneal.spec.Steps
import dev.anneal.spec.TorchNode
import dev.anneal.spec.Warmup
import kotlin.math.PI
import kotlin.math.cos
import kotlin.math.min
import kotlin.math.pow
import kotlin.random.Random
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.assertj.core.api.Assertions.within
import org.junit.jupiter.api.Test

private fun halving(step: Long): Double = 0.1 * 0.5.pow((step / 1_000).toDouble())

/** Vaswani et al.'s schedule, written by hand as a class. */
private class Noam(private val dModel: Int, private val warmupSteps: Int) : Schedule {
  override fun valueAt(step: Long): Double =
    dModel.toDouble().pow(-0.5) * min(step.toDouble().pow(-0.5), step * warmupSteps.toDouble().pow(-1.5))
}

/** How a value is spread over steps, whichever way the duration is written. */
private fun describe(steps: Steps?): String = when (steps) {
  null -> "no duration"
  is Steps.Fixed -> "${steps.steps} steps"
  is Steps.Percent -> "${steps.percent}% of total_steps"
  is Steps.Epochs -> "${steps.epochs} epochs"
  Steps.Rest.INSTANCE -> "the rest"
}

/** Counts the leaves of a tree, with smart casts on the records. */
private fun leaves(node: Node): Int = when (node) {
  is Sequence -> node.parts.sumOf(::leaves)
  is Warmup -> 1 + leaves(node.then)
  is Restarts -> leaves(node.of)
  is Clamp -> leaves(node.of)
  is TorchNode -> 1
  else -> 1
}

/** Custom schedules as Kotlin lambdas (SAM conversion), mixed with compiled trees; nullability. */
class KotlinLambdaTest {

  @Test
  fun `a lambda is a Schedule`() {
    val flat = Schedule { 1e-3 }
    val ramp = Schedule { step -> step / 10_000.0 }
    assertThat(flat[0]).isEqualTo(1e-3)
    assertThat(flat(1_000_000)).isEqualTo(1e-3)
    assertThat(ramp[3]).isEqualTo(3e-4)
    assertThat(ramp.valueAt(10)).isEqualTo(1e-3)
  }

  @Test
  fun `a function reference is a Schedule, and a Schedule is a Kotlin function`() {
    val lr = Schedule(::halving)
    assertThat(lr[999]).isEqualTo(0.1)
    assertThat(lr[2_500]).isEqualTo(0.025)
    val f: (Long) -> Double = lr::get
    assertThat((0L..3_000L step 1_000).map(f)).containsExactly(0.1, 0.05, 0.025, 0.0125)
    assertThat(listOf(0L, 1_000L).map(lr::invoke)).containsExactly(0.1, 0.05)
  }

  @Test
  fun `a custom factor mixed into a compiled tree`() {
    val base: Schedule = Schedule.of(warmup(100, cosine(1e-3, 0.0, 900)))
    val wiggle = Schedule { step -> 1 + 0.1 * cos(2 * PI * step / 50) }
    val lr: Schedule = base * wiggle   // Schedule.times(Schedule): pointwise, a function rather than a tree
    assertThat(lr[25]).isEqualTo(base[25] * wiggle[25])
    assertThat(lr[25]).isCloseTo(2.5e-4 * 0.9, within(1e-18))
    assertThat(lr[50]).isCloseTo(5e-4 * 1.1, within(1e-18))
    assertThat(lr[100]).isCloseTo(1e-3 * 1.1, within(1e-18))
    assertThat(lr[1_000]).isEqualTo(0.0)
  }

  @Test
  fun `a lambda switching between compiled schedules equals the native sequence`() {
    val up = Schedule.of(linear(0.0, 1e-3, 1_000))
    val down = Schedule.of(cosine(1e-3, 1e-5, 9_000))
    val byHand = Schedule { step -> if (step < 1_000) up[step] else down[step - 1_000] }
    val native = Schedule.of(sequence(linear(0.0, 1e-3, 1_000), cosine(1e-3, 1e-5, 9_000)))
    for (step in 0L..12_000L step 37) {
      assertThat(byHand[step]).`as`("step %d", step).isEqualTo(native[step])
    }
  }

  @Test
  fun `a Schedule class by hand agrees with the native tree`() {
    val noam = Noam(512, 4_000)
    val peak = 512.0.pow(-0.5) * 4_000.0.pow(-0.5)
    val native = Schedule.of(warmup(4_000, inverseSqrt(peak, 4_000.0)))
    for (step in listOf(1L, 100L, 3_999L, 4_000L, 4_001L, 10_000L, 100_000L)) {
      assertThat(native[step]).`as`("step %d", step).isCloseTo(noam[step], within(1e-15 * noam[step]))
    }
    assertThat(noam[4_000]).isCloseTo(peak, within(1e-18))
    assertThat(native[16_000]).isCloseTo(peak / 2, within(1e-18))
  }

  @Test
  fun `a lambda schedule beside the compiled ones`() {
    val file = ScheduleFile.of(exponential(0.1, 0.99)).with("momentum", constant(0.9))
    val ema = Schedule { step -> min(0.999, 1 - 1.0 / (step + 1)) }
    val schedules: Map<String, Schedule> = file.compile() + ("ema" to ema)
    val at10: Map<String, Double> = schedules.mapValues { (_, schedule) -> schedule[10] }
    assertThat(at10).containsExactlyEntriesOf(mapOf("lr" to 0.1 * 0.99.pow(10), "momentum" to 0.9, "ema" to 1 - 1.0 / 11))
  }

  @Test
  fun `compiled schedules are pure, in any order`() {
    // a ChainedScheduler with a cosine is replayed step by step inside: still a pure function
    val yaml = """
      base_lr: 0.1
      schedule:
        type: torch.ChainedScheduler
        schedulers:
          - {type: torch.CosineAnnealingLR, T_max: 50}
          - {type: torch.ExponentialLR, gamma: 0.99}
    """.trimIndent()
    val file = ScheduleFile.parse("chained.yaml", yaml, "")
    val forward = file.compile().getValue("lr")
    val shuffled = file.compile().getValue("lr")
    val steps = (0L..300L).toList()
    val inOrder = steps.associateWith { forward[it] }
    val anyOrder = steps.shuffled(Random(7)).associateWith { shuffled[it] }
    assertThat(anyOrder).isEqualTo(inOrder)
    assertThat(inOrder.getValue(0)).isEqualTo(0.1)
    // the cosine forgets the lr at step 50, 150, ...: from there the chain repeats every 100 steps
    assertThat(inOrder.values.toSet()).hasSizeGreaterThan(150)
    assertThat(inOrder.getValue(280)).isEqualTo(inOrder.getValue(180))
  }

  @Test
  fun `optional keys are nullable Kotlin types`() {
    val withFrom: Linear = linear(0.0, 1.0, 10)
    val from: Double? = withFrom.from
    assertThat(from ?: -1.0).isEqualTo(0.0)
    val inherited = Cosine(null, 0.0, Steps.rest())
    val inheritedFrom: Double? = inherited.from
    assertThat(inheritedFrom ?: -1.0).isEqualTo(-1.0)
    val forever: Constant = constant(1.0)
    val noSteps: Steps? = forever.steps
    assertThat(describe(noSteps)).isEqualTo("no duration")
    assertThat(listOf(Steps.of(500), Steps.percent(5.0), Steps.epochs(3.0), Steps.rest()).map(::describe))
      .containsExactly("500 steps", "5.0% of total_steps", "3.0 epochs", "the rest")

    val floorOnly = Clamp(0.01, null, exponential(1.0, 0.5))
    val max: Double? = floorOnly.max
    assertThat(max).isNull()
    assertThat(Schedule.of(floorOnly)[10]).isEqualTo(0.01)
    val context = Context(null, null, null)
    val total: Long? = context.totalSteps
    assertThat(total).isNull()
    assertThat(context).isEqualTo(Context.EMPTY)
  }

  @Test
  fun `lookups that may miss are nullable`() {
    val compiled: Map<String, Schedule> = ScheduleFile.of(constant(0.1)).compile()
    val missing: Schedule? = compiled["momentum"]
    assertThat(missing).isNull()
    assertThat(compiled["lr"]?.get(5)).isEqualTo(0.1)
    assertThat(compiled["momentum"]?.get(5) ?: 0.9).isEqualTo(0.9)
    assertThatThrownBy { compiled.getValue("momentum") }
      .isInstanceOf(NoSuchElementException::class.java)
      .hasMessage("Key momentum is missing in the map.")
  }

  @Test
  fun `smart casts walk a tree`() {
    val tree = warmup(100, sequence(cosine(1.0, 0.1, 10).restarting().withCycles(3), constant(0.1).clampedTo(0.0, 1.0)))
    assertThat(leaves(tree)).isEqualTo(3)
    val sgdr = ScheduleFile.parse("x.yaml", "schedule: {type: torch.CosineAnnealingWarmRestarts, T_0: 10}\nbase_lr: 0.1\n", "")
    assertThat(sgdr.schedules.values.sumOf(::leaves)).isEqualTo(1)
    val node: Node? = sgdr.schedules["lr"]
    assertThat(node?.type()).isEqualTo("torch.CosineAnnealingWarmRestarts")
    val first = node?.let { Schedule.of(it, sgdr.context()) }
    assertThat(first?.get(5)).isCloseTo(0.1 * (1 + cos(PI * 5 / 10)) / 2, within(1e-17))
  }
}
