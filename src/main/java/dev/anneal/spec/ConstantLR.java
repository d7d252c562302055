package dev.anneal.spec;

import dev.anneal.internal.Check;

/**
 * {@code torch.ConstantLR(factor=1/3, total_iters=5)}: {@code base_lr * factor} before
 * {@code total_iters}, {@code base_lr} from then on.
 */
public record ConstantLR(double factor, long totalIters) implements TorchNode {
  public ConstantLR {
    // factor 0 passes PyTorch's own check, but its step at total_iters divides by it
    // (ZeroDivisionError): refused rather than given values PyTorch never reaches.
    if (!(factor > 0 && factor <= 1)) {
      throw Check.fail("torch.ConstantLR", "factor", "> 0 and <= 1 (PyTorch divides by it at total_iters)", factor);
    }
    Check.atLeast("torch.ConstantLR", "total_iters", 1L, totalIters);
  }

  @Override
  public String type() {
    return "torch.ConstantLR";
  }
}
