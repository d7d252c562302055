package dev.anneal

import dev.anneal.Schedules.constant
import dev.anneal.Schedules.cosine
import dev.anneal.Schedules.exponential
import dev.anneal.Schedules.inverseSqrt
import dev.anneal.Schedules.linear
import dev.anneal.Schedules.multistep
import dev.anneal.Schedules.oneMinusSqrt
import dev.anneal.Schedules.piecewiseConstant
import dev.anneal.Schedules.polynomial
import dev.anneal.Schedules.sequence
import dev.anneal.Schedules.stepDecay
import dev.anneal.Schedules.warmup
import dev.anneal.spec.Add
import dev.anneal.spec.Constant
import dev.anneal.spec.Context
import dev.anneal.spec.CosineAnnealingLR
import dev.anneal.spec.Cosine
import dev.anneal.spec.Multiply
import dev.anneal.spec.Node
import dev.anneal.spec.OneCycleLR
import dev.anneal.spec.Restarts
import dev.anneal.spec.Scale
import dev.anneal.spec.Sequence
import dev.anneal.spec.StepLR
import dev.anneal.spec.Steps
import java.nio.file.Path
import kotlin.math.PI
import kotlin.math.cos
import kotlin.math.pow
import kotlin.math.sqrt
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.assertj.core.api.Assertions.within
import org.junit.jupiter.api.Test

/** Building schedules fluently from Kotlin: factories, operators, warmup -> cosine -> restarts. */
class KotlinBuildingTest {

  /** The format's cosine at progress [p] through a cycle, from [from] to [to]. */
  private fun cosineAt(from: Double, to: Double, p: Double): Double = to + (from - to) * (1 + cos(PI * p)) / 2

  @Test
  fun `warmup then cosine with decaying restarts in a few lines`() {
    val cycle: Cosine = cosine(0.1, 0.001, 1_000)
    val lr: Schedule = Schedule.of(warmup(100, cycle.restarting().withPeriodMult(2.0).withDecay(0.5).withCycles(3)))

    // warmup: linear from 0 to the cycle's first value over 100 steps
    assertThat(lr[0]).isEqualTo(0.0)
    assertThat(lr[50]).isEqualTo(0.05)
    // cycle 0 (1,000 steps) at full height, cycle 1 (2,000) at half, cycle 2 (4,000) at a quarter
    assertThat(lr[100]).isEqualTo(0.1)
    assertThat(lr[600]).isCloseTo(cosineAt(0.1, 0.001, 0.5), within(1e-15))
    assertThat(lr[1_100]).isCloseTo(0.001 + (0.1 - 0.001) * 0.5, within(1e-15))
    assertThat(lr[2_100]).isCloseTo(0.001 + (cosineAt(0.1, 0.001, 0.5) - 0.001) * 0.5, within(1e-15))
    assertThat(lr[3_100]).isCloseTo(0.001 + (0.1 - 0.001) * 0.25, within(1e-15))
    assertThat(lr[7_099]).isCloseTo(0.001 + (cosineAt(0.1, 0.001, 3_999.0 / 4_000) - 0.001) * 0.25, within(1e-15))
    // after the third cycle it holds the floor
    assertThat(lr[7_100]).isEqualTo(0.001)
    assertThat(lr(1_000_000_000_000)).isEqualTo(0.001)
  }

  @Test
  fun `restarts without cycles go round forever`() {
    val sgdr: Restarts = cosine(0.1, 1e-4, 10).restarting().withPeriodMult(2.0)
    val lr = Schedule.of(sgdr)
    // cycles of 10, 20, 40, 80 steps: each starts at the peak again
    val starts = listOf(0L, 10L, 30L, 70L, 150L)
    assertThat(starts.map { lr[it] }).containsOnly(0.1)
    assertThat(lr[9]).isCloseTo(cosineAt(0.1, 1e-4, 0.9), within(1e-15))
    assertThat(lr[20]).isCloseTo(cosineAt(0.1, 1e-4, 0.5), within(1e-15))
    val cycles: Long? = sgdr.cycles
    assertThat(cycles).isNull()
    assertThat(sgdr).isEqualTo(Restarts(cosine(0.1, 1e-4, 10), 2.0, 1.0, null))
  }

