package dev.anneal.internal.compile;

import dev.anneal.internal.torch.TorchCompiler;
import dev.anneal.spec.Add;
import dev.anneal.spec.Clamp;
import dev.anneal.spec.Constant;
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
import dev.anneal.spec.SpecException.Reason;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Step;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Compiles one node with {@link Compiler}'s settings; {@code previousEnd} is where the previous part
 * of a sequence ended, for a node without {@code from}. Each formula is the one its record documents.
 */
final class NodeCompiler implements NodeVisitor<Compiled> {
  private final Compiler compiler;
  private final @Nullable Double previousEnd;

  NodeCompiler(Compiler compiler, @Nullable Double previousEnd) {
    this.compiler = compiler;
    this.previousEnd = previousEnd;
  }

  @Override
  public Compiled visit(Constant node) {
    double value = node.value();
    return new Compiled(t -> value, compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(Linear node) {
    return Shapes.linear(from(node, node.from()), node.to(), compiler.duration(node.steps()));
  }

  @Override
  public Compiled visit(LogLinear node) {
    double from = from(node, node.from());
    if (!(from > 0)) {
      throw SpecException.of(Reason.OUT_OF_RANGE, "log_linear", "from", "> 0 (where the previous part ended)", from);
    }
    return Shapes.logLinear(from, node.to(), compiler.duration(node.steps()));
  }

  @Override
  public Compiled visit(Cosine node) {
    return Shapes.cosine(from(node, node.from()), node.to(), compiler.duration(node.steps()), node.k());
  }

  @Override
  public Compiled visit(CosineCycles node) {
    return Shapes.cosineCycles(from(node, node.from()), node.to(), compiler.duration(node.steps()), node.cycles(),
        node.hardRestarts());
  }

  @Override
  public Compiled visit(Polynomial node) {
    return Shapes.polynomial(from(node, node.from()), node.to(), compiler.duration(node.steps()), node.power(), node.k());
  }

  @Override
  public Compiled visit(OneMinusSqrt node) {
    return Shapes.oneMinusSqrt(from(node, node.from()), node.to(), compiler.duration(node.steps()));
  }

  @Override
  public Compiled visit(Tanh node) {
    return Shapes.tanh(from(node, node.from()), node.to(), compiler.duration(node.steps()), node.lb(), node.ub());
  }

  @Override
  public Compiled visit(Rex node) {
    return Shapes.rex(from(node, node.from()), node.to(), compiler.duration(node.steps()));
  }

  @Override
  public Compiled visit(Exponential node) {
    return new Compiled(Shapes.exponential(from(node, node.from()), node.rate(), node.every(), node.staircase()),
        compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(Step node) {
    return new Compiled(Shapes.step(from(node, node.from()), node.gamma(), node.every()),
        compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(MultiStep node) {
    return new Compiled(Shapes.multistep(from(node, node.from()), node.gamma(), node.milestones()),
        compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(PiecewiseConstant node) {
    return new Compiled(Shapes.piecewise(node.values(), node.boundaries()), compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(InverseSqrt node) {
    return new Compiled(Shapes.inverseSqrt(from(node, node.from()), node.timescale()),
        compiler.optional(node.steps()));
  }

  @Override
  public Compiled visit(Sequence node) {
    return Combinators.sequence(compiler, node);
  }

  @Override
  public Compiled visit(Warmup node) {
    return Combinators.warmup(compiler.duration(node.steps()), node.from(), compiler.child(node.then(), "then", null));
  }

  @Override
  public Compiled visit(Restarts node) {
    return RestartsCurve.compile(compiler, node);
  }

  @Override
  public Compiled visit(Scale node) {
    return Combinators.scale(node.by(), compiler.child(node.of(), "of", null));
  }

  @Override
  public Compiled visit(Multiply node) {
    return Combinators.multiply(all(node.of()));
  }

  @Override
  public Compiled visit(Add node) {
    return Combinators.add(all(node.of()));
  }

  @Override
  public Compiled visit(Clamp node) {
    return Combinators.clamp(node.min(), node.max(), compiler.child(node.of(), "of", null));
  }

  @Override
  public Compiled visit(Shift node) {
    return Combinators.shift(node.by(), compiler.child(node.of(), "of", null));
  }

  @Override
  public Compiled visit(Hold node) {
    return Combinators.hold(node.every(), compiler.child(node.of(), "of", null));
  }

  @Override
  public Compiled visit(TorchNode node) {
    return Compiled.endless(new ReplayCurve(TorchCompiler.lr(node, compiler.context())));
  }

  private List<Compiled> all(List<Node> nodes) {
    List<Compiled> compiled = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) compiled.add(compiler.child(nodes.get(i), "of/" + i, null));
    return compiled;
  }

  private double from(Node node, @Nullable Double from) {
    if (from != null) return from;
    if (previousEnd != null) return previousEnd;
    throw SpecException.of(Reason.MISSING_KEY, node.type(), "from", "given (only a later part of a sequence may leave it out)",
        "nothing");
  }
}
