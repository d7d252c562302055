package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;

/**
 * {@code torch.ChainedScheduler(schedulers)}: every scheduler steps in turn on the same optimizer.
 * Multiplicative schedulers (StepLR, ConstantLR, ExponentialLR, ...) multiply their factors; a
 * scheduler that sets the learning rate outright (CyclicLR, OneCycleLR, CosineAnnealingWarmRestarts)
 * overrides those listed before it, as in PyTorch.
 */
public record ChainedScheduler(List<TorchNode> schedulers) implements TorchNode {
  public ChainedScheduler {
    schedulers = Check.nonEmpty("torch.ChainedScheduler", "schedulers", schedulers);
  }

  @Override
  public String type() {
    return "torch.ChainedScheduler";
  }
}
