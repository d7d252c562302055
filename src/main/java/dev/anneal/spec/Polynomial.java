package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code polynomial}: {@code to + (from - to) * (1 - p^k)^power} ({@code to} 0, {@code power} 1 and
 * {@code k} 1 by default; {@code k} is timm's k-decay). Past its end it holds {@code to}.
 *
 * @param from the value at step 0, finite; null only for a later part of a {@link Sequence}, which
 *     then starts where the previous part ended
 * @param to the value at the end and after it, finite (0 when a file leaves it out)
 * @param steps the duration
 * @param power the exponent, {@code > 0} (1, a file's default, is linear)
 * @param k the k-decay exponent on the progress, finite and {@code > 0} (1 when a file leaves it out)
 */
public record Polynomial(@Nullable Double from, double to, Steps steps, double power, double k) implements Node {
  /**
   * Checks the arguments.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @param power the value for the {@code power} record component
   * @param k the value for the {@code k} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code polynomial: <key> must be <constraint>, got <value>}
   */
  public Polynomial {
    if (from != null) Check.finite("polynomial", "from", from);
    Check.finite("polynomial", "to", to);
    Check.positive("polynomial", "power", power);
    Check.positive("polynomial", "k", k);
  }

  /**
   * A polynomial with {@code k} 1.
   *
   * @param from the value for the {@code from} record component
   * @param to the value for the {@code to} record component
   * @param steps the value for the {@code steps} record component
   * @param power the value for the {@code power} record component
   */
  public Polynomial(@Nullable Double from, double to, Steps steps, double power) {
    this(from, to, steps, power, 1.0);
  }

  /**
   * {@return the same decay with another exponent}
   *
   * @param power the exponent, {@code > 0}
   */
  public Polynomial withPower(double power) {
    return new Polynomial(from, to, steps, power, k);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "polynomial";
  }
}
