package dev.anneal.cli;

import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
import dev.anneal.spec.Context;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.CosineCycles;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.Hold;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.LogLinear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Multiply;
import dev.anneal.spec.Node;
import dev.anneal.spec.NodeVisitor;
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
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The duration of a node in whole steps, as anneal's compiler measures it outside {@code restarts}
 * ({@link Double#NaN}: it goes on forever), for the {@code rest} part of a sequence: {@code total_steps}
 * minus the rounded durations of the other parts (docs/format.md, section 3). Only files that
 * compiled already come here.
 */
final class Durations implements NodeVisitor<Double> {
  private final Context context;

  Durations(Context context) {
    this.context = context;
  }

  /** The steps that part {@code restIndex} of {@code parts}, which says {@code rest}, takes. */
  long rest(List<Node> parts, int restIndex) {
    long others = 0;
    for (int i = 0; i < parts.size(); i++) {
      if (i != restIndex) others += Math.round(parts.get(i).accept(this));
    }
    return context.totalSteps() - others;
  }

  /** The index of the part of {@code parts} that says {@code rest}, or -1. */
  static int restIndex(List<Node> parts) {
    for (int i = 0; i < parts.size(); i++) {
      if (steps(parts.get(i)) == Steps.rest()) return i;
    }
    return -1;
  }

  /** A shape's own {@code steps}, or null (a combinator, a torch node, a shape that goes on forever). */
  static @Nullable Steps steps(Node node) {
    if (node instanceof Linear n) return n.steps();
    if (node instanceof LogLinear n) return n.steps();
    if (node instanceof Cosine n) return n.steps();
    if (node instanceof CosineCycles n) return n.steps();
    if (node instanceof Polynomial n) return n.steps();
    if (node instanceof OneMinusSqrt n) return n.steps();
    if (node instanceof Tanh n) return n.steps();
    if (node instanceof Rex n) return n.steps();
    if (node instanceof Constant n) return n.steps();
    if (node instanceof Exponential n) return n.steps();
    if (node instanceof Step n) return n.steps();
    if (node instanceof MultiStep n) return n.steps();
    if (node instanceof PiecewiseConstant n) return n.steps();
    if (node instanceof InverseSqrt n) return n.steps();
    return null;
  }

  private double of(@Nullable Steps steps) {
    return steps == null || steps == Steps.rest() ? Double.NaN : steps.resolve(context);
  }

  @Override public Double visit(Constant node) { return of(node.steps()); }
  @Override public Double visit(Linear node) { return of(node.steps()); }
  @Override public Double visit(LogLinear node) { return of(node.steps()); }
  @Override public Double visit(Cosine node) { return of(node.steps()); }
  @Override public Double visit(CosineCycles node) { return of(node.steps()); }
  @Override public Double visit(Polynomial node) { return of(node.steps()); }
  @Override public Double visit(OneMinusSqrt node) { return of(node.steps()); }
  @Override public Double visit(Tanh node) { return of(node.steps()); }
  @Override public Double visit(Rex node) { return of(node.steps()); }
  @Override public Double visit(Exponential node) { return of(node.steps()); }
  @Override public Double visit(Step node) { return of(node.steps()); }
  @Override public Double visit(MultiStep node) { return of(node.steps()); }
  @Override public Double visit(PiecewiseConstant node) { return of(node.steps()); }
  @Override public Double visit(InverseSqrt node) { return of(node.steps()); }
  @Override public Double visit(TorchNode node) { return Double.NaN; }
  @Override public Double visit(Scale node) { return node.of().accept(this); }
  @Override public Double visit(Clamp node) { return node.of().accept(this); }
  @Override public Double visit(Shift node) { return node.of().accept(this) + node.by(); }
  @Override public Double visit(Hold node) { return node.of().accept(this) * node.every(); }
  @Override public Double visit(Multiply node) { return longest(node.of()); }
  @Override public Double visit(Add node) { return longest(node.of()); }

  @Override
  public Double visit(Warmup node) {
    return node.steps().resolve(context) + node.then().accept(this);
  }

  @Override
  public Double visit(Sequence node) {
    List<Node> parts = node.parts();
    int restIndex = restIndex(parts);
    double sum = 0;
    for (int i = 0; i < parts.size(); i++) sum += i == restIndex ? rest(parts, i) : parts.get(i).accept(this);
    return sum;
  }

  /** The sum of the cycles' lengths {@code max(1, round(D * period_mult^i))}, when they are counted. */
  @Override
  public Double visit(Restarts node) {
    if (node.cycles() == null) return Double.NaN;
    double duration = node.of().accept(this);
    if (node.periodMult() == 1) return node.cycles() * (double) Math.max(1, Math.round(duration));
    double sum = 0;
    for (long i = 0; i < node.cycles() && sum < 0x1p53; i++) {
      sum += Math.max(1, Math.round(duration * Math.pow(node.periodMult(), i)));
    }
    return sum;
  }

  private double longest(List<Node> of) {
    double longest = 0;
    for (Node member : of) {
      double duration = member.accept(this);
      if (Double.isNaN(duration)) return Double.NaN;
      longest = Math.max(longest, duration);
    }
    return longest;
  }
}
