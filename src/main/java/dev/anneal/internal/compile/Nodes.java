package dev.anneal.internal.compile;

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
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import dev.anneal.spec.Tanh;
import dev.anneal.spec.TorchNode;
import dev.anneal.spec.Warmup;
import org.jspecify.annotations.Nullable;

/** Questions about a node's own keys. */
public final class Nodes {
  /** A shape's own {@code steps} key; a combinator's duration comes from its members, a torch node has none. */
  private static final NodeVisitor<@Nullable Steps> STEPS = new NodeVisitor<>() {
    @Override public @Nullable Steps visit(Constant node) { return node.steps(); }
    @Override public @Nullable Steps visit(Linear node) { return node.steps(); }
    @Override public @Nullable Steps visit(LogLinear node) { return node.steps(); }
    @Override public @Nullable Steps visit(Cosine node) { return node.steps(); }
    @Override public @Nullable Steps visit(CosineCycles node) { return node.steps(); }
    @Override public @Nullable Steps visit(Polynomial node) { return node.steps(); }
    @Override public @Nullable Steps visit(OneMinusSqrt node) { return node.steps(); }
    @Override public @Nullable Steps visit(Tanh node) { return node.steps(); }
    @Override public @Nullable Steps visit(Rex node) { return node.steps(); }
    @Override public @Nullable Steps visit(Exponential node) { return node.steps(); }
    @Override public @Nullable Steps visit(Step node) { return node.steps(); }
    @Override public @Nullable Steps visit(MultiStep node) { return node.steps(); }
    @Override public @Nullable Steps visit(PiecewiseConstant node) { return node.steps(); }
    @Override public @Nullable Steps visit(InverseSqrt node) { return node.steps(); }
    @Override public @Nullable Steps visit(Sequence node) { return null; }
    @Override public @Nullable Steps visit(Warmup node) { return null; }
    @Override public @Nullable Steps visit(Restarts node) { return null; }
    @Override public @Nullable Steps visit(Scale node) { return null; }
    @Override public @Nullable Steps visit(Multiply node) { return null; }
    @Override public @Nullable Steps visit(Add node) { return null; }
    @Override public @Nullable Steps visit(Clamp node) { return null; }
    @Override public @Nullable Steps visit(Shift node) { return null; }
    @Override public @Nullable Steps visit(Hold node) { return null; }
    @Override public @Nullable Steps visit(TorchNode node) { return null; }
  };

  private Nodes() {}

  /** {@return the node's own {@code steps} key, or null when it has none} */
  public static @Nullable Steps steps(Node node) {
    return node.accept(STEPS);
  }
}
