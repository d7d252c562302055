package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import org.jspecify.annotations.Nullable;

/**
 * {@code tanh}: {@code to + (from - to) * (1 - tanh(lb * (1 - p) + ub * p)) / 2} for
 * {@code p = t / steps < 1} ({@code to} 0, {@code lb} -7 and {@code ub} 3 by default), timm's
 * {@code TanhLRScheduler}. Unlike the other shapes it does not start at exactly {@code from} (at
 * {@code p = 0} it is {@code (1 + tanh(7)) / 2}, 0.9999992 of the way, with the defaults) nor reach
 * {@code to} smoothly: at its end it drops to {@code to} (about 0.25% of {@code from - to} with the
 * defaults), as timm's does at the end of a cycle, and holds {@code to} after it.
 *
 * @param from the value the curve starts from, finite; null only for a later part of a
 *     {@link Sequence}, which then starts where the previous part ended
 * @param to the value at the end and after it, finite (0 when a file leaves it out)
 * @param steps the duration
 * @param lb the argument of tanh at the start, finite (-7 when a file leaves it out)
 * @param ub the argument of tanh at the end, finite and {@code > lb} (3 when a file leaves it out)
 */
public record Tanh(@Nullable Double from, double to, Steps steps, double lb, double ub) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @param lb the value for the {@code lb} record component
   * @param ub the value for the {@code ub} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code tanh: <key> must be <constraint>, got <value>}
   */
  public Tanh {
    if (from != null) Check.finite("tanh", "from", from);
    Check.finite("tanh", "to", to);
    Check.finite("tanh", "lb", lb);
    Check.finite("tanh", "ub", ub);
    if (!(ub > lb)) throw Check.fail(Reason.OUT_OF_RANGE, "tanh", "ub", "> lb (" + Check.format(lb) + ")", ub);
  }

  /**
   * timm's tanh: {@code lb} -7 and {@code ub} 3.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   */
  public Tanh(@Nullable Double from, double to, Steps steps) {
    this(from, to, steps, -7.0, 3.0);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "tanh";
  }
}
