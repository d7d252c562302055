package dev.anneal.internal.compile;

import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A tree compiled once, with what each of its nodes compiled into, by JSON Pointer relative to the
 * root ({@code ""}; {@code /parts/1}, {@code /of}...): the curve, the duration, and the layout of a
 * sequence. The nodes inside the cycles of {@code restarts} are the first cycle's, unstretched.
 */
public final class CompiledTree {
  private final Map<String, Compiled> nodes;

  CompiledTree(Map<String, Compiled> nodes) {
    this.nodes = Map.copyOf(nodes);
  }

  /** {@return the root's curve: the schedule's value at each step} */
  public Curve curve() {
    return curve("");
  }

  /** {@return the curve of the node at {@code pointer}, at its own local step} */
  public Curve curve(String pointer) {
    return node(pointer).curve();
  }

  /** {@return the duration of the node at {@code pointer} in steps, {@link Double#NaN} when it goes on forever} */
  public double duration(String pointer) {
    return node(pointer).duration();
  }

  /** {@return where each of the {@code parts} parts of the sequence at {@code pointer} starts, and where each ends} */
  public SequenceParts layout(String pointer, int parts) {
    double[] starts = new double[parts + 1];
    double[] ends = new double[parts];
    for (int i = 0; i < parts; i++) {
      Compiled part = node(pointer + "/parts/" + i);
      starts[i + 1] = starts[i] + part.duration();
      ends[i] = part.hasDuration() ? part.end() : Double.NaN;
    }
    return new SequenceParts(starts, ends);
  }

  /** {@return the momentum that a cycling PyTorch scheduler at the root sets, or null} */
  public @Nullable LongToDoubleFunction momentum() {
    return curve() instanceof ReplayCurve replay ? replay.replay().momentum() : null;
  }

  private Compiled node(String pointer) {
    Compiled node = nodes.get(pointer);
    if (node == null) throw new IllegalArgumentException("no node at " + pointer);
    return node;
  }
}
