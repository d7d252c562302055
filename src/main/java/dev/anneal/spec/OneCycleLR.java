package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code torch.OneCycleLR(max_lr, total_steps=None, epochs=None, steps_per_epoch=None,
 * pct_start=0.3, anneal_strategy='cos', cycle_momentum=True, base_momentum=0.85, max_momentum=0.95,
 * div_factor=25.0, final_div_factor=1e4, three_phase=False)}: from {@code max_lr / div_factor} up
 * to {@code max_lr} over the first {@code pct_start} of {@code total_steps} (or
 * {@code epochs * steps_per_epoch}), then down to {@code initial / final_div_factor}, annealing
 * with {@code end + (start - end) / 2 * (cos(pi * pct) + 1)} or linearly; {@code three_phase} goes
 * back to the initial lr before the final descent. With {@code cycle_momentum} it schedules
 * {@code momentum} the opposite way. PyTorch raises past {@code total_steps}; anneal holds the value
 * PyTorch reaches at step {@code total_steps}. The file's {@code base_lr} is not used.
 *
 * @param maxLr PyTorch's {@code max_lr}: the peak, finite
 * @param totalSteps PyTorch's {@code total_steps}: the length of the cycle, {@code >= 1}, or null
 *     to give {@code epochs} and {@code stepsPerEpoch}
 * @param epochs PyTorch's {@code epochs}, {@code >= 1}, with {@code stepsPerEpoch} instead of
 *     {@code totalSteps}; or null
 * @param stepsPerEpoch PyTorch's {@code steps_per_epoch} (the node's own, not the file's),
 *     {@code >= 1}, with {@code epochs}; or null
 * @param pctStart PyTorch's {@code pct_start}: the part of the cycle spent going up, between 0 and
 *     1
 * @param annealStrategy {@code cos} or {@code linear}
 * @param cycleMomentum whether it also schedules {@code momentum}, the opposite way
 * @param baseMomentum the momentum at the peak learning rate, finite
 * @param maxMomentum the momentum at the lowest learning rates, finite
 * @param divFactor the initial learning rate is {@code max_lr / div_factor}, {@code > 0}
 * @param finalDivFactor the final learning rate is {@code initial / final_div_factor}, {@code > 0}
 * @param threePhase whether it goes back down to the initial learning rate before the final descent
 */
