package dev.anneal.adapters.tribuo;

import com.oracle.labs.mlrg.olcut.config.Config;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.util.Objects;
import org.tribuo.math.optimisers.SGD;

/**
 * Tribuo's {@link SGD} with an anneal schedule as its learning rate: the schedule file's YAML is
 * the OLCUT {@code @Config} field {@code schedule} (and {@code name}, default {@code lr}, picks one
 * of its schedules), so it can be set from a Tribuo configuration file, and a model's provenance
 * records it.
 *
 * <p>Tribuo counts the step before it asks for the learning rate ({@code iteration} is 1 at the
 * first step): step {@code n} of the optimiser uses anneal's value at step {@code n - 1}, so the first
 * uses step 0, as in {@code anneal table}. A configuration file also sets {@code SGD}'s own mandatory
 * {@code useMomentum} ({@code NONE}, {@code STANDARD} or {@code NESTEROV}, with {@code rho}) and
 * {@code initialLearningRate}, which is ignored: the schedule's value at step 0 replaces it.
 */
public final class AnnealSGD extends SGD {
  @Config(mandatory = true, description = "The schedule file, as YAML (or JSON) text.")
  private String schedule;

  @Config(description = "The name of the schedule in the file to use as the learning rate.")
  private String name = "lr";

  private Schedule compiled;

  /** For OLCUT, which sets the {@code @Config} fields and then calls {@link #postConfig()}. */
  private AnnealSGD() {}

  /**
   * Plain SGD (no momentum) with the schedule {@code name} of {@code yaml}.
   *
   * @param yaml a schedule file as YAML (or JSON) text, such as {@code ScheduleFile.toYaml()}
   * @param name the schedule's name in the file ({@code lr}...)
   * @throws dev.anneal.diagnostic.ScheduleFileException when the text is not a valid schedule file
   * @throws IllegalArgumentException when the file has no schedule of that name
   */
  public AnnealSGD(String yaml, String name) {
    this(yaml, name, Momentum.NONE, 0.0);
  }

  /**
   * SGD with momentum ({@code STANDARD} or {@code NESTEROV}, of constant {@code rho}) and the
   * schedule {@code name} of {@code yaml} as the learning rate.
   *
   * @param yaml a schedule file as YAML (or JSON) text, such as {@code ScheduleFile.toYaml()}
   * @param name the schedule's name in the file ({@code lr}...)
   * @param momentum Tribuo's kind of momentum
   * @param rho the momentum's constant
   */
  public AnnealSGD(String yaml, String name, Momentum momentum, double rho) {
    this.schedule = Objects.requireNonNull(yaml, "yaml");
    this.name = Objects.requireNonNull(name, "name");
    this.useMomentum = Objects.requireNonNull(momentum, "momentum");
    this.rho = rho;
    postConfig();
  }

  /**
   * {@return SGD without momentum over the schedule {@code name} of {@code file}}
   *
   * @param file the schedule file, kept as its YAML ({@link ScheduleFile#toYaml()})
   * @param name the schedule's name ({@code lr}...)
   */
  public static AnnealSGD of(ScheduleFile file, String name) {
    return new AnnealSGD(file.toYaml(), name);
  }

  /** Compiles the schedule, once the {@code @Config} fields are set. */
  @Override
  public void postConfig() {
    compiled = ScheduleFile.parse(name + ".yaml", schedule).compile(name);
    initialLearningRate = compiled.valueAt(0);
  }

  /** {@return the schedule's value at step {@code iteration - 1}: the first step uses step 0} */
  @Override
  public double learningRate() {
    return compiled.valueAt(Math.max(0, iteration - 1L));
  }

  @Override
  protected String sgdType() {
    return "anneal(" + name + ")";
  }

  /** {@return a fresh optimiser (iteration 0, no momentum state) with the same schedule and momentum} */
  @Override
  public AnnealSGD copy() {
    return new AnnealSGD(schedule, name, useMomentum, rho);
  }

  /** {@return the schedule file, as YAML text} */
  public String schedule() {
    return schedule;
  }

  /** {@return the name of the schedule used} */
  public String name() {
    return name;
  }
}
