package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineAnnealingWarmRestarts;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary tables (b - 1, b, b + 1) for every native node and combinator join of FORMAT.md
 * section 3. Expected values are written from FORMAT.md's formulas or as literal numbers.
 */
class NativeNodesTest {

  static double at(Node node, long step) {
    return Schedule.of(node).valueAt(step);
  }

  static double at(Node node, Context context, long step) {
    return Schedule.of(node, context).valueAt(step);
  }

  static void close(double actual, double expected) {
    assertThat(actual).isCloseTo(expected, within(1e-12 * Math.abs(expected) + 1e-15));
  }

  // ---- primitives -------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0", "1", "9", "10", "11", "1000000"})
  void constantIsItsValueEverywhere(long step) {
    assertThat(at(constant(0.25), step)).isEqualTo(0.25);
    assertThat(at(constant(0.25, 10), step)).isEqualTo(0.25);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "1, 0.9", "5, 0.5", "9, 0.1", "10, 0.0", "11, 0.0", "500, 0.0"})
  void linearGoesFromToAndHolds(long step, double expected) {
    close(at(linear(1.0, 0.0, 10), step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "50", "99", "100", "101", "1000"})
  void cosineFollowsTheFormulaAndHoldsTo(long step) {
    double from = 3e-4, to = 3e-5;
    double p = Math.min(step, 100) / 100.0;
    double expected = to + (from - to) * (1 + Math.cos(Math.PI * p)) / 2;
    close(at(cosine(from, to, 100), step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 2.0", "50, 1.0", "99, 0.0005", "100, 0.0", "101, 0.0"})
  void cosineLiteralValues(long step, double expected) {
    // 2 * (1 + cos(pi * 0.99)) / 2 = 1 + cos(0.99 pi) ~ 0.000493
    if (step == 99) {
      assertThat(at(cosine(2.0, 0.0, 100), step)).isCloseTo(1 + Math.cos(0.99 * Math.PI), within(1e-15));
      assertThat(at(cosine(2.0, 0.0, 100), step)).isBetween(0.0004, 0.0005);
    } else {
      assertThat(at(cosine(2.0, 0.0, 100), step)).isCloseTo(expected, within(1e-15));
    }
  }

  @Test
  void cosineDefaultsToZeroAndMayGoUp() {
    assertThat(at(new Cosine(1.0, 0.0, Steps.of(4)), 4)).isEqualTo(0.0);
    close(at(cosine(0.0, 1.0, 4), 2), 0.5);
    assertThat(at(cosine(0.0, 1.0, 4), 4)).isEqualTo(1.0);
    assertThat(at(cosine(0.0, 1.0, 4), 5)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "9", "10", "11", "20", "21"})
  void polynomialFollowsTheFormula(long step) {
    double p = Math.min(step, 20) / 20.0;
    close(at(polynomial(1.0, 0.1, 20, 2.0), step), 0.1 + 0.9 * Math.pow(1 - p, 2.0));
    close(at(polynomial(1.0, 0.0, 20, 1.0), step), 1 - p);
  }

  @Test
  void polynomialLiteralValues() {
    close(at(polynomial(1.0, 0.0, 10, 2.0), 5), 0.25);
    close(at(polynomial(1.0, 0.0, 10, 0.5), 9), Math.sqrt(0.1));
    assertThat(at(polynomial(1.0, 0.5, 10, 3.0), 10)).isEqualTo(0.5);
    assertThat(at(polynomial(1.0, 0.5, 10, 3.0), 11)).isEqualTo(0.5);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "25, 0.5", "99, 0.0", "100, 0.0", "101, 0.0", "1, 0.9"})
  void oneMinusSqrtFollowsTheFormula(long step, double unused) {
    double p = Math.min(step, 100) / 100.0;
    close(at(oneMinusSqrt(1.0, 0.0, 100), step), 1 - Math.sqrt(p));
  }

  @Test
  void oneMinusSqrtLiteralValues() {
    close(at(oneMinusSqrt(1.0, 0.0, 100), 25), 0.5);
    close(at(oneMinusSqrt(2.0, 1.0, 100), 1), 1.9);
    assertThat(at(oneMinusSqrt(2.0, 1.0, 100), 100)).isEqualTo(1.0);
    assertThat(at(oneMinusSqrt(2.0, 1.0, 100), 101)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "2", "3", "4", "5", "6", "7", "100"})
  void exponentialSmoothAndStaircase(long step) {
    Node smooth = new Exponential(1.0, 0.5, 3, false, null);
    Node stairs = new Exponential(1.0, 0.5, 3, true, null);
    close(at(smooth, step), Math.pow(0.5, step / 3.0));
    close(at(stairs, step), Math.pow(0.5, Math.floor(step / 3.0)));
    close(at(exponential(2.0, 0.9), step), 2.0 * Math.pow(0.9, step));
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "2, 1.0", "3, 0.5", "4, 0.5", "5, 0.5", "6, 0.25", "7, 0.25"})
  void exponentialStaircaseLiteral(long step, double expected) {
    assertThat(at(new Exponential(1.0, 0.5, 3, true, null), step)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "9, 1.0", "10, 0.1", "11, 0.1", "19, 0.1", "20, 0.01", "21, 0.01"})
  void stepDecaysEveryPeriod(long step, double expected) {
    close(at(stepDecay(1.0, 0.1, 10), step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "29, 1.0", "30, 0.5", "31, 0.5", "79, 0.5", "80, 0.25", "81, 0.25", "100000, 0.25"})
  void multistepCountsMilestonesAtOrBelow(long step, double expected) {
    assertThat(at(multistep(1.0, 0.5, 30, 80), step)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 3.0", "9, 3.0", "10, 2.0", "11, 2.0", "19, 2.0", "20, 1.0", "21, 1.0", "99999, 1.0"})
  void piecewiseConstantPicksByBoundaries(long step, double expected) {
    assertThat(at(piecewiseConstant(List.of(3.0, 2.0, 1.0), List.of(10L, 20L)), step)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "99", "100", "101", "300", "1000000"})
  void inverseSqrtFollowsTheFormula(long step) {
    close(at(inverseSqrt(1.0, 100), step), 1.0 / Math.sqrt(1 + step / 100.0));
  }

  @Test
  void inverseSqrtLiteralValues() {
    close(at(inverseSqrt(1.0, 100), 300), 0.5);
    assertThat(at(inverseSqrt(1.0, 100), 0)).isEqualTo(1.0);
  }

  // ---- sequence -----------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0, 0.0", "9, 0.9", "10, 0.5", "11, 0.5", "19, 0.5", "20, 0.5", "21, 0.5"})
  void sequenceBoundariesAndLocalSteps(long step, double expected) {
    Node seq = sequence(linear(0.0, 1.0, 10), constant(0.5, 10));
    close(at(seq, step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "9", "10", "11", "19", "20", "21", "29", "30", "31"})
  void sequencePartWithoutFromStartsWhereThePreviousEnded(long step) {
    // linear 0 -> 1 over 10, cosine (from = 1.0 inherited) -> 0.2 over 10, polynomial (from = 0.2) -> 0 over 10
    Node seq = sequence(linear(0.0, 1.0, 10), new Cosine(null, 0.2, Steps.of(10)),
        new Polynomial(null, 0.0, Steps.of(10), 2.0));
    double expected;
    if (step < 10) expected = step / 10.0;
    else if (step < 20) expected = 0.2 + 0.8 * (1 + Math.cos(Math.PI * (step - 10) / 10.0)) / 2;
    else expected = 0.2 * Math.pow(1 - Math.min(step - 20, 10) / 10.0, 2);
    close(at(seq, step), expected);
  }

  @Test
  void inheritedFromIsTheValueAtPEqualsOneNotAtTheLastStep() {
    // previous part's value at its last step is 0.9; at p = 1 it is 1.0: the next starts at 1.0
    Node seq = sequence(linear(0.0, 1.0, 10), new Linear(null, 3.0, Steps.of(4)));
    assertThat(at(seq, 10)).isEqualTo(1.0);
    close(at(seq, 12), 2.0);
    assertThat(at(seq, 14)).isEqualTo(3.0);
    // inherited by the other shapes
    Node chain = sequence(constant(0.5, 5), new Exponential(null, 0.5, 1, false, Steps.of(2)),
        new Step(null, 0.5, 1, Steps.of(3)), new MultiStep(null, 0.1, List.of(1L), Steps.of(2)),
        new InverseSqrt(null, 1.0, Steps.of(2)), new OneMinusSqrt(null, 0.0, Steps.of(4)));
    assertThat(at(chain, 5)).isEqualTo(0.5);      // exponential from 0.5
    assertThat(at(chain, 6)).isEqualTo(0.25);
    assertThat(at(chain, 7)).isEqualTo(0.125);    // step from 0.5 * 0.5^2 (its value at t = 2)
    assertThat(at(chain, 8)).isEqualTo(0.0625);
    assertThat(at(chain, 10)).isEqualTo(0.125 * 0.125); // multistep from step's value at t = 3
    close(at(chain, 11), 0.125 * 0.125 * 0.1);
    close(at(chain, 12), 0.125 * 0.125 * 0.1);   // inverse_sqrt from multistep's value at t = 2
    close(at(chain, 13), 0.125 * 0.125 * 0.1 / Math.sqrt(2));
    double start = 0.125 * 0.125 * 0.1 / Math.sqrt(3); // one_minus_sqrt from inverse_sqrt at t = 2
    close(at(chain, 14), start);
    close(at(chain, 15), start * 0.5);
    assertThat(at(chain, 18)).isEqualTo(0.0);
  }

  @ParameterizedTest
  @CsvSource({"0", "4", "5", "6", "94", "95", "96", "99", "100", "150"})
  void sequenceRestAndPercentWithTotalSteps(long step) {
    // the README sample: linear 0 -> 3e-4 over 5% of 100, cosine -> 3e-5 over the rest (95)
    Node seq = sequence(linear(0.0, 3e-4, Steps.percent(5)), new Cosine(null, 3e-5, Steps.rest()));
    Context ctx = new Context(100L, null, null);
    double expected = step < 5 ? 3e-4 * step / 5.0
        : 3e-5 + (3e-4 - 3e-5) * (1 + Math.cos(Math.PI * Math.min(step - 5, 95) / 95.0)) / 2;
    close(at(seq, ctx, step), expected);
  }

  @Test
  void percentIsRoundedWithMathRound() {
    // 2.5% of 10 = 0.25 -> 0 steps: an error; 5% of 10 = 0.5 -> Math.round = 1; 15% of 10 = 1.5 -> 2
    Context ctx = new Context(10L, null, null);
    Node seq = sequence(constant(1.0, Steps.percent(15)), constant(2.0, 1));
    assertThat(at(seq, ctx, 1)).isEqualTo(1.0);
    assertThat(at(seq, ctx, 2)).isEqualTo(2.0);
    Node half = sequence(constant(1.0, Steps.percent(5)), constant(2.0, 1));
    assertThat(at(half, ctx, 0)).isEqualTo(1.0);
    assertThat(at(half, ctx, 1)).isEqualTo(2.0);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Schedule.of(sequence(constant(1.0, Steps.percent(2.5)), constant(2.0, 1)), ctx))
        .hasMessage("duration: \"2.5%\" must be at least 1 step, got 0 steps of total_steps 10");
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "29, 1.0", "30, 2.0", "31, 2.0", "44, 2.0", "45, 3.0", "46, 3.0"})
  void epochDurations(long step, double expected) {
    Context ctx = new Context(null, 10L, null);
    Node seq = sequence(constant(1.0, Steps.epochs(3)), constant(2.0, Steps.epochs(1.5)), constant(3.0));
    assertThat(at(seq, ctx, step)).isEqualTo(expected);
  }

  @Test
  void restIsTotalMinusEveryOtherPart() {
    Context ctx = new Context(50L, null, null);
    Node seq = sequence(constant(1.0, 10), constant(2.0, Steps.rest()), constant(3.0, 15));
    assertThat(at(seq, ctx, 9)).isEqualTo(1.0);
    assertThat(at(seq, ctx, 10)).isEqualTo(2.0);
    assertThat(at(seq, ctx, 34)).isEqualTo(2.0); // rest = 50 - 10 - 15 = 25
    assertThat(at(seq, ctx, 35)).isEqualTo(3.0);
    assertThat(at(seq, ctx, 49)).isEqualTo(3.0);
    assertThat(at(seq, ctx, 50)).isEqualTo(3.0);
  }

  // ---- warmup ---------------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0", "1", "250", "499", "500", "501", "5000", "9999", "10000"})
  void warmupCosineEqualsHuggingFaceGetCosineScheduleWithWarmup(long step) {
    Node spec = warmup(500, cosine(3.0e-4, 0.0, 9500));
    double base = 3.0e-4;
    int warmup = 500, total = 10000;
    double hf;
    if (step < warmup) {
      hf = base * ((double) step / Math.max(1, warmup));
    } else {
      double progress = (double) (step - warmup) / Math.max(1, total - warmup);
      hf = base * Math.max(0.0, 0.5 * (1.0 + Math.cos(Math.PI * 0.5 * 2.0 * progress)));
    }
    assertThat(at(spec, step)).isCloseTo(hf, within(1e-9 * Math.abs(hf) + 1e-15));
  }

  @ParameterizedTest
  @CsvSource({"0, 0.1", "5, 0.55", "9, 0.91", "10, 1.0", "11, 1.0"})
  void warmupFromAGivenValueReachesThensFirstValue(long step, double expected) {
    close(at(new dev.anneal.spec.Warmup(Steps.of(10), 0.1, constant(1.0)), step), expected);
  }

  @Test
  void warmupEndsAtThenShifted() {
    Node w = warmup(4, linear(1.0, 0.0, 4));
    assertThat(at(w, 3)).isEqualTo(0.75);
    assertThat(at(w, 4)).isEqualTo(1.0);
    assertThat(at(w, 5)).isEqualTo(0.75);
    assertThat(at(w, 8)).isEqualTo(0.0);
    // warmup lasts steps + duration(then): it is a sequence part of 8 steps
    Node seq = sequence(w, constant(7.0));
    assertThat(at(seq, 7)).isEqualTo(0.25);
    assertThat(at(seq, 8)).isEqualTo(7.0);
  }

  // ---- restarts -------------------------------------------------------------------------------

  static double sgdr(long k) {
    // CosineAnnealingWarmRestarts(T_0=10, T_mult=2, eta_min=0.001) at base lr 0.1, written out
    long tCur = k, tI = 10;
    while (tCur >= tI) {
      tCur -= tI;
      tI *= 2;
    }
    return 0.001 + (0.1 - 0.001) * (1 + Math.cos(Math.PI * tCur / tI)) / 2;
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "9", "10", "11", "20", "29", "30", "31", "69", "70", "71", "149", "150", "151", "1000"})
  void sgdrExampleEqualsCosineAnnealingWarmRestarts(long step) {
    Node restarts = restarts(cosine(0.1, 0.001, 10)).withPeriodMult(2);
    Schedule torch = Schedule.of(new CosineAnnealingWarmRestarts(10, 2, 0.001), new Context(null, null, 0.1));
    double expected = sgdr(step);
    assertThat(at(restarts, step)).isCloseTo(expected, within(1e-9 * expected + 1e-12));
    assertThat(torch.valueAt(step)).isCloseTo(expected, within(1e-9 * expected + 1e-12));
    assertThat(at(restarts, step)).isCloseTo(torch.valueAt(step), within(1e-9 * expected + 1e-12));
  }

  @Test
  void sgdrRestartsAtExactBoundaries() {
    Node restarts = restarts(cosine(0.1, 0.001, 10)).withPeriodMult(2);
    assertThat(at(restarts, 0)).isEqualTo(0.1);
    assertThat(at(restarts, 10)).isEqualTo(0.1);
    assertThat(at(restarts, 30)).isEqualTo(0.1);
    assertThat(at(restarts, 70)).isEqualTo(0.1);
    assertThat(at(restarts, 20)).isCloseTo(0.0505, within(1e-15)); // middle of the 20-step cycle
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "1, 0.75", "3, 0.25", "4, 1.0", "5, 0.75", "7, 0.25", "8, 1.0", "400, 1.0", "401, 0.75"})
  void restartsWithPeriodMultOneRepeat(long step, double expected) {
    assertThat(at(restarts(linear(1.0, 0.0, 4)), step)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 1.0", "3, 0.325", "4, 0.55", "5, 0.4375", "7, 0.2125", "8, 0.325", "11, 0.15625", "12, 0.1", "13, 0.1", "1000, 0.1"})
  void restartsDecayAndCycles(long step, double expected) {
    // linear 1 -> 0.1 over 4 (e = 0.1), decay 0.5, 3 cycles, period_mult 1:
    // cycle i value = e + (v - e) * 0.5^i; after 12 steps hold e
    Node r = restarts(linear(1.0, 0.1, 4)).withDecay(0.5).withCycles(3);
    double t = step % 4;
    long i = step / 4;
    double v = 1.0 + (0.1 - 1.0) * t / 4;
    double formula = i >= 3 ? 0.1 : 0.1 + (v - 0.1) * Math.pow(0.5, i);
    close(at(r, step), formula);
    close(at(r, step), expected);
  }

  @Test
  void restartsStretchEveryDurationInsideACycle() {
    // of = linear 0 -> 1 over 2, then cosine (from 1) -> 0 over 8; D = 10; cycle 1 lasts 20 steps
    Node r = restarts(sequence(linear(0.0, 1.0, 2), new Cosine(null, 0.0, Steps.of(8)))).withPeriodMult(2);
    assertThat(at(r, 1)).isEqualTo(0.5);
    assertThat(at(r, 2)).isEqualTo(1.0);
    assertThat(at(r, 10)).isEqualTo(0.0);     // cycle 1 starts
    assertThat(at(r, 12)).isEqualTo(0.5);     // linear stretched to 4 steps
    assertThat(at(r, 14)).isEqualTo(1.0);
    close(at(r, 22), 0.5);                    // cosine stretched to 16 steps: middle at 14 + 8
    assertThat(at(r, 30)).isEqualTo(0.0);     // cycle 2 starts (40 steps)
    assertThat(at(r, 34)).isEqualTo(0.5);
  }

  @Test
  void restartsWithCyclesHasADurationInASequence() {
    Node seq = sequence(restarts(linear(1.0, 0.0, 4)).withPeriodMult(2).withCycles(2), constant(9.0));
    assertThat(at(seq, 11)).isEqualTo(0.125); // cycle 1: 8 steps from 4, local 7
    assertThat(at(seq, 12)).isEqualTo(9.0);   // 4 + 8
  }

  // ---- scale, multiply, add, clamp, shift -----------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0, 0.0", "5, 1.5e-4", "9, 2.7e-4", "10, 3.0e-4", "11, 3.0e-4"})
  void scaleMultipliesByAFactor(long step, double expected) {
    close(at(scale(3e-4, linear(0.0, 1.0, 10)), step), expected);
    close(at(linear(0.0, 1.0, 10).times(3e-4), step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0", "1", "9", "10", "11", "19", "20", "21"})
  void multiplyAndAddCombineAtTheSameStep(long step) {
    Node a = linear(1.0, 0.0, 10);
    Node b = stepDecay(2.0, 0.5, 10);
    double va = Math.max(0, 1.0 - step / 10.0);
    double vb = 2.0 * Math.pow(0.5, Math.floor(step / 10.0));
    close(at(multiply(a, b), step), va * vb);
    close(at(add(a, b), step), va + vb);
    close(at(a.times(b), step), va * vb);
    close(at(a.plus(b), step), va + vb);
  }

  @Test
  void multiplyAndAddLastAsLongAsTheirLongestMember() {
    Node seq = sequence(add(constant(1.0, 3), constant(2.0, 5)), constant(9.0));
    assertThat(at(seq, 4)).isEqualTo(3.0);
    assertThat(at(seq, 5)).isEqualTo(9.0);
    Node prod = sequence(multiply(constant(2.0, 7), constant(3.0, 2)), constant(9.0));
    assertThat(at(prod, 6)).isEqualTo(6.0);
    assertThat(at(prod, 7)).isEqualTo(9.0);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.8", "1, 0.8", "2, 0.8", "3, 0.7", "5, 0.5", "7, 0.3", "8, 0.2", "9, 0.2", "10, 0.2"})
  void clampBoundsTheValue(long step, double expected) {
    close(at(clamp(0.2, 0.8, linear(1.0, 0.0, 10)), step), expected);
  }

  @Test
  void clampWithOneSideOnly() {
    Node lower = new dev.anneal.spec.Clamp(0.5, null, linear(1.0, 0.0, 10));
    Node upper = new dev.anneal.spec.Clamp(null, 0.5, linear(1.0, 0.0, 10));
    assertThat(at(lower, 0)).isEqualTo(1.0);
    assertThat(at(lower, 9)).isEqualTo(0.5);
    assertThat(at(upper, 0)).isEqualTo(0.5);
    close(at(upper, 9), 0.1);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.0", "4, 0.0", "5, 0.0", "6, 0.1", "14, 0.9", "15, 1.0", "16, 1.0"})
  void shiftDelaysHoldingTheFirstValue(long step, double expected) {
    close(at(shift(5, linear(0.0, 1.0, 10)), step), expected);
    close(at(linear(0.0, 1.0, 10).delayedBy(5), step), expected);
  }

  @ParameterizedTest
  @CsvSource({"0, 0.5", "1, 0.6", "4, 0.9", "5, 1.0", "6, 1.0"})
  void negativeShiftStartsPartWayThrough(long step, double expected) {
    close(at(shift(-5, linear(0.0, 1.0, 10)), step), expected);
  }

  @Test
  void shiftLastsAsLongAsOfPlusTheShift() {
    Node later = sequence(shift(3, constant(1.0, 4)), constant(2.0));
    assertThat(at(later, 6)).isEqualTo(1.0);
    assertThat(at(later, 7)).isEqualTo(2.0);
    Node earlier = sequence(shift(-3, constant(1.0, 4)), constant(2.0));
    assertThat(at(earlier, 0)).isEqualTo(1.0);
    assertThat(at(earlier, 1)).isEqualTo(2.0);
  }

  // ---- the WSD example --------------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"0", "1", "1999", "2000", "2001", "50000", "79999", "80000", "80001", "90000", "99999", "100000", "100001"})
  void warmupStableDecayExample(long step) throws Exception {
    String yaml = """
        total_steps: 100000
        schedule:
          type: sequence
          parts:
            - {type: linear, from: 0.0, to: 1.0e-3, steps: 2000}
            - {type: constant, value: 1.0e-3, steps: rest}
            - {type: one_minus_sqrt, to: 0.0, steps: "20%"}
        """;
    Schedule lr = ScheduleFile.parse("wsd.yaml", yaml, "").compile().get("lr");
    double expected;
    if (step < 2000) expected = 1.0e-3 * step / 2000.0;
    else if (step < 80000) expected = 1.0e-3; // rest = 100000 - 2000 - 20000 = 78000
    else expected = 1.0e-3 * (1 - Math.sqrt(Math.min(step - 80000, 20000) / 20000.0));
    close(lr.valueAt(step), expected);
  }

  @Test
  void theFormatExamplesLoadFromYaml() {
    String warmupCosine = """
        schedule:
          type: warmup
          steps: 500
          then: {type: cosine, from: 3.0e-4, to: 0.0, steps: 9500}
        """;
    assertThat(ScheduleFile.parse("w.yaml", warmupCosine, "").schedules().get("lr"))
        .isEqualTo(warmup(500, cosine(3.0e-4, 0.0, 9500)));
    String sgdr = """
        schedule:
          type: restarts
          period_mult: 2
          of: {type: cosine, from: 0.1, to: 0.001, steps: 10}
        """;
    assertThat(ScheduleFile.parse("s.yaml", sgdr, "").schedules().get("lr"))
        .isEqualTo(restarts(cosine(0.1, 0.001, 10)).withPeriodMult(2));
  }
}
