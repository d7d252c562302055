package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Restarts;
import dev.anneal.spec.Rex;
import dev.anneal.spec.Scale;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Shift;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Properties every schedule must have, over random native trees. */
class SchedulePropertiesTest {
  static final Context CONTEXT = new Context(1000L, 10L, 0.1);

  // ---- generators ---------------------------------------------------------------------------

  static Arbitrary<Double> values() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(-10, 10),
        Arbitraries.of(0.0, 1.0, 3e-4, 1e-300, -0.5, 0.1, 123456.789e10));
  }

  static Arbitrary<Steps> durations() {
    return Arbitraries.oneOf(Arbitraries.longs().between(1, 200).map(Steps::of),
        Arbitraries.of(Steps.percent(5), Steps.percent(12.5), Steps.percent(50), Steps.epochs(1),
            Steps.epochs(2.5), Steps.epochs(3)));
  }

  static Arbitrary<Long> counts() {
    return Arbitraries.longs().between(1, 50);
  }

  /** timm's k-decay exponents, 1 (the plain shape) half the time. */
  static Arbitrary<Double> kDecays() {
    return Arbitraries.of(1.0, 1.0, 0.5, 2.0);
  }

  /** Shapes with a duration, {@code from} given. */
  static Arbitrary<Node> leaves() {
    Arbitrary<Double> v = values();
    return Arbitraries.oneOf(
        Combinators.combine(v, durations()).as((a, d) -> new Constant(a, d)),
        Combinators.combine(v, v, durations()).as((a, b, d) -> new Linear(a, b, d)),
        Combinators.combine(v, v, durations(), kDecays()).as((a, b, d, k) -> new Cosine(a, b, d, k)),
        Combinators.combine(v, v, durations(), Arbitraries.doubles().between(0.1, 4), kDecays())
            .as((a, b, d, p, k) -> new Polynomial(a, b, d, p, k)),
        Combinators.combine(v, v, durations()).as((a, b, d) -> new OneMinusSqrt(a, b, d)),
        Combinators.combine(v, v, durations()).as((a, b, d) -> new Rex(a, b, d)),
        Combinators.combine(v, v, durations(), Arbitraries.of(-7.0, -2.0), Arbitraries.of(3.0, 2.0))
            .as((a, b, d, lb, ub) -> new Tanh(a, b, d, lb, ub)),
        Combinators.combine(v, Arbitraries.doubles().between(0.5, 1.0), counts(), Arbitraries.of(true, false),
            durations()).as((a, r, e, s, d) -> new Exponential(a, r, e, s, d)),
        Combinators.combine(v, Arbitraries.doubles().between(0.1, 1.0), counts(), durations())
            .as((a, g, e, d) -> new Step(a, g, e, d)),
        Combinators.combine(v, Arbitraries.doubles().between(0.1, 1.0), counts(), counts(), durations())
            .as((a, g, m1, m2, d) -> new MultiStep(a, g, List.of(m1, m1 + m2), d)),
        Combinators.combine(v, v, counts(), durations())
            .as((a, b, m, d) -> new PiecewiseConstant(List.of(a, b), List.of(m), d)),
        Combinators.combine(v, Arbitraries.doubles().between(1, 100), durations())
            .as((a, ts, d) -> new InverseSqrt(a, ts, d)));
  }

  /** The same leaf without {@code from}, for a later part of a sequence. */
  static Node withoutFrom(Node node) {
    if (node instanceof Linear n) return new Linear(null, n.to(), n.steps());
    if (node instanceof Cosine n) return new Cosine(null, n.to(), n.steps(), n.k());
    if (node instanceof Polynomial n) return new Polynomial(null, n.to(), n.steps(), n.power(), n.k());
    if (node instanceof OneMinusSqrt n) return new OneMinusSqrt(null, n.to(), n.steps());
    if (node instanceof Rex n) return new Rex(null, n.to(), n.steps());
    if (node instanceof Tanh n) return new Tanh(null, n.to(), n.steps(), n.lb(), n.ub());
    if (node instanceof Exponential n) return new Exponential(null, n.rate(), n.every(), n.staircase(), n.steps());
    if (node instanceof Step n) return new Step(null, n.gamma(), n.every(), n.steps());
    if (node instanceof MultiStep n) return new MultiStep(null, n.gamma(), n.milestones(), n.steps());
    if (node instanceof InverseSqrt n) return new InverseSqrt(null, n.timescale(), n.steps());
    return node;
  }

  /** Trees where every node has a finite duration, so any of them fits anywhere. */
  static Arbitrary<Node> trees(int depth) {
    if (depth == 0) return leaves();
    Arbitrary<Node> sub = Arbitraries.lazy(() -> trees(depth - 1));
    Arbitrary<Node> sequence = Combinators.combine(sub.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.of(true, false).list().ofSize(3)).as((parts, drop) -> {
          List<Node> out = new ArrayList<>();
          for (int i = 0; i < parts.size(); i++) {
            out.add(i > 0 && drop.get(i) ? withoutFrom(parts.get(i)) : parts.get(i));
          }
          return new Sequence(out);
        });
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaves()),
        net.jqwik.api.Tuple.of(2, sequence),
        net.jqwik.api.Tuple.of(1, Combinators.combine(durations(), values(), sub).as(Warmup::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(sub, Arbitraries.of(1.0, 1.5, 2.0),
            Arbitraries.of(1.0, 0.5, 0.9), Arbitraries.longs().between(1, 4)).as(Restarts::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(values(), sub).as(Scale::new)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(Multiply::new)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(1).ofMaxSize(3).map(Add::new)),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.doubles().between(-5, 0),
            Arbitraries.doubles().between(0, 5), sub).as((lo, hi, of) -> new Clamp(lo, hi, of))),
        net.jqwik.api.Tuple.of(1, sub.map(of -> new Clamp(null, 1.0, of))),
        net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.longs().between(0, 20), sub).as(Shift::new)));
  }

  @Provide
  Arbitrary<Node> tree() {
    return trees(3);
  }

  @Provide
  Arbitrary<List<Long>> stepOrders() {
    return Arbitraries.longs().between(0, 3000).list().ofMinSize(1).ofMaxSize(30);
  }

  // ---- properties ---------------------------------------------------------------------------

  /** The bound that lets lint skip its scan for a learning rate above 1 must really bound. */
  @Property(tries = 300)
  void noValueIsLargerInMagnitudeThanTheSpecBound(@ForAll("tree") Node node) {
    double bound = dev.anneal.internal.load.Bounds.magnitude(node, CONTEXT);
    Schedule schedule = Schedule.of(node, CONTEXT);
    for (long step = 0; step <= 3000; step++) {
      assertThat(Math.abs(schedule.valueAt(step))).as("step %d", step).isLessThanOrEqualTo(bound * (1 + 1e-12));
    }
  }

  @Property(tries = 200)
  void purityTheValueAtKDoesNotDependOnWhatWasAskedBefore(@ForAll("tree") Node node,
      @ForAll("stepOrders") List<Long> before, @ForAll @LongRange(min = 0, max = 3000) long k) {
    Schedule fresh = Schedule.of(node, CONTEXT);
    double alone = fresh.valueAt(k);
    Schedule used = Schedule.of(node, CONTEXT);
    for (long step : before) used.valueAt(step);
    assertThat(Double.doubleToLongBits(used.valueAt(k))).isEqualTo(Double.doubleToLongBits(alone));
    for (long step : before) {
      assertThat(Double.doubleToLongBits(used.valueAt(step)))
          .isEqualTo(Double.doubleToLongBits(fresh.valueAt(step)));
    }
    assertThat(Double.doubleToLongBits(fresh.valueAt(k))).isEqualTo(Double.doubleToLongBits(alone));
  }

  @Property(tries = 200)
  void aSequencePartWithoutFromStartsAtThePreviousPartsEnd(@ForAll("tree") Node first,
      @ForAll("leaf") Node next, @ForAll @IntRange(min = 1, max = 100) int firstSteps) {
    if (next instanceof Constant || next instanceof PiecewiseConstant) return; // no from to inherit
    if (next instanceof Tanh) return; // it starts where its formula says, short of from (TanhTest)
    // a linear first part: its value at p = 1 is exactly its to
    Node bounded = new Sequence(List.of(new Linear(0.0, 1.0, Steps.of(firstSteps)), withoutFrom(next)));
    assertThat(Schedule.of(bounded, CONTEXT).valueAt(firstSteps)).isEqualTo(1.0);
    // any first part: the next part starts at the first part's own value at its end (p = 1)
    long boundary = findBoundary(first);
    Schedule firstAlone = Schedule.of(first, CONTEXT);
    Schedule seq = Schedule.of(new Sequence(List.of(first, withoutFrom(next))), CONTEXT);
    if (boundary >= 0) {
      assertThat(seq.valueAt(boundary)).isEqualTo(firstAlone.valueAt(boundary));
      assertThat(seq.valueAt(boundary - 1)).isEqualTo(firstAlone.valueAt(boundary - 1));
    }
  }

  @Provide
  Arbitrary<Node> leaf() {
    return leaves();
  }

  /** The duration of a tree when it is a whole number of steps (as outside restarts it is), else -1. */
  static long findBoundary(Node head) {
    // a sequence [head, marker] switches to the marker at head's duration
    Schedule probe = Schedule.of(new Sequence(List.of(head, new Constant(Double.MAX_VALUE, null))), CONTEXT);
    if (probe.valueAt(0) == Double.MAX_VALUE) return -1;
    for (long k = 0; k < 200_000; k++) {
      if (probe.valueAt(k) == Double.MAX_VALUE) return k;
    }
    return -1;
  }

  @Property(tries = 200)
  void aCosineStaysBetweenItsEnds(@ForAll @DoubleRange(min = -1e3, max = 1e3) double from,
      @ForAll @DoubleRange(min = -1e3, max = 1e3) double to, @ForAll @LongRange(min = 1, max = 100_000) long steps,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long k, @ForAll @LongRange(min = 0, max = 300_000) long near) {
    Schedule cosine = Schedule.of(new Cosine(from, to, Steps.of(steps)));
    for (long step : new long[] {k, near, steps, steps - 1, steps + 1}) {
      assertThat(cosine.valueAt(step)).isBetween(Math.min(from, to), Math.max(from, to));
    }
  }

  @Property(tries = 200)
  void hugeStepsReturnFiniteValuesForRestartsWithPeriodMultTwo(
      @ForAll @LongRange(min = 0, max = 1L << 62) long step, @ForAll @IntRange(min = 1, max = 100) int d,
      @ForAll @IntRange(min = 1, max = 100) int t0) {
    Schedule restarts = Schedule.of(new Restarts(new Cosine(0.1, 0.001, Steps.of(d)), 2.0, 0.9, null));
    Schedule torch = Schedule.of(new CosineAnnealingWarmRestarts(t0, 2, 0.001), new Context(null, null, 0.1));
    for (long k : new long[] {step, 1L << 62, (1L << 62) - 1, Long.MAX_VALUE / 2}) {
      double r = restarts.valueAt(k);
      double t = torch.valueAt(k);
      assertThat(Double.isFinite(r)).as("restarts at %d: %s", k, r).isTrue();
      assertThat(Double.isFinite(t)).as("torch at %d: %s", k, t).isTrue();
      assertThat(r).isBetween(0.001 - 1e-12, 0.1 + 1e-12);
      assertThat(t).isBetween(0.001 - 1e-12, 0.1 + 1e-12);
    }
  }

  @Property(tries = 200)
  void yamlRoundTripGivesTheSameTree(@ForAll("tree") Node node) {
    ScheduleFile file = ScheduleFile.of(node).withTotalSteps(1000).withStepsPerEpoch(10);
    ScheduleFile back = ScheduleFile.parse("x.yaml", file.toYaml(), "");
    assertThat(back).isEqualTo(file);
    assertThat(back.schedules().get("lr")).isEqualTo(node);
  }

  @Property(tries = 200)
  void nodeYamlIndentedUnderScheduleLoadsBack(@ForAll("tree") Node node) {
    String indented = Schedules.toYaml(node).lines().map(l -> "  " + l).reduce("", (a, b) -> a + b + "\n");
    ScheduleFile back = ScheduleFile.parse("x.yaml",
        "total_steps: 1000\nsteps_per_epoch: 10\nschedule:\n" + indented, "");
    assertThat(back.schedules().get("lr")).isEqualTo(node);
  }

  @Property(tries = 100)
  void twoCompilesGiveTheSameValues(@ForAll("tree") Node node, @ForAll @Size(max = 20) List<@LongRange(max = 5000) Long> steps) {
    Schedule a = Schedule.of(node, CONTEXT);
    Schedule b = Schedule.of(node, CONTEXT);
    for (long k : steps) {
      assertThat(Double.doubleToLongBits(a.valueAt(k))).isEqualTo(Double.doubleToLongBits(b.valueAt(k)));
    }
  }
}
