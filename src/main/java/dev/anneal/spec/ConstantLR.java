package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * {@code torch.ConstantLR(factor=1/3, total_iters=5)}: {@code base_lr * factor} before
 * {@code total_iters}, {@code base_lr} from then on.
 */
public record ConstantLR(double factor, long totalIters) implements TorchNode {
  public ConstantLR {
    if (!(factor >= 0 && factor <= 1)) throw Check.fail("torch.ConstantLR", "factor", "between 0 and 1", factor);
    Check.atLeast("torch.ConstantLR", "total_iters", 1L, totalIters);
  }

  @Override
  public String type() {
    return "torch.ConstantLR";
  }
}
