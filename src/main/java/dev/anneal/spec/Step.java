package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code step}: {@code from * gamma^floor(t / every)}, multiplied by {@code gamma} every
 * {@code every} steps, forever. {@code steps} is only its length inside a {@link Sequence}.
 */
public record Step(@Nullable Double from, double gamma, long every, @Nullable Steps steps) implements Node {
  public Step {
    if (from != null) Check.finite("step", "from", from);
    Check.finite("step", "gamma", gamma);
    Check.atLeast("step", "every", 1L, every);
  }

  @Override
  public String type() {
    return "step";
  }
}
