package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code polynomial}: {@code to + (from - to) * (1 - p)^power} ({@code to} 0 and {@code power} 1
 * by default). Past its end it holds {@code to}.
 */
public record Polynomial(@Nullable Double from, double to, Steps steps, double power) implements Node {
  public Polynomial {
    if (from != null) Check.finite("polynomial", "from", from);
    Check.finite("polynomial", "to", to);
    Check.positive("polynomial", "power", power);
  }

  /** Same decay with another exponent. */
  public Polynomial withPower(double power) {
    return new Polynomial(from, to, steps, power);
  }

  @Override
  public String type() {
    return "polynomial";
  }
}
