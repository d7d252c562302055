package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code multiply}: the product of all of {@code of}'s values at {@code t} (PyTorch's
 * ChainedScheduler, in factor space). It has a duration only when all members do: the longest.
 *
 * @param of the factors, at least one
 */
public record Multiply(List<Node> of) implements Node {
  /**
   * Checks the arguments.
   *
   * @param of the value for the {@code of} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code multiply: <key> must be <constraint>, got <value>}
   */
  public Multiply {
    of = Check.nonEmpty("multiply", "of", of);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "multiply";
  }
}
