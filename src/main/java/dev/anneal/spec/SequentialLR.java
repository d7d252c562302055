package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code torch.SequentialLR(schedulers, milestones)}: scheduler {@code i} runs from milestone
 * {@code i - 1} (0 for the first) and, as in PyTorch, is restarted there with its closed form at
 * its own step 0, so it sees {@code k - milestones[i - 1]}. The last one runs forever. A first
 * milestone of 0 is PyTorch's too: the second scheduler is then stepped on, not restarted, from
 * the lr of step 0, one step behind ({@code k - 1} at step {@code k >= 1}).
 *
 * @param schedulers the schedulers, at least one; only the first may be a {@code SequentialLR} or
 *     {@code ChainedScheduler}
 * @param milestones the steps where the next scheduler takes over, one fewer than the schedulers,
 *     strictly increasing, each {@code >= 0}
 */
public record SequentialLR(List<TorchNode> schedulers, List<Long> milestones) implements TorchNode {
  /**
   * Checks the arguments.
   *
   * @param schedulers the value for the {@code schedulers} record component
   * @param milestones the value for the {@code milestones} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.SequentialLR: <key> must be <constraint>, got <value>}
   */
  public SequentialLR {
    schedulers = Check.nonEmpty("torch.SequentialLR", "schedulers", schedulers);
    milestones = List.copyOf(milestones);
    if (milestones.size() != schedulers.size() - 1) {
      throw Check.fail(Reason.INVALID_VALUE, "torch.SequentialLR", "milestones",
          "one fewer than the " + schedulers.size() + " schedulers", milestones.size() + " milestones");
    }
    for (int i = 0; i < milestones.size(); i++) {
      Check.atLeast("torch.SequentialLR", "milestones[" + i + "]", 0L, milestones.get(i));
      if (i > 0 && milestones.get(i) <= milestones.get(i - 1)) {
        // PyTorch does not check, but bisects them as a sorted list: out of order, a scheduler never runs
        throw Check.fail(Reason.NOT_INCREASING, "torch.SequentialLR", "milestones", "strictly increasing (each scheduler starts at its"
            + " milestone)", milestones);
      }
    }
    for (int i = 0; i < schedulers.size(); i++) {
      TorchNode child = schedulers.get(i);
      if (child instanceof SequentialLR || child instanceof ChainedScheduler) {
        // the first is not restarted, but undone and stepped again by SequentialLR's constructor:
        // PyTorch 1.13 fails on a ChainedScheduler there and shifts a SequentialLR's steps by one
        throw Check.fail(Reason.INVALID_VALUE, "torch.SequentialLR", "schedulers[" + i + "]", i == 0
            ? "a single scheduler (PyTorch 1.13 cannot undo the first step of a " + child.type() + ")"
            : "a single scheduler (PyTorch 1.13 cannot restart a " + child.type() + " at a milestone)",
            child.type());
      }
    }
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.SequentialLR";
  }
}
