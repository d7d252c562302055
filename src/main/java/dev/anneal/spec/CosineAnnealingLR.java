package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code torch.CosineAnnealingLR(T_max, eta_min=0)}:
 * {@code eta_min + (base_lr - eta_min) * (1 + cos(pi * k / T_max)) / 2}. As in PyTorch it does not
 * stop at {@code T_max}: it rises back to {@code base_lr} at {@code 2 * T_max}, and so on.
 *
 * @param tMax PyTorch's {@code T_max}: the steps from {@code base_lr} down to {@code eta_min},
 *     {@code >= 1}
 * @param etaMin PyTorch's {@code eta_min}: the lowest value, finite
 */
public record CosineAnnealingLR(long tMax, double etaMin) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param tMax the value for the {@code tMax} record component
   * @param etaMin the value for the {@code etaMin} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.CosineAnnealingLR: <key> must be <constraint>, got <value>}
   */
  public CosineAnnealingLR {
    Check.atLeast("torch.CosineAnnealingLR", "T_max", 1L, tMax);
    Check.finite("torch.CosineAnnealingLR", "eta_min", etaMin);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.CosineAnnealingLR";
  }
}
