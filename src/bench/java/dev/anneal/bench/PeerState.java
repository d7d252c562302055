package dev.anneal.bench;

import java.util.Random;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The steps a benchmark asks for: {@value #SAMPLES} steps spread evenly over the whole run
 * {@code [0, lastStep]} (so each phase gets its share of calls, as in training), asked in
 * ascending order (as a training loop does; branches predictable) or shuffled (every call a
 * surprise). One array load per call, the same for every implementation.
 */
@State(Scope.Thread)
public abstract class PeerState {
  static final int SAMPLES = 1024;

  @Param({"ascending", "shuffled"})
  public String order;

  private int[] steps;
  private int next;

  void sample(int lastStep) {
    steps = new int[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) steps[i] = (int) ((long) i * lastStep / (SAMPLES - 1));
    if (order.equals("shuffled")) {
      Random random = new Random(7919);
      for (int i = SAMPLES - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = steps[i];
        steps[i] = steps[j];
        steps[j] = t;
      }
    } else if (!order.equals("ascending")) {
      throw new IllegalArgumentException("order: ascending or shuffled, got " + order);
    }
  }

  final int step() {
    return steps[next++ & (SAMPLES - 1)];
  }
}
