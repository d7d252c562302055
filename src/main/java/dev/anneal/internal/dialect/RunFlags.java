package dev.anneal.internal.dialect;

import org.jspecify.annotations.Nullable;

/**
 * What the command line says about the run where a dialect's file leaves it to run time:
 * {@code --total-steps N} (optimizer steps of the whole run) and {@code --steps-per-epoch N}.
 *
 * @param totalSteps the steps of the run, or null
 * @param stepsPerEpoch the optimizer steps of one epoch, or null
 */
public record RunFlags(@Nullable Long totalSteps, @Nullable Long stepsPerEpoch) {
  /** No flags. */
  public static final RunFlags NONE = new RunFlags(null, null);
}
