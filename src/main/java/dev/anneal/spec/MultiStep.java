package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code multistep}: {@code from * gamma^n} where {@code n} is the number of {@code milestones}
 * (strictly increasing steps) {@code <= t}. After the last milestone it stays at
 * {@code from * gamma^milestones.size()}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param gamma the factor at each milestone, finite
 * @param milestones the steps where the value is multiplied by {@code gamma}, strictly increasing,
 *     at least one
 * @param steps its length inside a {@link Sequence}, or null
 */
public record MultiStep(@Nullable Double from, double gamma, List<Long> milestones,
    @Nullable Steps steps) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param gamma the value for the {@code gamma} record component
   * @param milestones the value for the {@code milestones} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code multistep: <key> must be <constraint>, got <value>}
   */
  public MultiStep {
    if (from != null) Check.finite("multistep", "from", from);
    Check.finite("multistep", "gamma", gamma);
    milestones = Check.increasing("multistep", "milestones", milestones, false);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "multistep";
  }
}
