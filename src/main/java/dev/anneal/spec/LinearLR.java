package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;


/**
 * {@code torch.LinearLR(start_factor=1/3, end_factor=1.0, total_iters=5)}: {@code base_lr} times a
 * factor going linearly from {@code start_factor} to {@code end_factor} over {@code total_iters}
 * steps, then held.
 *
 * @param startFactor PyTorch's {@code start_factor}: the factor at step 0, {@code > 0} and
 *     {@code <= 1}
 * @param endFactor PyTorch's {@code end_factor}: the factor from {@code total_iters} on, between 0
 *     and 1
 * @param totalIters PyTorch's {@code total_iters}: the steps from one factor to the other,
 *     {@code >= 1}
 */
public record LinearLR(double startFactor, double endFactor, long totalIters) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param startFactor the value for the {@code startFactor} record component
   * @param endFactor the value for the {@code endFactor} record component
   * @param totalIters the value for the {@code totalIters} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.LinearLR: <key> must be <constraint>, got <value>}
   */
  public LinearLR {
    if (!(startFactor > 0 && startFactor <= 1)) {
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.LinearLR", "start_factor", "> 0 and <= 1", startFactor);
    }
    if (!(endFactor >= 0 && endFactor <= 1)) {
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.LinearLR", "end_factor", "between 0 and 1", endFactor);
    }
    Check.atLeast("torch.LinearLR", "total_iters", 1L, totalIters);
    // PyTorch's step k multiplies the lr by 1 + (end - start) / (total * start + (k - 1) * (end - start)),
    // whose divisor is monotone in k: a subnormal start_factor makes it overflow (inf) or divide by 0
    if (!(stepFinite(startFactor, endFactor, totalIters, 1) && stepFinite(startFactor, endFactor, totalIters, totalIters))) {
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.LinearLR", "start_factor", "large enough for PyTorch's steps to stay"
          + " finite (each divides by total_iters * start_factor + (k - 1) * (end_factor - start_factor))", startFactor);
    }
  }

  /** Whether PyTorch's factor at step {@code k}, computed as its {@code get_lr} does, is a finite number. */
  private static boolean stepFinite(double start, double end, long total, long k) {
    double divisor = total * start + (k - 1) * (end - start);
    return divisor != 0 && Double.isFinite(1.0 + (end - start) / divisor);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.LinearLR";
  }
}
