package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code constant}: {@code value} at every step. {@code steps} is only its length inside a
 * {@link Sequence}; it stays at {@code value} forever.
 */
public record Constant(double value, @Nullable Steps steps) implements Node {
  public Constant {
    Check.finite("constant", "value", value);
  }

  @Override
  public String type() {
    return "constant";
  }
}
