package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * An operation over every PyTorch scheduler node, one method a kind: adding a scheduler to
 * {@link TorchNode} without a method here, and in every visitor, does not compile.
 *
 * @param <R> what the operation gives for a node
 */
public interface TorchVisitor<R extends @Nullable Object> {
  // PyTorch's schedulers
  /**
   * {@return the result for a {@link StepLR}}
   *
   * @param node the node
   */
  R visit(StepLR node);

  /**
   * {@return the result for a {@link MultiStepLR}}
   *
   * @param node the node
   */
  R visit(MultiStepLR node);

  /**
   * {@return the result for a {@link ConstantLR}}
   *
   * @param node the node
   */
  R visit(ConstantLR node);

  /**
   * {@return the result for a {@link LinearLR}}
   *
   * @param node the node
   */
  R visit(LinearLR node);

  /**
   * {@return the result for a {@link ExponentialLR}}
   *
   * @param node the node
   */
  R visit(ExponentialLR node);

  /**
   * {@return the result for a {@link PolynomialLR}}
   *
   * @param node the node
   */
  R visit(PolynomialLR node);

  /**
   * {@return the result for a {@link CosineAnnealingLR}}
   *
   * @param node the node
   */
  R visit(CosineAnnealingLR node);

  /**
   * {@return the result for a {@link CosineAnnealingWarmRestarts}}
   *
   * @param node the node
   */
  R visit(CosineAnnealingWarmRestarts node);

  /**
   * {@return the result for a {@link CyclicLR}}
   *
   * @param node the node
   */
  R visit(CyclicLR node);

  /**
   * {@return the result for a {@link OneCycleLR}}
   *
   * @param node the node
   */
  R visit(OneCycleLR node);

  /**
   * {@return the result for a {@link SequentialLR}}
   *
   * @param node the node
   */
  R visit(SequentialLR node);

  /**
   * {@return the result for a {@link ChainedScheduler}}
   *
   * @param node the node
   */
  R visit(ChainedScheduler node);
}
