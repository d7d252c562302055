package dev.anneal.diagnostic;

import java.util.List;

/**
 * A schedule file that cannot be used: every problem found, in file order, each located in the
 * user's own file. The message is those problems, one a line.
 *
 * {@snippet class=dev.anneal.ApiExamplesTest region=errors}
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
