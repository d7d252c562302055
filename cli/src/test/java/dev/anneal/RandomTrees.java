package dev.anneal;

import dev.anneal.spec.Node;
import java.util.List;
import net.jqwik.engine.SourceOfRandomness;

/** The random native trees of {@link SchedulePropertiesTest}, drawn from a seed, for the command line's tests. */
public final class RandomTrees {
  /** The context the trees' durations are meant for: total_steps 1000, steps_per_epoch 10, base_lr 0.1. */
  public static final ScheduleFile FILE_SETTINGS = new ScheduleFile(1000L, 10L, 0.1,
      java.util.Map.of("lr", Schedules.constant(1.0)));

  private RandomTrees() {}

  /** {@return {@code count} trees of depth up to 3, the same for the same {@code seed}} */
  public static List<Node> seeded(long seed, int count) {
    // outside a property, jqwik samples from this thread's source of randomness, seeded here
    SourceOfRandomness.create(Long.toString(seed));
    return SchedulePropertiesTest.trees(3).sampleStream().limit(count).toList();
  }
}
