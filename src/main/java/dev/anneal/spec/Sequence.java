package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;

/**
 * {@code sequence}: {@code parts} one after another. Part {@code i} starts at {@code b_i}, the sum
 * of the durations of the parts before it, and sees local step {@code t - b_i}. Every part but the
 * last needs a duration; at most one may say {@link Steps#rest()}, which is {@code total_steps}
 * minus all the other durations (an error when that is {@code < 1}). A part without {@code from}
 * starts at the value where the previous part ended (its value at {@code p = 1}). Past the end of
 * the last part, the last part goes on (a cosine holds its {@code to}).
 */
public record Sequence(List<Node> parts) implements Node {
  public Sequence {
    parts = Check.nonEmpty("sequence", "parts", parts);
  }

  /** This sequence with {@code next} appended. */
  public Sequence then(Node next) {
    var more = new java.util.ArrayList<>(parts);
    more.add(next);
    return new Sequence(more);
  }

  @Override
  public String type() {
    return "sequence";
  }
}
