package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code torch.PolynomialLR(total_iters=5, power=1.0)}:
 * {@code base_lr * (1 - min(k, total_iters) / total_iters)^power}, 0 from {@code total_iters} on.
 *
 * @param totalIters PyTorch's {@code total_iters}: the steps down to 0, {@code >= 1}
 * @param power PyTorch's {@code power}: the exponent, finite
 */
public record PolynomialLR(long totalIters, double power) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param totalIters the value for the {@code totalIters} record component
   * @param power the value for the {@code power} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.PolynomialLR: <key> must be <constraint>, got <value>}
   */
  public PolynomialLR {
    Check.atLeast("torch.PolynomialLR", "total_iters", 1L, totalIters);
    // a negative power: PyTorch computes 0.0 ** power at total_iters and raises ZeroDivisionError
    Check.atLeast("torch.PolynomialLR", "power", 0.0, power);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.PolynomialLR";
  }
}
