package dev.anneal.spec;

/**
 * {@code shift}: {@code of(max(0, t - by))}; {@code by} is a number of steps and may be negative
 * (start {@code of} part-way through). Lasts as long as {@code of}, plus the shift.
 */
public record Shift(long by, Node of) implements Node {
  @Override
  public String type() {
    return "shift";
  }
}
