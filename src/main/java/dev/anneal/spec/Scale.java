package dev.anneal.spec;

import org.jspecify.annotations.Nullable;


/**
 * {@code scale}: {@code by * of(t)}; lasts as long as {@code of}.
 *
 * @param by the factor, finite
 * @param of the scaled node
 */
public record Scale(double by, Node of) implements Node {
  /**
   * Checks the arguments.
   *
   * @param by the value for the {@code by} record component
   * @param of the value for the {@code of} record component
   * @throws IllegalArgumentException when {@code by} is not finite
   */
  public Scale {
    Check.finite("scale", "by", by);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "scale";
  }
}
