package dev.anneal

import dev.anneal.diagnostic.Problem
import dev.anneal.diagnostic.ScheduleFileException
import dev.anneal.Schedules.constant
import dev.anneal.Schedules.cosine
import dev.anneal.Schedules.linear
import dev.anneal.Schedules.warmup
import dev.anneal.spec.CyclicLR
import dev.anneal.spec.Node
import dev.anneal.spec.OneCycleLR
import java.nio.file.Path
import kotlin.io.path.writeText
import kotlin.math.PI
import kotlin.math.abs
import kotlin.math.cos
import kotlin.math.floor
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.assertj.core.api.Assertions.within
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.junit.jupiter.api.io.TempDir

/** Loading schedule files from Kotlin: strings and files, named schedules, errors, YAML round trips. */
class KotlinLoadingTest {

  /** The problems of a broken file, each checked against the exception's message. */
  private fun problemsOf(yaml: String): List<Problem> {
    val e = assertThrows<ScheduleFileException> { ScheduleFile.parse("run.yaml", yaml) }
    val problems: List<Problem> = e.problems()
    assertThat(e.message).isEqualTo(problems.joinToString("\n"))
    return problems
  }

  @Test
  fun `parse a YAML string and read lr`() {
    val yaml = """
      total_steps: 10000
      schedule:
        type: sequence
        parts:
          - {type: linear, from: 0.0, to: 3.0e-4, steps: "5%"}
          - {type: cosine, to: 3.0e-5, steps: rest}
    """.trimIndent()
    val file = ScheduleFile.parse("run.yaml", yaml)
    val lr: Schedule = file.compile("lr")
    assertThat(lr[250]).isEqualTo(1.5e-4)
    assertThat(lr[500]).isEqualTo(3e-4)
    assertThat(lr[1_234]).isCloseTo(3e-5 + (3e-4 - 3e-5) * (1 + cos(PI * (1_234 - 500) / 9_500.0)) / 2, within(1e-18))
    assertThat(lr[10_000]).isEqualTo(3e-5)
    val total: Long? = file.totalSteps
    val perEpoch: Long? = file.stepsPerEpoch
    val baseLr: Double? = file.baseLr
    assertThat(total).isEqualTo(10_000L)
    assertThat(perEpoch).isNull()
    assertThat(baseLr).isNull()
  }

  @Test
  fun `load YAML and JSON files`(@TempDir dir: Path) {
    val yaml = dir.resolve("run.yaml")
    yaml.writeText("schedule: {type: linear, from: 0.0, to: 1.0, steps: 100}\n")
    val json = dir.resolve("run.json")
    json.writeText("""{"schedule": {"type": "linear", "from": 0.0, "to": 1.0, "steps": 100}}""")
    val fromYaml = ScheduleFile.load(yaml)
    val fromJson = ScheduleFile.load(json)
    assertThat(fromJson).isEqualTo(fromYaml)
    assertThat(fromYaml.schedules["lr"]).isEqualTo(linear(0.0, 1.0, 100))
    assertThat(fromJson.compile("lr")(40)).isEqualTo(0.4)
  }

  @Test
  fun `several named schedules, lr first`() {
    val schedules: Map<String, Schedule> = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml")).compile()
    assertThat(schedules.keys).containsExactly("lr", "momentum", "weight_decay")
    val (lr, momentum, weightDecay) = listOf("lr", "momentum", "weight_decay").map(schedules::getValue)
    assertThat(lr[1_250]).isEqualTo(5e-4) // halfway through the 2,500 warmup steps
    // momentum: 0.95 down to 0.85 over 30% of 50,000 steps, then back up over the rest
    assertThat(momentum[7_500]).isCloseTo(0.9, within(1e-15))
    assertThat(momentum[15_000]).isEqualTo(0.85)
    assertThat(momentum[50_000]).isEqualTo(0.95)
    assertThat(weightDecay[25_000]).isCloseTo(0.4 + (0.04 - 0.4) * (1 + cos(PI / 2)) / 2, within(1e-16))
    assertThat(schedules["nothing"]).isNull()
  }

