package dev.anneal.adapters.nd4j;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.Objects;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * An anneal schedule as an ND4J {@link ISchedule}, for the learning rate and momentum of
 * Deeplearning4j's updaters ({@code new Nesterovs(lr, momentum)}, {@code new Adam(lr)}...).
 *
 * <p>It holds the schedule file as YAML text and the schedule's name, never a compiled function:
 * DL4J saves a network's configuration as JSON, naming this class, and Java serialization and
 * {@link #clone()} copy it, and each of them gives back the same schedule. It is compiled once, when
 * first asked for a value. With {@link ScheduleType#ITERATION} anneal's step is DL4J's iteration
 * count (from 0), with {@link ScheduleType#EPOCH} its epoch count (from 0).
 */
public final class AnnealSchedule implements ISchedule {
  private static final long serialVersionUID = 1L;

  private final ScheduleType scheduleType;
  private final String yaml;
  private final String name;
  private transient volatile Schedule compiled;

  /**
   * A schedule read from {@code yaml} (a schedule file's text), checked at once.
   *
   * @param scheduleType whether anneal's step counts iterations or epochs
   * @param yaml a schedule file as YAML (or JSON) text, such as {@code ScheduleFile.toYaml()}
   * @param name the schedule's name in the file ({@code lr}, {@code momentum}...)
   * @throws dev.anneal.diagnostic.ScheduleFileException when the text is not a valid schedule file
   * @throws IllegalArgumentException when the file has no schedule of that name
   */
  @JsonCreator
  public AnnealSchedule(@JsonProperty("scheduleType") ScheduleType scheduleType, @JsonProperty("yaml") String yaml,
      @JsonProperty("name") String name) {
    this.scheduleType = Objects.requireNonNull(scheduleType, "scheduleType");
    this.yaml = Objects.requireNonNull(yaml, "yaml");
    this.name = Objects.requireNonNull(name, "name");
    this.compiled = compile();
  }

  /**
   * {@return the schedule {@code name} of {@code file}, over {@code scheduleType}}
   *
   * @param scheduleType whether anneal's step counts iterations or epochs
   * @param file the schedule file, kept as its YAML ({@link ScheduleFile#toYaml()})
   * @param name the schedule's name ({@code lr}, {@code momentum}...)
   */
  public static AnnealSchedule of(ScheduleType scheduleType, ScheduleFile file, String name) {
    return new AnnealSchedule(scheduleType, file.toYaml(), name);
  }

  private Schedule compile() {
    return ScheduleFile.parse(name + ".yaml", yaml).compile(name);
  }

  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    compiled = compile();
  }

  /**
   * {@return the schedule's value at {@code iteration} or {@code epoch}, as {@link #getScheduleType()} says}
   *
   * @param iteration DL4J's iteration count, from 0
   * @param epoch DL4J's epoch count, from 0
   */
  @Override
  public double valueAt(int iteration, int epoch) {
    return compiled.valueAt(scheduleType == ScheduleType.ITERATION ? iteration : epoch);
  }

  /** {@return a copy: the same YAML, name and schedule type} */
  @Override
  public AnnealSchedule clone() {
    return new AnnealSchedule(scheduleType, yaml, name);
  }

  /** {@return whether anneal's step counts iterations or epochs} */
  public ScheduleType getScheduleType() {
    return scheduleType;
  }

  /** {@return the schedule file, as YAML text} */
  public String getYaml() {
    return yaml;
  }

  /** {@return the schedule's name in the file} */
  public String getName() {
    return name;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnealSchedule that && scheduleType == that.scheduleType && yaml.equals(that.yaml)
        && name.equals(that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(scheduleType, yaml, name);
  }

  @Override
  public String toString() {
    return "AnnealSchedule(" + name + ", " + scheduleType + ")";
  }
}
