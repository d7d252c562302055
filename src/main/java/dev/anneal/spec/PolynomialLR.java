package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * {@code torch.PolynomialLR(total_iters=5, power=1.0)}:
 * {@code base_lr * (1 - min(k, total_iters) / total_iters)^power}, 0 from {@code total_iters} on.
 */
public record PolynomialLR(long totalIters, double power) implements TorchNode {
  public PolynomialLR {
    Check.atLeast("torch.PolynomialLR", "total_iters", 1L, totalIters);
    Check.finite("torch.PolynomialLR", "power", power);
  }

  @Override
  public String type() {
    return "torch.PolynomialLR";
  }
}
