package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * An operation over every kind of node, one method a kind: adding a node type to {@link Node}
 * without a method here, and in every visitor, does not compile. A {@link TorchNode} goes to
 * {@link #visit(TorchNode)}; a {@link TorchVisitor} tells the PyTorch schedulers apart.
 *
 * @param <R> what the operation gives for a node
 */
public interface NodeVisitor<R extends @Nullable Object> {
  // native shapes
  /**
   * {@return the result for a {@link Constant}}
   *
   * @param node the node
   */
  R visit(Constant node);

  /**
   * {@return the result for a {@link Linear}}
   *
   * @param node the node
   */
  R visit(Linear node);

  /**
   * {@return the result for a {@link LogLinear}}
   *
   * @param node the node
   */
  R visit(LogLinear node);

  /**
   * {@return the result for a {@link Cosine}}
   *
   * @param node the node
   */
  R visit(Cosine node);

  /**
   * {@return the result for a {@link CosineCycles}}
   *
   * @param node the node
   */
  R visit(CosineCycles node);

  /**
   * {@return the result for a {@link Polynomial}}
   *
   * @param node the node
   */
  R visit(Polynomial node);

  /**
   * {@return the result for a {@link OneMinusSqrt}}
   *
   * @param node the node
   */
  R visit(OneMinusSqrt node);

  /**
   * {@return the result for a {@link Tanh}}
   *
   * @param node the node
   */
  R visit(Tanh node);

  /**
   * {@return the result for a {@link Rex}}
   *
   * @param node the node
   */
  R visit(Rex node);

  /**
   * {@return the result for a {@link Exponential}}
   *
   * @param node the node
   */
  R visit(Exponential node);

  /**
   * {@return the result for a {@link Step}}
   *
   * @param node the node
   */
  R visit(Step node);

  /**
   * {@return the result for a {@link MultiStep}}
   *
   * @param node the node
   */
  R visit(MultiStep node);

  /**
   * {@return the result for a {@link PiecewiseConstant}}
   *
   * @param node the node
   */
  R visit(PiecewiseConstant node);

  /**
   * {@return the result for a {@link InverseSqrt}}
   *
   * @param node the node
   */
  R visit(InverseSqrt node);

  // combinators
  /**
   * {@return the result for a {@link Sequence}}
   *
   * @param node the node
   */
  R visit(Sequence node);

  /**
   * {@return the result for a {@link Warmup}}
   *
   * @param node the node
   */
  R visit(Warmup node);

  /**
   * {@return the result for a {@link Restarts}}
   *
   * @param node the node
   */
  R visit(Restarts node);

  /**
   * {@return the result for a {@link Scale}}
   *
   * @param node the node
   */
  R visit(Scale node);

  /**
   * {@return the result for a {@link Multiply}}
   *
   * @param node the node
   */
  R visit(Multiply node);

  /**
   * {@return the result for a {@link Add}}
   *
   * @param node the node
   */
  R visit(Add node);

  /**
   * {@return the result for a {@link Clamp}}
   *
   * @param node the node
   */
  R visit(Clamp node);

  /**
   * {@return the result for a {@link Shift}}
   *
   * @param node the node
   */
  R visit(Shift node);

  /**
   * {@return the result for a {@link Hold}}
   *
   * @param node the node
   */
  R visit(Hold node);

  // PyTorch's schedulers
  /**
   * {@return the result for any {@link TorchNode}}
   *
   * @param node the node
   */
  R visit(TorchNode node);
}
