package dev.anneal.cli;

import dev.anneal.internal.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.Warmup;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The phases of a named schedule over steps {@code 0..n-1}: each part of a top-level
 * {@code sequence}, the two halves of a top-level {@code warmup}, else one phase with the node's type.
 */
final class Phases {
  private Phases() {}

  /** One phase: its shape (a node type) and its first and last step (inclusive). */
  record Phase(String shape, long first, long last) {
    boolean reached() {
      return first <= last;
    }
  }

  /** The phases of {@code node} ({@code null}: a schedule derived from another, as torch momentum). */
  static List<Phase> of(@Nullable Node node, String fallback, Context context, long n) {
    List<Phase> phases = new ArrayList<>();
    long lastStep = n - 1;
    if (node instanceof Sequence sequence) {
      double[] starts = Compiler.partStarts(sequence, context);
      int parts = sequence.parts().size();
      for (int i = 0; i < parts; i++) {
        long first = Math.round(starts[i]);
        long last = i == parts - 1 ? lastStep : Math.min(lastStep, Math.round(starts[i + 1]) - 1);
        phases.add(new Phase(sequence.parts().get(i).type(), first, last));
      }
    } else if (node instanceof Warmup warmup) {
      long steps = warmup.steps().resolve(context);
      phases.add(new Phase("linear warmup", 0, Math.min(lastStep, steps - 1)));
      phases.add(new Phase(warmup.then().type(), steps, lastStep));
    } else {
      phases.add(new Phase(node == null ? fallback : node.type(), 0, lastStep));
    }
    return phases;
  }

  /** The steps where a phase other than the first starts, below {@code n}. */
  static List<Long> boundaries(List<Phase> phases, long n) {
    List<Long> out = new ArrayList<>();
    for (int i = 1; i < phases.size(); i++) {
      long b = phases.get(i).first();
      if (b > 0 && b < n) out.add(b);
    }
    return out;
  }
}
