package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code torch.StepLR(step_size, gamma=0.1)}: {@code base_lr * gamma^floor(k / step_size)}.
 *
 * @param stepSize PyTorch's {@code step_size}: the steps between drops, {@code >= 1}
 * @param gamma PyTorch's {@code gamma}: the factor at each drop, finite
 */
public record StepLR(long stepSize, double gamma) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param stepSize the value for the {@code stepSize} record component
   * @param gamma the value for the {@code gamma} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.StepLR: <key> must be <constraint>, got <value>}
   */
  public StepLR {
    Check.atLeast("torch.StepLR", "step_size", 1L, stepSize);
    Check.finite("torch.StepLR", "gamma", gamma);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.StepLR";
  }
}