  @Test
  fun `a schedule file inside an experiment config`() {
    val path = Path.of("samples/experiment-config.yaml")
    val file = ScheduleFile.load(path, "/train/optim")
    assertThat(file.schedules.keys).containsExactly("lr", "weight_decay")
    val compiled = file.compile()
    assertThat(compiled.getValue("lr")[0]).isEqualTo(1e-6)
    assertThat(compiled.getValue("lr")[12_510]).isEqualTo(1e-3) // 10 epochs of 1,251 steps
    assertThat(compiled.getValue("weight_decay")[99_999]).isEqualTo(0.05)

    val e = assertThrows<ScheduleFileException> { ScheduleFile.load(path) }
    val p = e.problems().single()
    assertThat(p.line to p.column).isEqualTo(21 to 5)
    assertThat(e.message).isEqualTo("samples/experiment-config.yaml:21:5: error: /: a schedule file must have"
        + " schedule or schedules, got neither; one sits at /train/optim: load it with --at /train/optim")
  }

  @Test
  fun `torch OneCycleLR gives momentum too`() {
    val yaml = """
      schedule:
        type: torch.OneCycleLR
        max_lr: 0.4
        total_steps: 100
        pct_start: 0.25
    """.trimIndent()
    val schedules = ScheduleFile.parse("one-cycle.yaml", yaml, "").compile()
    assertThat(schedules.keys).containsExactly("lr", "momentum")
    val lr = schedules.getValue("lr")
    val momentum = schedules.getValue("momentum")

    // PyTorch 1.13: phase 1 ends at step pct_start * total_steps - 1 = 24, phase 2 at total_steps - 1 = 99
    fun anneal(start: Double, end: Double, pct: Double) = end + (start - end) / 2.0 * (cos(PI * pct) + 1)
    val initial = 0.4 / 25.0
    val minimum = initial / 1e4
    fun expected(k: Long): Pair<Double, Double> =
      if (k <= 24) anneal(initial, 0.4, k / 24.0) to anneal(0.95, 0.85, k / 24.0)
      else anneal(0.4, minimum, (k - 24) / 75.0) to anneal(0.85, 0.95, (k - 24) / 75.0)
    for (k in listOf(0L, 10L, 24L, 25L, 50L, 99L, 100L)) {
      val (lrAt, momentumAt) = expected(k)
      assertThat(lr[k]).`as`("lr at %d", k).isCloseTo(lrAt, within(1e-15))
      assertThat(momentum[k]).`as`("momentum at %d", k).isCloseTo(momentumAt, within(1e-15))
    }
    // PyTorch raises past total_steps; anneal holds the value at total_steps
    assertThat(lr[1_000]).isEqualTo(lr[100])
    assertThat(momentum[1_000]).isEqualTo(momentum[100])
  }

  @Test
  fun `torch CyclicLR momentum moves against lr`() {
    val yaml = """
      schedule: {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.006, step_size_up: 4}
    """.trimIndent()
    val file = ScheduleFile.parse("cyclic.yaml", yaml, "")
    val cyclic = file.schedules["lr"] as CyclicLR
    val down: Double? = cyclic.stepSizeDown
    assertThat(down).isNull()
    assertThat(cyclic.cycleMomentum).isTrue()
    val schedules = file.compile()
    // PyTorch's get_lr, triangular: a cycle of 8 steps, half up, half down
    for (k in 0L..16L) {
      val cycle = floor(1 + k / 8.0)
      val x = 1.0 + k / 8.0 - cycle
      val scale = if (x <= 0.5) x / 0.5 else (x - 1) / (0.5 - 1)
      assertThat(schedules.getValue("lr")[k]).`as`("lr at %d", k).isEqualTo(0.001 + (0.006 - 0.001) * scale)
      assertThat(schedules.getValue("momentum")[k]).`as`("momentum at %d", k).isEqualTo(0.9 - (0.9 - 0.8) * scale)
    }
    // one of them by name: the same numbers
    val momentum: Schedule = file.compile("momentum")
    assertThat((0L..16L).map { momentum[it] }).isEqualTo((0L..16L).map { schedules.getValue("momentum")[it] })
    assertThat(file.compile("momentum")[4]).isEqualTo(0.8)
    assertThat(file.compile("lr")[4]).isEqualTo(0.006)
  }

