package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code multistep}: {@code from * gamma^n} where {@code n} is the number of {@code milestones}
 * (strictly increasing steps) {@code <= t}. After the last milestone it stays at
 * {@code from * gamma^milestones.size()}.
 */
public record MultiStep(@Nullable Double from, double gamma, List<Long> milestones,
    @Nullable Steps steps) implements Node {
  public MultiStep {
    if (from != null) Check.finite("multistep", "from", from);
    Check.finite("multistep", "gamma", gamma);
    milestones = Check.increasing("multistep", "milestones", milestones, false);
  }

  @Override
  public String type() {
    return "multistep";
  }
}
