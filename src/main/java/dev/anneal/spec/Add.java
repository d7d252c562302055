package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code add}: the sum of all of {@code of}'s values at {@code t} (e.g. a floor under a decaying
 * schedule). It has a duration only when all members do: the longest.
 *
 * @param of the terms, at least one
 */
public record Add(List<Node> of) implements Node {
  /**
   * Checks the arguments.
   *
   * @param of the value for the {@code of} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code add: <key> must be <constraint>, got <value>}
   */
  public Add {
    of = Check.nonEmpty("add", "of", of);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "add";
  }
}
