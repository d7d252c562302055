package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * A scheduler of {@code torch.optim.lr_scheduler}, with its constructor's own argument names and
 * defaults. Its value at step {@code k} is what PyTorch's optimizer holds after {@code k} calls of
 * {@code scheduler.step()}, starting from the file's {@code base_lr}, quirks included. A torch node
 * has no duration of its own: inside a native {@link Sequence} it can only be the last part.
 *
 * <pre>{@code
 * // StepLR(optimizer, step_size=30, gamma=0.1) on an optimizer created with lr=0.1 (base_lr)
 * Schedule lr = Schedule.of(new StepLR(30, 0.1), new Context(null, null, 0.1));
 * assertThat(lr.valueAt(29)).isEqualTo(0.1);
 * assertThat(lr.valueAt(30)).isCloseTo(0.01, within(1e-17));
 * }</pre>
 */
public sealed interface TorchNode extends Node
    permits StepLR, MultiStepLR, ConstantLR, LinearLR, ExponentialLR, PolynomialLR,
        CosineAnnealingLR, CosineAnnealingWarmRestarts, CyclicLR, OneCycleLR, SequentialLR,
        ChainedScheduler {

  /** {@return {@code visitor.visit(this)}: every scheduler is a {@link TorchNode} to a node visitor} */
  @Override
  default <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  /**
   * {@return what {@code visitor} gives for this scheduler}: its method for this scheduler's kind.
   *
   * @param visitor the operation
   * @param <R> what the operation gives
   */
  <R extends @Nullable Object> R accept(TorchVisitor<R> visitor);
}
