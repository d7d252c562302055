package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * What a schedule file says around its nodes: {@code total_steps} (for {@code "5%"} and
 * {@code rest} durations), {@code steps_per_epoch} (for {@code "3ep"}) and {@code base_lr} (the
 * optimizer's learning rate that {@code torch.*} nodes start from). Any of them may be absent.
 *
 * @param totalSteps {@code total_steps}: the length of the run, {@code >= 1}, or null
 * @param stepsPerEpoch {@code steps_per_epoch}: the steps of one epoch, {@code >= 1}, or null
 * @param baseLr {@code base_lr}: the optimizer's learning rate, finite, or null
 */
public record Context(@Nullable Long totalSteps, @Nullable Long stepsPerEpoch, @Nullable Double baseLr) {

  /** No total, no epochs, no base learning rate: enough for trees that use plain step counts. */
  public static final Context EMPTY = new Context(null, null, null);

  /**
   * Checks the arguments.
   *
   * @param totalSteps the value for the {@code totalSteps} record component
   * @param stepsPerEpoch the value for the {@code stepsPerEpoch} record component
   * @param baseLr the value for the {@code baseLr} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code file: <key> must be <constraint>, got <value>}
   */
  public Context {
    if (totalSteps != null) Check.atLeast("file", "total_steps", 1L, totalSteps);
    if (stepsPerEpoch != null) Check.atLeast("file", "steps_per_epoch", 1L, stepsPerEpoch);
    if (baseLr != null) Check.finite("file", "base_lr", baseLr);
  }

  long requireTotalSteps(Steps duration) {
    if (totalSteps == null) {
      throw new SpecException("steps", Reason.MISSING_SETTING,
          "duration: \"" + duration + "\" needs total_steps in the file, got no total_steps");
    }
    return totalSteps;
  }

  long requireStepsPerEpoch(Steps duration) {
    if (stepsPerEpoch == null) {
      throw new SpecException("steps", Reason.MISSING_SETTING,
          "duration: \"" + duration + "\" needs steps_per_epoch in the file, got no steps_per_epoch");
    }
    return stepsPerEpoch;
  }
}
