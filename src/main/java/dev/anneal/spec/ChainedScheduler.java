package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code torch.ChainedScheduler(schedulers)}: every scheduler steps in turn on the same optimizer.
 * Multiplicative schedulers (StepLR, ConstantLR, ExponentialLR, ...) multiply their factors; a
 * scheduler that sets the learning rate outright (CyclicLR, OneCycleLR, CosineAnnealingWarmRestarts)
 * overrides those listed before it, as in PyTorch.
 *
 * @param schedulers the schedulers, in the order they step on the optimizer, at least one
 */
public record ChainedScheduler(List<TorchNode> schedulers) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param schedulers the value for the {@code schedulers} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.ChainedScheduler: <key> must be <constraint>, got <value>}
   */
  public ChainedScheduler {
    schedulers = Check.nonEmpty("torch.ChainedScheduler", "schedulers", schedulers);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.ChainedScheduler";
  }
}