  @Test
  fun `a sequence with a part that starts where the previous one ended`() {
    // the YAML's {type: cosine, to: 6.0e-5, steps: rest}: no factory leaves out from, so the record
    val gpt: Sequence = sequence(linear(0.0, 6e-4, 2_000), Cosine(null, 6e-5, Steps.rest()))
    val lr = Schedule.of(gpt, Context(60_000, null, null))
    assertThat(lr[1_000]).isEqualTo(3e-4)
    assertThat(lr[2_000]).isEqualTo(6e-4)
    assertThat(lr[31_000]).isCloseTo(cosineAt(6e-4, 6e-5, 0.5), within(1e-18))
    assertThat(lr[60_000]).isEqualTo(6e-5)
    // the very tree the sample file describes
    val sample = ScheduleFile.load(Path.of("samples/gpt-warmup-cosine.yaml"))
    assertThat(sample.schedules["lr"]).isEqualTo(gpt)
    val total: Long? = sample.totalSteps
    assertThat(total).isEqualTo(60_000L)
  }

  @Test
  fun `warmup-stable-decay appended part by part`() {
    val wsd = sequence(linear(0.0, 1e-3, 2_000))
      .then(constant(1e-3, Steps.rest()))
      .then(oneMinusSqrt(1e-3, 0.0, Steps.percent(20.0)))
    val lr = ScheduleFile.of(wsd).withTotalSteps(100_000).compile().getValue("lr")
    assertThat(lr[1_000]).isEqualTo(5e-4)
    assertThat(lr[50_000]).isEqualTo(1e-3)
    // the cooldown: the last 20,000 steps, from step 80,000
    assertThat(lr[80_000]).isEqualTo(1e-3)
    assertThat(lr[85_000]).isCloseTo(1e-3 * (1 - sqrt(0.25)), within(1e-18))
    assertThat(lr[100_000]).isEqualTo(0.0)
  }

  @Test
  fun `times scales, times multiplies, plus adds, with Kotlin precedence`() {
    val decay: Cosine = cosine(1.0, 0.0, 100)
    val lr = decay * 3e-4 + constant(1e-5)
    assertThat(lr).isEqualTo(Add(listOf(Scale(3e-4, decay), Constant(1e-5, null))))
    val compiled = Schedule.of(lr)
    assertThat(compiled[0]).isEqualTo(3e-4 + 1e-5)
    assertThat(compiled[50]).isCloseTo(3e-4 * cosineAt(1.0, 0.0, 0.5) + 1e-5, within(1e-18))
    assertThat(compiled[100]).isEqualTo(1e-5)

    val ramp = linear(0.0, 1.0, 10)
    val product: Multiply = ramp * exponential(1.0, 0.9)
    assertThat(Schedule.of(product)[5]).isCloseTo(0.5 * 0.9.pow(5), within(1e-15))
    assertThat(Schedule.of(product)[20]).isCloseTo(0.9.pow(20), within(1e-15))
  }

  @Test
  fun `chained plus nests, and the value is the sum`() {
    val a = constant(1.0)
    val b = constant(2.0)
    val c = constant(4.0)
    val sum: Add = a + b + c
    assertThat(sum).isEqualTo(Add(listOf(Add(listOf(a, b)), c)))
    assertThat(Schedule.of(sum)[7]).isEqualTo(7.0)
    assertThat(Schedule.of((a * b * c))[7]).isEqualTo(8.0)
    assertThat(Schedule.of(((a + b) * 0.5))[0]).isEqualTo(1.5)
  }

  @Test
  fun `clamped and delayed`() {
    val clamped = Schedule.of(exponential(1.0, 0.5).clampedTo(0.1, 0.8))
    assertThat((0L..4L).map { clamped[it] }).containsExactly(0.8, 0.5, 0.25, 0.125, 0.1)
    val delayed = Schedule.of(linear(0.0, 1.0, 10).delayedBy(5))
    assertThat((0L..15L step 5).map { delayed(it) }).containsExactly(0.0, 0.0, 0.5, 1.0)
  }

  @Test
  fun `every decay factory reads as its formula`() {
    val milestones = Schedule.of(multistep(0.1, 0.1, 30, 60))
    assertThat(milestones[29]).isEqualTo(0.1)
    assertThat(milestones[30]).isCloseTo(0.1 * 0.1, within(1e-18))
    assertThat(milestones[60]).isCloseTo(0.1 * 0.1 * 0.1, within(1e-18))
    assertThat(Schedule.of(stepDecay(0.1, 0.5, 10))[25]).isEqualTo(0.025)
    assertThat(Schedule.of(exponential(1.0, 0.5).withEvery(10, true))[25]).isEqualTo(0.25)
    assertThat(Schedule.of(exponential(1.0, 0.5).withEvery(10, false))[25]).isCloseTo(0.5.pow(2.5), within(1e-16))
    assertThat(Schedule.of(inverseSqrt(1.0, 4.0))[12]).isEqualTo(0.5)
    assertThat(Schedule.of(polynomial(1.0, 0.0, 10, 1.0).withPower(2.0))[5]).isEqualTo(0.25)
    assertThat(Schedule.of(oneMinusSqrt(1.0, 0.0, 100))[25]).isEqualTo(0.5)
    val pieces = Schedule.of(piecewiseConstant(listOf(0.1, 0.01, 0.001), listOf(100, 200)))
    assertThat(listOf(99L, 100L, 199L, 200L, 10_000L).map { pieces[it] })
      .containsExactly(0.1, 0.01, 0.01, 0.001, 0.001)
  }

