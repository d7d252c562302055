package dev.anneal.adapters.djl;

import ai.djl.training.tracker.Tracker;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.util.Objects;

/**
 * An anneal schedule as a DJL {@link Tracker}, for {@code Optimizer.sgd().setLearningRateTracker(..)},
 * {@code Optimizer.adam().optLearningRateTracker(..)} and every other optimizer that takes one. A
 * {@code Tracker} is also a {@code ParameterTracker}: every parameter gets the same value.
 *
 * <p>DJL counts updates from 1 ({@code numUpdate} is {@code beginNumUpdate + 1} at the first
 * update of a parameter), anneal steps from 0: update {@code n} gets the schedule's value at step
 * {@code n - 1}, so the first update uses step 0, as in {@code anneal table}. The value is a
 * {@code float}, DJL's type: anneal's double rounded to the nearest float.
 */
public final class AnnealTracker implements Tracker {
  private final Schedule schedule;

  private AnnealTracker(Schedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * {@return a tracker that gives {@code schedule}'s value at step {@code numUpdate - 1}}
   *
   * @param schedule the schedule, e.g. {@code Schedule.of(node)} or {@code file.compile("lr")}
   */
  public static AnnealTracker of(Schedule schedule) {
    return new AnnealTracker(schedule);
  }

  /**
   * {@return a tracker of the schedule {@code name} of {@code file}}
   *
   * @param file a schedule file, e.g. {@code ScheduleFile.load(path)}
   * @param name the schedule's name ({@code lr}, {@code momentum}...)
   * @throws IllegalArgumentException when the file has no schedule of that name
   */
  public static AnnealTracker of(ScheduleFile file, String name) {
    return new AnnealTracker(file.compile(name));
  }

  /**
   * {@return the schedule's value at step {@code numUpdate - 1} (step 0 for a count below 1), as a float}
   *
   * @param numUpdate DJL's update count, from 1
   */
  @Override
  public float getNewValue(int numUpdate) {
    return (float) schedule.valueAt(Math.max(0, numUpdate - 1L));
  }
}
