package dev.anneal.spec;

import dev.anneal.Schedule;
import dev.anneal.internal.Compiler;
import dev.anneal.internal.YamlWriter;
import java.util.List;

/**
 * One node of a schedule tree, as a YAML mapping whose {@code type} says which. Native nodes give
 * absolute values (the learning rate itself) and combinators build on other nodes; {@link TorchNode}s
 * reproduce PyTorch's schedulers exactly. A tree is compiled once into a {@link Schedule}.
 *
 * <p>{@code t} below is the step local to a node (0 at its first step) and
 * {@code p = min(t, steps) / steps} its progress through its duration.
 */
public sealed interface Node
    permits Constant, Linear, Cosine, Polynomial, OneMinusSqrt, Exponential, Step, MultiStep,
        PiecewiseConstant, InverseSqrt, Sequence, Warmup, Restarts, Scale, Multiply, Add, Clamp,
        Shift, TorchNode {

  /** The node's {@code type} as written in a file, e.g. {@code cosine} or {@code torch.StepLR}. */
  String type();

  /** Compiles this tree into a fast step-to-value function; durations must be plain step counts. */
  default Schedule compile() {
    return compile(Context.EMPTY);
  }

  /** Compiles this tree with the file-level settings that {@code "5%"}, {@code "3ep"}, {@code rest} and torch nodes need. */
  default Schedule compile(Context context) {
    return Compiler.schedule(this, context);
  }

  /** This tree as a YAML node mapping, loadable again into an equal tree. */
  default String toYaml() {
    return YamlWriter.write(this);
  }

  /** {@code by * this(t)}: write a schedule in factors, then scale it by the peak. */
  default Scale times(double by) {
    return new Scale(by, this);
  }

  /** {@code this(t) * other(t)}. */
  default Multiply times(Node other) {
    return new Multiply(List.of(this, other));
  }

  /** {@code this(t) + other(t)}, e.g. a floor under a decaying schedule. */
  default Add plus(Node other) {
    return new Add(List.of(this, other));
  }

  /** This schedule bounded to {@code [min, max]}. */
  default Clamp clampedTo(double min, double max) {
    return new Clamp(min, max, this);
  }

  /** This schedule started {@code steps} later (holding its first value until then). */
  default Shift delayedBy(long steps) {
    return new Shift(steps, this);
  }

  /** This schedule (which needs a duration) going round again forever; refine with {@code with...}. */
  default Restarts restarting() {
    return new Restarts(this, 1.0, 1.0, null);
  }
}
