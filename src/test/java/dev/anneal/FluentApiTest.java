package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Clamp;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.Node;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Steps;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The fluent Java API: the README's examples and the constructors' validation messages. */
class FluentApiTest {

  @Test
  void readmeJavaExample() {
    // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
    Node spec = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2));
    Schedule lr = Schedule.of(spec);
    assertThat(lr.valueAt(0)).isEqualTo(0.0);
    assertThat(lr.valueAt(250)).isCloseTo(1.5e-4, within(1e-18));
    assertThat(lr.valueAt(500)).isEqualTo(3e-4);
    assertThat(lr.valueAt(10_000)).isEqualTo(3e-4); // 500 + 9500: the second cycle starts
    double mid = 3e-5 + (3e-4 - 3e-5) * (1 + Math.cos(Math.PI * 0.5)) / 2;
    assertThat(lr.valueAt(10_000 + 9_500)).isCloseTo(mid, within(1e-15)); // middle of the 19,000-step cycle
    // a pure function: any order
    assertThat(lr.valueAt(1234)).isEqualTo(Schedule.of(spec).valueAt(1234));
    String yaml = Schedules.toYaml(spec);
    assertThat(yaml).contains("type: warmup", "type: restarts", "period_mult: 2.0", "type: cosine");
    assertThat(ScheduleFile.of(spec).toYaml()).startsWith("schedule:");
    assertThat(ScheduleFile.parse("x.yaml", ScheduleFile.of(spec).toYaml(), "").schedules().get("lr"))
        .isEqualTo(spec);
  }

  @Test
  void readmeYamlExampleLoadsFromSamples() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
    Schedule lr = file.compile().get("lr");
    double expected = 3e-5 + (3e-4 - 3e-5) * (1 + Math.cos(Math.PI * (1234 - 500) / 9500.0)) / 2;
    assertThat(lr.valueAt(1234)).isCloseTo(expected, within(1e-15));
    assertThat(lr.valueAt(250)).isCloseTo(1.5e-4, within(1e-18));
    assertThat(file.totalSteps()).isEqualTo(10_000L);
  }

  @Test
  void fluentMethodsBuildTheRecords() {
    Node a = linear(0.0, 1.0, 10);
    Node b = constant(2.0);
    assertThat(a.times(0.5)).isEqualTo(scale(0.5, a));
    assertThat(a.times(b)).isEqualTo(multiply(a, b));
    assertThat(a.plus(b)).isEqualTo(add(a, b));
    assertThat(a.clampedTo(0.1, 0.9)).isEqualTo(clamp(0.1, 0.9, a));
    assertThat(a.delayedBy(3)).isEqualTo(shift(3, a));
    assertThat(a.restarting().withDecay(0.5).withCycles(3)).isEqualTo(new Restarts(a, 1.0, 0.5, 3L));
    assertThat(sequence(a).then(b)).isEqualTo(sequence(a, b));
    assertThat(cosine(1.0, 0.0, 10).withTo(0.1)).isEqualTo(cosine(1.0, 0.1, 10));
    assertThat(polynomial(1.0, 0.0, 10, 1.0).withPower(2)).isEqualTo(new Polynomial(1.0, 0.0, Steps.of(10), 2.0));
    assertThat(exponential(1.0, 0.9)).isEqualTo(new Exponential(1.0, 0.9, 1, false, null));
    Schedule lambda = step -> 1e-3 * step;
    assertThat(lambda.get(2)).isEqualTo(2e-3);
    assertThat(lambda.invoke(3)).isEqualTo(3e-3);
  }

  static void refused(Executable build, String message) {
    assertThatThrownBy(build::execute).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  @Test
  void constructorsSayWhatIsWrong() {
    refused(() -> new Cosine(Double.NaN, 0.0, Steps.of(10)), "cosine: from must be a finite number, got NaN");
    refused(() -> new Cosine(1.0, Double.POSITIVE_INFINITY, Steps.of(10)),
        "cosine: to must be a finite number, got Infinity");
    refused(() -> cosine(1.0, 0.0, 0), "duration: steps must be >= 1, got 0");
    refused(() -> linear(1.0, 0.0, -5), "duration: steps must be >= 1, got -5");
    refused(() -> cosine(1.0, 0.0, 10).restarting().withPeriodMult(0.5),
        "restarts: period_mult must be a finite number >= 1, got 0.5");
    refused(() -> cosine(1.0, 0.0, 10).restarting().withCycles(0), "restarts: cycles must be >= 1, got 0");
    refused(() -> stepDecay(1.0, 0.5, 0), "step: every must be >= 1, got 0");
    refused(() -> exponential(1.0, 0.0), "exponential: rate must be a finite number > 0, got 0.0");
    refused(() -> inverseSqrt(1.0, -1), "inverse_sqrt: timescale must be a finite number > 0, got -1.0");
    refused(() -> multistep(1.0, 0.5, 30, 10), "multistep: milestones must be strictly increasing, got [30, 10]");
    refused(() -> multistep(1.0, 0.5), "multistep: milestones must be a non-empty list, got []");
    refused(() -> piecewiseConstant(List.of(1.0, 2.0), List.of()),
        "piecewise_constant: values must be one more than the 0 boundaries, got 2 values");
    refused(() -> new Clamp(1.0, 0.5, constant(1.0)), "clamp: max must be >= min 1, got 0.5");
    refused(() -> polynomial(1.0, 0.0, 10, -1.0), "polynomial: power must be a finite number > 0, got -1.0");
    refused(() -> sequence(), "sequence: parts must be a non-empty list, got []");
    refused(() -> Steps.percent(0), "duration: percentage must be a finite number > 0, got 0.0");
    refused(() -> new dev.anneal.spec.PolynomialLR(10, -1.0),
        "torch.PolynomialLR: power must be a finite number >= 0, got -1.0");
  }

  @Test
  void compileTimeRulesSayWhatIsWrong() {
    refused(() -> Schedule.of(sequence(constant(1.0), constant(2.0))),
        "sequence: parts[0] must be a node with a duration (steps), as every part but the last, got a constant without one");
    refused(() -> Schedule.of(restarts(constant(1.0))),
        "restarts: of must be a node with a finite duration, got a constant without one");
    refused(() -> Schedule.of(cosine(1.0, 0.0, Steps.percent(5))),
        "duration: \"5%\" needs total_steps in the file, got no total_steps");
    refused(() -> Schedule.of(shift(-10, constant(1.0, 10))),
        "shift: by must be > -10 (the duration of of), got -10");
    refused(() -> Schedule.of(new Cosine(null, 0.0, Steps.of(10))),
        "cosine: from must be given (only a later part of a sequence may leave it out), got nothing");
  }
}
