package dev.anneal.spec;

import dev.anneal.internal.Check;

/** {@code torch.StepLR(step_size, gamma=0.1)}: {@code base_lr * gamma^floor(k / step_size)}. */
public record StepLR(long stepSize, double gamma) implements TorchNode {
  public StepLR {
    Check.atLeast("torch.StepLR", "step_size", 1L, stepSize);
    Check.finite("torch.StepLR", "gamma", gamma);
  }

  @Override
  public String type() {
    return "torch.StepLR";
  }
}
