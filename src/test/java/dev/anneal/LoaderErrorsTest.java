package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.ScheduleFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every problem of a broken file: its full message, pointer, line and column (from 1). */
class LoaderErrorsTest {

  static List<Problem> problems(String text) {
    return problems("x.yaml", text);
  }

  static List<Problem> problems(String name, String text) {
    ScheduleFileException e = catchThrowableOfType(ScheduleFileException.class,
        () -> ScheduleFile.parse(name, text, ""));
    assertThat(e).as("a ScheduleFileException for %s", text).isNotNull();
    assertThat(e.getMessage()).isEqualTo(String.join("\n", e.problems().stream().map(Problem::toString).toList()));
    return e.problems();
  }

  static Problem only(String text) {
    List<Problem> problems = problems(text);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  static void is(Problem p, int line, int column, String pointer, String message) {
    assertThat(List.of(p.file(), p.line(), p.column(), p.pointer(), p.fullMessage(), p.severity()))
        .containsExactly("x.yaml", line, column, pointer, message, Problem.Severity.ERROR);
    assertThat(p.toString()).isEqualTo("x.yaml:" + line + ":" + column + ": error: " + message);
  }

  @Test
  void aProblemWithOneItemOfAListIsReportedAtTheItem() {
    is(only("""
        base_lr: 0.1
        schedule:
          type: torch.SequentialLR
          milestones: [5]
          schedulers:
            - {type: torch.StepLR, step_size: 2}
            - {type: torch.ChainedScheduler, schedulers: [{type: torch.StepLR, step_size: 2}]}
        """), 7, 7, "/schedule/schedulers/1", "/schedule/schedulers/1: torch.SequentialLR: schedulers[1] must be a"
        + " single scheduler (PyTorch 1.13 cannot restart a torch.ChainedScheduler at a milestone), got"
        + " torch.ChainedScheduler");
  }

  @Test
  void unknownKeyWithDidYouMean() {
    List<Problem> ps = problems("schedule:\n  type: cosine\n  from: 1.0\n  stpes: 10\n");
    assertThat(ps).hasSize(1);
    is(ps.get(0), 4, 3, "/schedule/stpes",
        "/schedule/stpes: unknown key stpes in cosine; did you mean steps? (expected one of type, from, to, steps, k)");
  }

  @Test
  void unknownTopLevelKeyWithDidYouMean() {
    List<Problem> ps = problems("total_step: 10\nschedule: {type: constant, value: 1.0}\n");
    assertThat(ps).hasSize(1);
    is(ps.get(0), 1, 1, "/total_step", "/total_step: unknown key total_step in a schedule file;"
        + " did you mean total_steps? (expected one of total_steps, steps_per_epoch, base_lr, schedule, schedules)");
  }

  @Test
  void unknownTypeWithDidYouMean() {
    is(only("schedule:\n  type: cosin\n  from: 1.0\n  steps: 10\n"), 2, 9, "/schedule/type",
        "/schedule/type: type must be a known node type, got cosin; did you mean cosine?");
    is(only("schedule:\n  type: torch.StepLr\n  step_size: 10\n"), 2, 9, "/schedule/type",
        "/schedule/type: type must be a known node type, got torch.StepLr; did you mean torch.StepLR?");
  }

  @Test
  void refusedTorchSchedulersSayWhyAndWhatToUse() {
    is(only("schedule:\n  type: torch.LambdaLR\n  lr_lambda: x\n"), 2, 9, "/schedule/type",
        "/schedule/type: torch.LambdaLR is not supported: it runs a Python function (lr_lambda); write the"
            + " same curve with native nodes (warmup, cosine, polynomial, scale, multiply...)");
    is(only("schedule:\n  type: torch.ReduceLROnPlateau\n"), 2, 9, "/schedule/type",
        "/schedule/type: torch.ReduceLROnPlateau is not supported: it follows a validation metric, so its"
            + " value is not a function of the step; use a fixed decay such as multistep or torch.MultiStepLR");
    is(only("schedule:\n  type: torch.MultiplicativeLR\n"), 2, 9, "/schedule/type",
        "/schedule/type: torch.MultiplicativeLR is not supported: it runs a Python function (lr_lambda);"
            + " write the same curve with native nodes (exponential, step, multistep...)");
  }

  @Test
  void wrongValueType() {
    is(only("schedule:\n  type: cosine\n  from: abc\n  steps: 10\n"), 3, 9, "/schedule/from",
        "/schedule/from: from must be a number, got \"abc\"");
    is(only("schedule:\n  type: exponential\n  from: 1.0\n  rate: 0.5\n  staircase: 1\n"), 5, 14,
        "/schedule/staircase", "/schedule/staircase: staircase must be true or false, got 1");
    is(only("schedule:\n  type: multistep\n  from: 1.0\n  gamma: 0.5\n  milestones: [10, 2.5]\n"), 5, 20,
        "/schedule/milestones/1", "/schedule/milestones/1: milestones[1] must be an integer, got 2.5");
    is(only("schedule:\n  type: piecewise_constant\n  values: [1.0, no]\n  boundaries: [5]\n"), 3, 17,
        "/schedule/values/1", "/schedule/values/1: values[1] must be a number, got \"no\"");
  }

  @Test
  void zeroSteps() {
    is(only("schedule:\n  type: cosine\n  from: 1.0\n  steps: 0\n"), 4, 10, "/schedule/steps",
        "/schedule/steps: steps must be >= 1, got 0");
  }

  @Test
  void percentWithoutTotalStepsIsReportedAtTheDuration() {
    is(only("schedule:\n  type: cosine\n  from: 1.0\n  steps: \"5%\"\n"), 4, 10, "/schedule/steps",
        "/schedule/steps: duration: \"5%\" needs total_steps in the file, got no total_steps");
    is(only("schedule:\n  type: cosine\n  from: 1.0\n  steps: \"3ep\"\n"), 4, 10, "/schedule/steps",
        "/schedule/steps: duration: \"3ep\" needs steps_per_epoch in the file, got no steps_per_epoch");
  }

  @Test
  void durationsThatDoNotResolveAreReportedAtTheDuration() {
    is(only("total_steps: 10\nschedule:\n  type: cosine\n  from: 1.0\n  steps: \"2.5%\"\n"), 5, 10,
        "/schedule/steps",
        "/schedule/steps: duration: \"2.5%\" must be at least 1 step, got 0 steps of total_steps 10");
    is(only("steps_per_epoch: 3\nschedule:\n  type: cosine\n  from: 1.0\n  steps: \"1.5ep\"\n"), 5, 10,
        "/schedule/steps",
        "/schedule/steps: duration: \"1.5ep\" must be a whole number of steps, got 4.5 (steps_per_epoch 3)");
  }

  @Test
  void restTwiceIsReportedAtTheSecondRest() {
    is(only("total_steps: 100\nschedule:\n  type: sequence\n  parts:\n"
            + "    - {type: cosine, from: 1.0, steps: rest}\n    - {type: cosine, from: 1.0, steps: rest}\n"),
        6, 40, "/schedule/parts/1/steps", "/schedule/parts/1/steps: sequence: parts[1].steps must be rest"
            + " at most once in a sequence, got rest again after parts[0]");
  }

  @Test
  void restBelowOneStepIsReportedAtTheRest() {
    is(only("total_steps: 100\nschedule:\n  type: sequence\n  parts:\n"
            + "    - {type: cosine, from: 1.0, steps: 100}\n    - {type: cosine, from: 1.0, steps: rest}\n"),
        6, 40, "/schedule/parts/1/steps", "/schedule/parts/1/steps: sequence: rest must be >= 1 step, got 0"
            + " (total_steps 100 minus 100 steps of the other parts)");
  }

  @Test
  void restWithoutTotalStepsIsReportedAtTheRest() {
    is(only("schedule:\n  type: sequence\n  parts:\n"
            + "    - {type: cosine, from: 1.0, steps: 10}\n    - {type: cosine, steps: rest}\n"),
        5, 29, "/schedule/parts/1/steps",
        "/schedule/parts/1/steps: sequence: steps rest needs total_steps in the file, got no total_steps");
  }

  @Test
  void restBesideAPartWithoutDurationIsReportedAtThatPart() {
    is(only("total_steps: 100\nschedule:\n  type: sequence\n  parts:\n"
            + "    - {type: constant, value: 1.0}\n    - {type: cosine, from: 1.0, steps: rest}\n"),
        5, 7, "/schedule/parts/0", "/schedule/parts/0: sequence: parts[0] must be a node with a duration"
            + " when another part says rest, got a constant without one");
  }

  @Test
  void restInsideANestedSequenceIsResolvedAgainstTotalSteps() {
    ScheduleFile file = ScheduleFile.parse("x.yaml", "total_steps: 100\nschedule:\n  type: warmup\n"
        + "  steps: 5\n  then:\n    type: sequence\n    parts:\n"
        + "    - {type: constant, value: 1.0, steps: 60}\n    - {type: constant, value: 2.0, steps: rest}\n", "");
    Schedule lr = file.compile().get("lr");
    assertThat(lr.valueAt(64)).isEqualTo(1.0);
    assertThat(lr.valueAt(65)).isEqualTo(2.0);
  }

  @Test
  void duplicateKey() {
    is(only("schedule:\n  type: cosine\n  from: 1.0\n  from: 2.0\n  steps: 10\n"), 4, 3, "/schedule/from",
        "/schedule/from: duplicate key from, the first is at line 3");
  }

  @Test
  void infinityAndNaN() {
    is(only("schedule:\n  type: cosine\n  from: .inf\n  steps: 10\n"), 3, 9, "/schedule/from",
        "/schedule/from: numbers must be finite, got .inf");
    is(only("schedule:\n  type: cosine\n  from: -.inf\n  steps: 10\n"), 3, 9, "/schedule/from",
        "/schedule/from: numbers must be finite, got -.inf");
    is(only("schedule:\n  type: cosine\n  from: .nan\n  steps: 10\n"), 3, 9, "/schedule/from",
        "/schedule/from: numbers must be finite, got .nan");
  }

  @Test
  void integerBeyondLong() {
    is(only("schedule:\n  type: cosine\n  from: 1.0\n  steps: 99999999999999999999\n"), 4, 10,
        "/schedule/steps", "/schedule/steps: integers must fit in a long, got 99999999999999999999");
  }

  @Test
  void wrongTotalStepsIsReportedOnce() {
    is(only("total_steps: abc\nschedule:\n  type: cosine\n  from: 1.0\n  steps: \"5%\"\n"), 1, 14,
        "/total_steps", "/total_steps: total_steps must be an integer, got \"abc\"");
    is(only("total_steps: 0\nschedule: {type: constant, value: 1.0}\n"), 1, 14,
        "/total_steps", "/total_steps: total_steps must be >= 1, got 0");
  }

  @Test
  void emptyFile() {
    is(only(""), 1, 1, "", "the file is empty, expected a mapping with schedule or schedules");
    is(only("# just a comment\n"), 1, 1, "", "the file is empty, expected a mapping with schedule or schedules");
  }

  @Test
  void rootThatIsNotAMapping() {
    is(only("- 1\n- 2\n"), 1, 1, "", "/: a schedule file must be a mapping with schedule or schedules, got a list");
    is(only("42\n"), 1, 1, "", "/: a schedule file must be a mapping with schedule or schedules, got 42");
  }

  @Test
  void neitherScheduleNorSchedules() {
    is(only("total_steps: 10\n"), 1, 1, "", "/: a schedule file must have schedule or schedules, got neither");
  }

  @Test
  void restartsPeriodMultBelowOne() {
    is(only("schedule:\n  type: restarts\n  period_mult: 0.5\n  of: {type: cosine, from: 1.0, steps: 10}\n"),
        3, 16, "/schedule/period_mult",
        "/schedule/period_mult: period_mult must be >= 1, got 0.5");
  }

  @Test
  void problemsComeInFileOrder() {
    List<Problem> ps = problems("schedule:\n  type: sequence\n  parts:\n"
        + "    - {type: cosine, from: x, steps: 10}\n    - {type: linar, from: 1.0}\n");
    assertThat(ps).extracting(Problem::line).containsExactly(4, 5);
    assertThat(ps.get(0).fullMessage()).isEqualTo("/schedule/parts/0/from: from must be a number, got \"x\"");
    assertThat(ps.get(1).fullMessage())
        .isEqualTo("/schedule/parts/1/type: type must be a known node type, got linar; did you mean linear?");
  }
}
