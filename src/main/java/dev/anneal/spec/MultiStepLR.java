package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;

/**
 * {@code torch.MultiStepLR(milestones, gamma=0.1)}: {@code base_lr * gamma^n}, {@code n} the number
 * of milestones {@code <= k}. As in PyTorch, a milestone listed twice counts twice.
 */
public record MultiStepLR(List<Long> milestones, double gamma) implements TorchNode {
  public MultiStepLR {
    milestones = List.copyOf(milestones);
    for (int i = 0; i < milestones.size(); i++) {
      Check.atLeast("torch.MultiStepLR", "milestones[" + i + "]", 0L, milestones.get(i));
    }
    Check.finite("torch.MultiStepLR", "gamma", gamma);
  }

  @Override
  public String type() {
    return "torch.MultiStepLR";
  }
}
