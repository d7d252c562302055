package dev.anneal.spec;

import dev.anneal.internal.Check;

/** {@code scale}: {@code by * of(t)}; lasts as long as {@code of}. */
public record Scale(double by, Node of) implements Node {
  public Scale {
    Check.finite("scale", "by", by);
  }

  @Override
  public String type() {
    return "scale";
  }
}
