package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;

/**
 * {@code add}: the sum of all of {@code of}'s values at {@code t} (e.g. a floor under a decaying
 * schedule). It has a duration only when all members do: the longest.
 */
public record Add(List<Node> of) implements Node {
  public Add {
    of = Check.nonEmpty("add", "of", of);
  }

  @Override
  public String type() {
    return "add";
  }
}
