package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code torch.CosineAnnealingWarmRestarts(T_0, T_mult=1, eta_min=0)}: cycle {@code i} lasts
 * {@code T_0 * T_mult^i} steps, restarting at exact integer boundaries; inside a cycle of length
 * {@code T_i} at position {@code T_cur}:
 * {@code eta_min + (base_lr - eta_min) * (1 + cos(pi * T_cur / T_i)) / 2}. It goes round forever.
 *
 * @param t0 PyTorch's {@code T_0}: the length of the first cycle, {@code >= 1}
 * @param tMult PyTorch's {@code T_mult}: each cycle is this many times as long as the one before,
 *     {@code >= 1}
 * @param etaMin PyTorch's {@code eta_min}: the lowest value, finite
 */
public record CosineAnnealingWarmRestarts(long t0, long tMult, double etaMin) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param t0 the value for the {@code t0} record component
   * @param tMult the value for the {@code tMult} record component
   * @param etaMin the value for the {@code etaMin} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.CosineAnnealingWarmRestarts: <key> must be <constraint>, got <value>}
   */
  public CosineAnnealingWarmRestarts {
    Check.atLeast("torch.CosineAnnealingWarmRestarts", "T_0", 1L, t0);
    Check.atLeast("torch.CosineAnnealingWarmRestarts", "T_mult", 1L, tMult);
    Check.finite("torch.CosineAnnealingWarmRestarts", "eta_min", etaMin);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.CosineAnnealingWarmRestarts";
  }
}