public record OneCycleLR(double maxLr, @Nullable Long totalSteps, @Nullable Long epochs,
    @Nullable Long stepsPerEpoch, double pctStart, String annealStrategy, boolean cycleMomentum,
    double baseMomentum, double maxMomentum, double divFactor, double finalDivFactor,
    boolean threePhase) implements TorchNode {

  private static final Set<String> STRATEGIES = Set.of("cos", "linear");

  /**
   * Checks the arguments.
   *
   * @param maxLr the value for the {@code maxLr} record component
   * @param totalSteps the value for the {@code totalSteps} record component
   * @param epochs the value for the {@code epochs} record component
   * @param stepsPerEpoch the value for the {@code stepsPerEpoch} record component
   * @param pctStart the value for the {@code pctStart} record component
   * @param annealStrategy the value for the {@code annealStrategy} record component
   * @param cycleMomentum the value for the {@code cycleMomentum} record component
   * @param baseMomentum the value for the {@code baseMomentum} record component
   * @param maxMomentum the value for the {@code maxMomentum} record component
   * @param divFactor the value for the {@code divFactor} record component
   * @param finalDivFactor the value for the {@code finalDivFactor} record component
   * @param threePhase the value for the {@code threePhase} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.OneCycleLR: <key> must be <constraint>, got <value>}
   */
  public OneCycleLR {
    Check.finite("torch.OneCycleLR", "max_lr", maxLr);
    if (totalSteps != null) {
      Check.atLeast("torch.OneCycleLR", "total_steps", 1L, totalSteps);
    } else {
      if (epochs != null && stepsPerEpoch == null) {
        // the file's own steps_per_epoch is for "Nep" durations; PyTorch's argument is the node's
        throw Check.fail(Reason.MISSING_KEY, "torch.OneCycleLR", "epochs", "given with steps_per_epoch in the node (or total_steps"
            + " instead)", "epochs " + epochs + " and no steps_per_epoch");
      }
      if (epochs == null && stepsPerEpoch != null) {
        throw Check.fail(Reason.MISSING_KEY, "torch.OneCycleLR", "steps_per_epoch", "given with epochs in the node (or total_steps"
            + " instead)", "steps_per_epoch " + stepsPerEpoch + " and no epochs");
      }
      if (epochs == null || stepsPerEpoch == null) {
        throw Check.fail(Reason.MISSING_KEY, "torch.OneCycleLR", "total_steps", "given, or epochs and steps_per_epoch",
            "neither");
      }
      Check.atLeast("torch.OneCycleLR", "epochs", 1L, epochs);
      Check.atLeast("torch.OneCycleLR", "steps_per_epoch", 1L, stepsPerEpoch);
    }
    if (!(pctStart >= 0 && pctStart <= 1)) throw Check.fail(Reason.OUT_OF_RANGE, "torch.OneCycleLR", "pct_start", "between 0 and 1", pctStart);
    if (!STRATEGIES.contains(annealStrategy)) {
      throw Check.fail(Reason.NOT_ONE_OF, "torch.OneCycleLR", "anneal_strategy", "one of cos, linear", annealStrategy);
    }
    Check.finite("torch.OneCycleLR", "base_momentum", baseMomentum);
    Check.finite("torch.OneCycleLR", "max_momentum", maxMomentum);
    Check.positive("torch.OneCycleLR", "div_factor", divFactor);
    Check.positive("torch.OneCycleLR", "final_div_factor", finalDivFactor);
    long total = totalSteps != null ? totalSteps : Math.multiplyExact(epochs, stepsPerEpoch);
    int empty = emptyPhaseReached(pctStart, total, threePhase);
    if (empty >= 0) {
      throw Check.fail(Reason.INVALID_VALUE, "torch.OneCycleLR", "pct_start",
          "such that no phase a step 0.." + total + " falls in is empty (phase " + (empty + 1)
              + " is: PyTorch divides by its length, ZeroDivisionError)", pctStart);
    }
  }

  /**
   * The first phase (0-based) of PyTorch's {@code get_lr} that some step {@code 0..total} selects
   * and whose length {@code end_step - start_step} is 0, or -1. A step selects the first phase with
   * {@code step <= end_step}, else the last one; {@code start_step} is the previous phase's end.
   */
  static int emptyPhaseReached(double pctStart, long total, boolean threePhase) {
    double[] ends = threePhase
        ? new double[] {pctStart * total - 1, 2 * pctStart * total - 2, total - 1}
        : new double[] {pctStart * total - 1, total - 1};
    double start = 0;
    double before = Double.NEGATIVE_INFINITY; // the largest end of the phases before
    for (int i = 0; i < ends.length; i++) {
      double first = Math.max(0, Math.floor(before) + 1);
      double last = i == ends.length - 1 ? total : Math.min(total, Math.floor(ends[i]));
      if (first <= last && ends[i] - start == 0) return i;
      before = Math.max(before, ends[i]);
      start = ends[i];
    }
    return -1;
  }

  /**
   * {@return a {@code OneCycleLR} with PyTorch's defaults around {@code max_lr} and
   * {@code total_steps}}
   *
   * @param maxLr the peak, finite
   * @param totalSteps the length of the cycle, {@code >= 1}
   */
  public static OneCycleLR of(double maxLr, long totalSteps) {
    return new OneCycleLR(maxLr, totalSteps, null, null, 0.3, "cos", true, 0.85, 0.95, 25.0, 1e4, false);
  }

  /**
   * {@return the number of steps of the cycle: {@code total_steps}, or
   * {@code epochs * steps_per_epoch}}
   */
  public long cycleSteps() {
    if (totalSteps != null) return totalSteps;
    return Math.multiplyExact(epochs, stepsPerEpoch);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.OneCycleLR";
  }
}
