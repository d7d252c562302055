package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * {@code torch.LinearLR(start_factor=1/3, end_factor=1.0, total_iters=5)}: {@code base_lr} times a
 * factor going linearly from {@code start_factor} to {@code end_factor} over {@code total_iters}
 * steps, then held.
 */
public record LinearLR(double startFactor, double endFactor, long totalIters) implements TorchNode {
  public LinearLR {
    if (!(startFactor > 0 && startFactor <= 1)) {
      throw Check.fail("torch.LinearLR", "start_factor", "> 0 and <= 1", startFactor);
    }
    if (!(endFactor >= 0 && endFactor <= 1)) {
      throw Check.fail("torch.LinearLR", "end_factor", "between 0 and 1", endFactor);
    }
    Check.atLeast("torch.LinearLR", "total_iters", 1L, totalIters);
  }

  @Override
  public String type() {
    return "torch.LinearLR";
  }
}
