package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code torch.ExponentialLR(gamma)}: {@code base_lr * gamma^k}, forever.
 *
 * @param gamma PyTorch's {@code gamma}: the factor per step, finite
 */
public record ExponentialLR(double gamma) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param gamma the value for the {@code gamma} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.ExponentialLR: <key> must be <constraint>, got <value>}
   */
  public ExponentialLR {
    Check.finite("torch.ExponentialLR", "gamma", gamma);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.ExponentialLR";
  }
}
