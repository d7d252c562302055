package dev.anneal.spec;

import dev.anneal.internal.Check;
import org.jspecify.annotations.Nullable;

/**
 * {@code inverse_sqrt}: {@code from / sqrt(1 + t / timescale)}, the transformer decay; it never
 * ends. {@code steps} is only its length inside a {@link Sequence}.
 */
public record InverseSqrt(@Nullable Double from, double timescale, @Nullable Steps steps) implements Node {
  public InverseSqrt {
    if (from != null) Check.finite("inverse_sqrt", "from", from);
    Check.positive("inverse_sqrt", "timescale", timescale);
  }

  @Override
  public String type() {
    return "inverse_sqrt";
  }
}
