package dev.anneal.internal.compile;

import dev.anneal.spec.Constant;
import dev.anneal.spec.Cosine;
import dev.anneal.spec.Exponential;
import dev.anneal.spec.InverseSqrt;
import dev.anneal.spec.Linear;
import dev.anneal.spec.MultiStep;
import dev.anneal.spec.Node;
import dev.anneal.spec.OneMinusSqrt;
import dev.anneal.spec.PiecewiseConstant;
import dev.anneal.spec.Polynomial;
import dev.anneal.spec.Step;
import dev.anneal.spec.Steps;
import org.jspecify.annotations.Nullable;

/** Questions about a node's own keys. */
public final class Nodes {
  private Nodes() {}

  /** The node's own {@code steps} key, when it has one. */
  public static @Nullable Steps steps(Node node) {
    if (node instanceof Constant n) return n.steps();
    if (node instanceof Linear n) return n.steps();
    if (node instanceof Cosine n) return n.steps();
    if (node instanceof Polynomial n) return n.steps();
    if (node instanceof OneMinusSqrt n) return n.steps();
    if (node instanceof Exponential n) return n.steps();
    if (node instanceof Step n) return n.steps();
    if (node instanceof MultiStep n) return n.steps();
    if (node instanceof PiecewiseConstant n) return n.steps();
    if (node instanceof InverseSqrt n) return n.steps();
    return null;
  }
}
