package dev.anneal.spec;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code sequence}: {@code parts} one after another. Part {@code i} starts at {@code b_i}, the sum
 * of the durations of the parts before it, and sees local step {@code t - b_i}. Every part but the
 * last needs a duration; at most one may say {@link Steps#rest()}, which is {@code total_steps}
 * minus all the other durations (an error when that is {@code < 1}). A part without {@code from}
 * starts at the value where the previous part ended (its value at {@code p = 1}). Past the end of
 * the last part, the last part goes on (a cosine holds its {@code to}).
 *
 * <pre>{@code
 * // warmup-stable-decay: the cooldown has no from, so it starts where the constant ended
 * Sequence wsd = sequence(linear(0.0, 1e-3, 1_000), constant(1e-3, 8_000))
 *     .then(new OneMinusSqrt(null, 0.0, Steps.of(1_000)));
 * Schedule lr = Schedule.of(wsd);
 * assertThat(lr.valueAt(1_000)).isEqualTo(1e-3);
 * assertThat(lr.valueAt(9_000)).isEqualTo(1e-3);
 * assertThat(lr.valueAt(10_000)).isEqualTo(0.0);
 * }</pre>
 *
 * @param parts the parts, at least one; every part but the last needs a duration
 */
public record Sequence(List<Node> parts) implements Node {
  /**
   * Checks the arguments.
   *
   * @param parts the value for the {@code parts} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code sequence: <key> must be <constraint>, got <value>}
   */
  public Sequence {
    parts = Check.nonEmpty("sequence", "parts", parts);
  }

  /**
   * {@return this sequence with {@code next} appended}
   *
   * @param next the new last part
   */
  public Sequence then(Node next) {
    var more = new java.util.ArrayList<>(parts);
    more.add(next);
    return new Sequence(more);
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "sequence";
  }
}
