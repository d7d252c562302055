package dev.anneal;

import java.util.List;

/**
 * A schedule file that cannot be used: every problem found, in file order, each located in the
 * user's own file. The message is those problems, one a line.
 */
public final class ScheduleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<Problem> problems;

  public ScheduleFileException(List<Problem> problems) {
    super(String.join("\n", problems.stream().map(Problem::toString).toList()), null, false, false);
    if (problems.isEmpty()) throw new IllegalArgumentException("problems must not be empty");
    this.problems = List.copyOf(problems);
  }

  /** The problems, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
