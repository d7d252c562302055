package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code torch.MultiStepLR(milestones, gamma=0.1)}: {@code base_lr * gamma^n}, {@code n} the number
 * of milestones {@code <= k}. As in PyTorch, a milestone listed twice counts twice.
 *
 * @param milestones PyTorch's {@code milestones}: the steps where the value is multiplied by
 *     {@code gamma}, each {@code >= 0}, in any order
 * @param gamma PyTorch's {@code gamma}: the factor at each milestone, finite
 */
public record MultiStepLR(List<Long> milestones, double gamma) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param milestones the value for the {@code milestones} record component
   * @param gamma the value for the {@code gamma} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.MultiStepLR: <key> must be <constraint>, got <value>}
   */
  public MultiStepLR {
    milestones = List.copyOf(milestones);
    for (int i = 0; i < milestones.size(); i++) {
      Check.atLeast("torch.MultiStepLR", "milestones[" + i + "]", 0L, milestones.get(i));
    }
    Check.finite("torch.MultiStepLR", "gamma", gamma);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.MultiStepLR";
  }
}
