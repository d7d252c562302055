package dev.anneal.spec;

import dev.anneal.internal.Check;

/** {@code torch.ExponentialLR(gamma)}: {@code base_lr * gamma^k}, forever. */
public record ExponentialLR(double gamma) implements TorchNode {
  public ExponentialLR {
    Check.finite("torch.ExponentialLR", "gamma", gamma);
  }

  @Override
  public String type() {
    return "torch.ExponentialLR";
  }
}
