package dev.anneal.internal;

/** A compiled node: its value at local time {@code t} (steps, fractional inside stretched restarts). */
@FunctionalInterface
public interface Curve {
  double at(double t);
}
