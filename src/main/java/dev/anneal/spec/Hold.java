package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code hold}: {@code of(floor(t / every))}, each value of {@code of} held for {@code every} steps: a
 * scheduler stepped once an epoch (Lightning's {@code interval: epoch}, {@code every} the optimizer
 * steps of an epoch) or every few steps (its {@code frequency}). Lasts {@code every} times as long as
 * {@code of}.
 *
 * @param every how many steps each value of {@code of} lasts, {@code >= 1}
 * @param of the held node
 */
public record Hold(long every, Node of) implements Node {
  /**
   * Checks the arguments.
   *
   * @param every the value for the {@code every} record component
   * @param of the value for the {@code of} record component
   * @throws SpecException when {@code every < 1}: {@code hold: every must be >= 1, got <value>}
   */
  public Hold {
    Check.atLeast("hold", "every", 1, every);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "hold";
  }
}