  @Test
  fun `compile by name says which names there are`() {
    val file = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml"))
    assertThat(file.compile("weight_decay")[25_000]).isEqualTo(file.compile().getValue("weight_decay")[25_000])
    assertThatThrownBy { file.compile("wd") }
      .isInstanceOf(IllegalArgumentException::class.java)
      .hasMessage("schedules: name must be one of lr, momentum, weight_decay, got wd")
    val oneCycle = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml"))
    assertThatThrownBy { oneCycle.compile("mom") }
      .hasMessage("schedules: name must be one of lr, momentum, got mom")
    // built in code, a file may hold OneCycleLR's momentum and a momentum schedule: compile() refuses both
    val twice = ScheduleFile.of(OneCycleLR.of(0.4, 100)).with("momentum", constant(0.9))
    assertThatThrownBy { twice.compile("momentum") }
      .hasMessage("schedules: momentum must be given once, got a momentum schedule and the momentum of"
          + " torch.OneCycleLR (cycle_momentum: true)")
  }

  @Test
  fun `an unknown key is located, with did you mean`() {
    val yaml = """
      total_steps: 1000
      schedule:
        type: cosine
        from: 0.1
        stpes: 100
    """.trimIndent()
    val p = problemsOf(yaml).single()
    assertThat(p.line).isEqualTo(5)
    assertThat(p.column).isEqualTo(3)
    assertThat(p.pointer).isEqualTo("/schedule/stpes")
    assertThat(p.severity).isEqualTo(Problem.Severity.ERROR)
    assertThat(p.isWarning).isFalse()
    assertThat(p.fullMessage()).isEqualTo("/schedule/stpes: unknown key stpes in cosine; did you mean steps?"
        + " (expected one of type, from, to, steps, k)")
    assertThat(p.toString()).isEqualTo("run.yaml:5:3: error: /schedule/stpes: unknown key stpes in cosine;"
        + " did you mean steps? (expected one of type, from, to, steps, k)")
  }

  @Test
  fun `every problem, in file order`() {
    val yaml = """
      schedule:
        type: cosine
        from: 0.1
        stpes: 100
        too: 0.0
    """.trimIndent()
    val problems = problemsOf(yaml)
    assertThat(problems.map { "${it.line}:${it.column} ${it.pointer}" })
      .containsExactly("4:3 /schedule/stpes", "5:3 /schedule/too")
    assertThat(problems[1].fullMessage()).isEqualTo("/schedule/too: unknown key too in cosine; did you mean to?"
        + " (expected one of type, from, to, steps, k)")
  }

  @Test
  fun `durations that do not fit are located at the value`() {
    val yaml = """
      total_steps: 1000
      schedule:
        type: sequence
        parts:
          - {type: linear, from: 0.0, to: 0.1, steps: 2000}
          - {type: cosine, to: 0.0, steps: rest}
    """.trimIndent()
    val p = problemsOf(yaml).single()
    assertThat(listOf(p.line, p.column)).containsExactly(6, 38)
    assertThat(p.pointer).isEqualTo("/schedule/parts/1/steps")
    assertThat(p.fullMessage()).isEqualTo("/schedule/parts/1/steps: sequence: rest must be >= 1 step, got -1000"
        + " (total_steps 1000 minus 2000 steps of the other parts)")
  }

  @Test
  fun `YAML syntax errors, unreadable files and missing settings`(@TempDir dir: Path) {
    val syntax = problemsOf("schedule: {type: cosine, from: 0.1, steps: 10\n").single()
    assertThat(syntax.toString()).isEqualTo("run.yaml:1:11: error: cannot parse the file: expected ',' or '}',"
        + " but got <stream end> (while parsing a flow mapping that starts at line 1, column 11);"
        + " a missing comma, or a } not closed on its line?")
    assertThat(syntax.pointer).isEmpty()

    val missing = dir.resolve("missing.yaml")
    val unreadable = assertThrows<ScheduleFileException> { ScheduleFile.load(missing) }.problems().single()
    assertThat(unreadable.toString()).isEqualTo("$missing:1:1: error: cannot read the file: no such file")

    val noBaseLr = problemsOf("schedule:\n  type: torch.StepLR\n  step_size: 10\n").single()
    assertThat(noBaseLr.toString()).isEqualTo("run.yaml:2:9: error: /schedule: torch.StepLR needs base_lr"
        + " (the optimizer's lr) at the top of the file, beside schedule, got no base_lr")
  }

