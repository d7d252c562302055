package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;


/**
 * {@code torch.ConstantLR(factor=1/3, total_iters=5)}: {@code base_lr * factor} before
 * {@code total_iters}, {@code base_lr} from then on.
 *
 * @param factor PyTorch's {@code factor}: the factor before {@code total_iters}, {@code > 0} and
 *     {@code <= 1}
 * @param totalIters PyTorch's {@code total_iters}: the step where the factor ends, {@code >= 1}
 */
public record ConstantLR(double factor, long totalIters) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param factor the value for the {@code factor} record component
   * @param totalIters the value for the {@code totalIters} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.ConstantLR: <key> must be <constraint>, got <value>}
   */
  public ConstantLR {
    // factor 0 passes PyTorch's own check, but its step at total_iters divides by it
    // (ZeroDivisionError): refused rather than given values PyTorch never reaches.
    if (!(factor > 0 && factor <= 1)) {
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.ConstantLR", "factor", "> 0 and <= 1 (PyTorch divides by it at total_iters)", factor);
    }
    // a subnormal factor passes too, but its inverse overflows: PyTorch's lr becomes inf at total_iters
    if (!Double.isFinite(1.0 / factor)) {
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.ConstantLR", "factor", "such that 1 / factor is finite (PyTorch"
          + " multiplies the lr by it at total_iters)", factor);
    }
    Check.atLeast("torch.ConstantLR", "total_iters", 1L, totalIters);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.ConstantLR";
  }
}
