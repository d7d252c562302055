package dev.anneal.spec;

import org.jspecify.annotations.Nullable;

/**
 * {@code shift}: {@code of(max(0, t - by))}; {@code by} is a number of steps and may be negative
 * (start {@code of} part-way through). Lasts as long as {@code of}, plus the shift.
 *
 * @param by the delay in steps; negative starts {@code of} part-way through (then
 *     {@code > -duration(of)})
 * @param of the shifted node
 */
public record Shift(long by, Node of) implements Node {
  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "shift";
  }
}