  @Test
  fun `momentum cannot be given twice`() {
    val yaml = """
      schedules:
        lr: {type: torch.OneCycleLR, max_lr: 0.1, total_steps: 100}
        momentum: {type: constant, value: 0.9}
    """.trimIndent()
    val p = problemsOf(yaml).single()
    assertThat(p.line to p.column).isEqualTo(3 to 3)
    assertThat(p.fullMessage()).isEqualTo("/schedules/momentum: schedules: momentum must be given once, got a momentum"
        + " schedule and the momentum of torch.OneCycleLR (cycle_momentum: true)")
  }

  @Test
  fun `warnings come with a valid file`() {
    val yaml = """
      base_lr: 0.1
      total_steps: 300
      schedule:
        type: torch.CosineAnnealingLR
        T_max: 100
    """.trimIndent()
    val steps: Long? = null // the file's total_steps
    val checked = ScheduleFile.check("run.yaml", yaml, "", steps)
    val warning = checked.warnings().single()
    assertThat(warning.isWarning).isTrue()
    assertThat(warning.line to warning.column).isEqualTo(5 to 10)
    assertThat(warning.toString()).isEqualTo("run.yaml:5:10: warning: /schedule/T_max: torch.CosineAnnealingLR"
        + " runs past T_max (100) for 200 of the 300 steps of the run: PyTorch's cosine rises back to base_lr"
        + " after T_max; set T_max to 300 or use a native cosine, which holds its end value")
    assertThat(checked.schedules().getValue("lr")[200]).isEqualTo(0.1)
    // over a run of 100 steps nothing is suspicious
    assertThat(ScheduleFile.check("run.yaml", yaml, "", 100L).warnings()).isEmpty()
  }

  @Test
  fun `a file built in Kotlin round-trips through YAML`() {
    val file = ScheduleFile.of(warmup(100, cosine(1e-3, 0.0, 900)))
      .with("weight_decay", constant(0.05))
      .withTotalSteps(1_000)
    val yaml = file.toYaml()
    assertThat(yaml).isEqualTo(
      """
      total_steps: 1000
      schedules:
        lr:
          type: warmup
          steps: 100
          from: 0.0
          then:
            type: cosine
            from: 0.001
            to: 0.0
            steps: 900
        weight_decay:
          type: constant
          value: 0.05
      """.trimIndent() + "\n")
    val again = ScheduleFile.parse("copy.yaml", yaml, "")
    assertThat(again).isEqualTo(file)
    val node: Node? = again.schedules["weight_decay"]
    assertThat(node).isEqualTo(constant(0.05))
  }

  @Test
  fun `every sample round-trips`() {
    val samples = listOf("gpt-warmup-cosine", "sgdr-restarts", "torch-one-cycle", "resnet-step-decay-epochs")
    for (name in samples) {
      val file = ScheduleFile.load(Path.of("samples/$name.yaml"))
      val again = ScheduleFile.parse("$name.yaml", file.toYaml(), "")
      assertThat(again).`as`(name).isEqualTo(file)
      val a = file.compile()
      val b = again.compile()
      assertThat(b.keys).`as`(name).isEqualTo(a.keys)
      for ((key, schedule) in a) {
        assertThat((0L..20_000L step 997).map { b.getValue(key)[it] }).`as`("%s %s", name, key)
          .isEqualTo((0L..20_000L step 997).map { schedule[it] })
      }
    }
    val oneCycle = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml")).schedules["lr"]
    assertThat(oneCycle).isEqualTo(OneCycleLR(0.4, 7_800, null, null, 0.25, "cos", true, 0.85, 0.95, 25.0, 1e4, false))
  }
}
