package dev.anneal

import dev.anneal.Schedules.constant
import dev.anneal.Schedules.cosine
import dev.anneal.Schedules.linear
import dev.anneal.Schedules.warmup
import dev.anneal.spec.Add
import dev.anneal.spec.Cosine
import dev.anneal.spec.Multiply
import dev.anneal.spec.Node
import dev.anneal.spec.Scale
import dev.anneal.spec.Steps
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test

/** The README's Kotlin promises: indexing, invoke, operators, SAM conversion, nullability. */
class KotlinApiTest {

  @Test
  fun `lr index and invoke read a value`() {
    val lr: Schedule = Schedule.of(linear(0.0, 1.0, 200))
    assertThat(lr[100]).isEqualTo(0.5)
    assertThat(lr(100)).isEqualTo(0.5)
    assertThat(lr[100L]).isEqualTo(lr.valueAt(100))
    assertThat(lr(200)).isEqualTo(1.0)
  }

  @Test
  fun `operators scale, multiply and add`() {
    val a: Node = linear(0.0, 1.0, 10)
    val b: Node = constant(4.0)
    val scaled: Scale = a * 0.5
    val product: Multiply = a * b
    val sum: Add = a + b
    assertThat(Schedule.of(scaled)[4]).isEqualTo(0.2)
    assertThat(Schedule.of(product)[5]).isEqualTo(2.0)
    assertThat(Schedule.of(sum)[5]).isEqualTo(4.5)
    assertThat(scaled).isEqualTo(Scale(0.5, a))
    assertThat(Schedule.of((a * b + b * 0.25))[10]).isEqualTo(5.0)
  }

  @Test
  fun `operators on compiled schedules and lambdas are pointwise`() {
    val lr: Schedule = Schedule.of(linear(0.0, 1.0, 8))
    val other = Schedule { step -> if (step < 4) 2.0 else 0.5 }
    val half: Schedule = lr * 0.5
    val product: Schedule = lr * other
    val sum: Schedule = lr + other
    assertThat(half[4]).isEqualTo(0.25)
    assertThat(product[2]).isEqualTo(0.5)
    assertThat(product[6]).isEqualTo(0.375)
    assertThat(sum[2]).isEqualTo(2.25)
    assertThat(sum(6)).isEqualTo(1.25)
    assertThat((lr * other + other * 0.25)[6]).isEqualTo(0.75 * 0.5 + 0.5 * 0.25)
    assertThat(half.values(0, 5)).containsExactly(0.0, 0.0625, 0.125, 0.1875, 0.25)
    // the same numbers as the node operators, compiled
    val tree = (linear(0.0, 1.0, 8) * constant(3.0) + constant(1.0)) * 0.5
    assertThat((0L..10L).map { Schedule.of(tree)[it] })
      .isEqualTo((0L..10L).map { ((lr * Schedule.of(constant(3.0)) + Schedule.of(constant(1.0))) * 0.5)[it] })
    assertThatThrownBy { lr * Double.NaN }
      .isInstanceOf(IllegalArgumentException::class.java)
      .hasMessage("times: factor must be a finite number, got NaN")
  }

  @Test
  fun `one schedule of a file by name, and parse without a pointer`() {
    val file = ScheduleFile.parse("run.yaml", "total_steps: 100\nschedule: {type: linear, from: 0.0, to: 1.0, steps: 100}\n")
    val lr: Schedule = file.compile("lr")
    assertThat(file.compile("lr")[25]).isEqualTo(0.25)
    assertThat(lr(100)).isEqualTo(1.0)
    assertThatThrownBy { file.compile("mom") }
      .isInstanceOf(IllegalArgumentException::class.java)
      .hasMessage("schedules: name must be one of lr, got mom")
  }

  @Test
  fun `parameter names are the real ones`() {
    val valueAt = Schedule::class.java.getMethod("valueAt", Long::class.javaPrimitiveType)
    assertThat(valueAt.parameters.map { it.name }).containsExactly("step")
    val compile = ScheduleFile::class.java.getMethod("compile", String::class.java)
    assertThat(compile.parameters.map { it.name }).containsExactly("name")
    val times = Schedule::class.java.getMethod("times", Double::class.javaPrimitiveType)
    assertThat(times.parameters.map { it.name }).containsExactly("factor")
  }

  @Test
  fun `any lambda is a Schedule`() {
    val flat = Schedule { step -> 1e-3 }
    assertThat(flat[123]).isEqualTo(1e-3)
    val halving = Schedule { step -> 0.1 * Math.pow(0.5, (step / 1000).toDouble()) }
    assertThat(halving(2500)).isEqualTo(0.025)
  }

  @Test
  fun `optional keys are nullable`() {
    val c: Cosine = cosine(3e-4, 0.0, 100)
    val from: Double? = c.from()
    assertThat(from).isEqualTo(3e-4)
    val inherited = Cosine(null, 0.0, Steps.of(10))
    assertThat(inherited.from()).isNull()
    val steps: Steps? = constant(1.0).steps()
    assertThat(steps).isNull()
    assertThatThrownBy { Schedule.of(inherited) }
      .hasMessage("cosine: from must be given (only a later part of a sequence may leave it out), got nothing")
  }

  @Test
  fun `warmup cosine written in Kotlin`() {
    val lr = Schedule.of(warmup(500, cosine(3e-4, 0.0, 9_500)))
    assertThat(lr[250]).isCloseTo(1.5e-4, org.assertj.core.api.Assertions.within(1e-18))
    assertThat(lr[500]).isEqualTo(3e-4)
    assertThat(lr[10_000]).isEqualTo(0.0)
  }
}
