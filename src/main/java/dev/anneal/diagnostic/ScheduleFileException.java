package dev.anneal.diagnostic;

import java.util.List;

/**
 * A schedule file that cannot be used: every problem found, in file order, each located in the
 * user's own file. The message is those problems, one a line.
 *
 * <pre>{@code
 * try {
 *   ScheduleFile.parse("run.yaml", """
 *       total_steps: 10000
 *       schedule: {type: cosine, from: 3.0e-4, steps: 0, warmup: 100}
 *       """, "");
 *   fail("not a valid file");
 * } catch (ScheduleFileException e) {
 *   assertThat(e.problems()).map(Problem::toString).containsExactly(
 *       "run.yaml:2:47: error: /schedule/steps: steps must be >= 1, got 0",
 *       "run.yaml:2:50: error: /schedule/warmup: unknown key warmup in cosine"
 *           + " (expected one of type, from, to, steps, k)");
 * }
 * }</pre>
 */
public final class ScheduleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in file order. */
  private final List<Problem> problems;

  /**
   * An exception for these problems.
   *
   * @param problems the problems, in file order, at least one
   */
  public ScheduleFileException(List<Problem> problems) {
    super(String.join("\n", problems.stream().map(Problem::toString).toList()), null, false, false);
    if (problems.isEmpty()) throw new IllegalArgumentException("problems must not be empty");
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, in file order} */
  public List<Problem> problems() {
    return problems;
  }
}