  @Test
  fun `torch nodes built in Kotlin follow PyTorch from base_lr`() {
    val atBase = Context(null, null, 0.1)
    val step = Schedule.of(StepLR(30, 0.1), atBase)
    assertThat(step[29]).isEqualTo(0.1)
    assertThat(step[30]).isCloseTo(0.1 * 0.1, within(1e-18))
    val cosine = Schedule.of(CosineAnnealingLR(100, 0.0), atBase)
    assertThat(cosine[50]).isCloseTo(0.1 * (1 + cos(PI * 50 / 100)) / 2, within(1e-17))
    assertThat(cosine[100]).isEqualTo(0.0)
    assertThat(cosine[200]).isEqualTo(0.1) // PyTorch's quirk: it rises back after T_max

    // OneCycleLR also schedules momentum: only a file compiles both
    val oneCycle: OneCycleLR = OneCycleLR.of(0.4, 100)
    val both = ScheduleFile.of(oneCycle).compile()
    assertThat(both.keys).containsExactly("lr", "momentum")
    // PyTorch anneals with end + (start - end) / 2 * (cos(pi * pct) + 1): at step 0, pct 0
    val initial = 0.4 / 25
    assertThat(both.getValue("lr")[0]).isCloseTo(0.4 + (initial - 0.4) / 2 * (cos(0.0) + 1), within(1e-18))
    assertThat(both.getValue("lr")[0]).isCloseTo(initial, within(1e-16))
    assertThat(both.getValue("momentum")[0]).isEqualTo(0.95)
  }

  @Test
  fun `steps over a Kotlin range of Long`() {
    val lr = Schedule.of(linear(0.0, 1.0, 1_000))
    val table: Map<Long, Double> = (0L..1_000L step 250).associateWith { lr[it] }
    assertThat(table).containsExactlyEntriesOf(mapOf(0L to 0.0, 250L to 0.25, 500L to 0.5, 750L to 0.75, 1_000L to 1.0))
    // an Int needs toLong(): lr[i] does not compile for an Int variable
    val i = 500
    assertThat(lr[i.toLong()]).isEqualTo(0.5)
  }

  @Test
  fun `bulk values come as a DoubleArray`() {
    val lr = Schedule.of(linear(0.0, 1.0, 1_000))
    val first: DoubleArray = lr.values(0, 5)
    assertThat(first).containsExactly(0.0, 0.001, 0.002, 0.003, 0.004)
    val every250 = DoubleArray(5)
    lr.fill(every250, 0, 250)
    assertThat(every250).containsExactly(0.0, 0.25, 0.5, 0.75, 1.0)
    // a lambda has them too
    val ramp = Schedule { step -> step / 10.0 }
    assertThat(ramp.values(10, 13)).containsExactly(1.0, 1.1, 1.2)
    assertThatThrownBy { lr.values(5, 4) }.hasMessage("values: to must be >= from (5), got 4")
  }

  @Test
  fun `the constructors say what is wrong`() {
    assertThatThrownBy { cosine(1.0, 0.0, 0) }
      .isInstanceOf(IllegalArgumentException::class.java)
      .hasMessage("duration: steps must be >= 1, got 0")
    assertThatThrownBy { cosine(1.0, 0.0, 10).restarting().withPeriodMult(0.5) }
      .hasMessage("restarts: period_mult must be a finite number >= 1, got 0.5")
    assertThatThrownBy { multistep(0.1, 0.1, 60, 30) }
      .hasMessage("multistep: milestones must be strictly increasing, got [60, 30]")
    val node: Node = sequence(constant(1.0), constant(2.0))
    assertThatThrownBy { Schedule.of(node) }.hasMessage("sequence: parts[0] must be a node with a duration (steps),"
        + " as every part but the last, got a constant without one")
  }
}
