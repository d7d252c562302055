package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One problem per root cause, with a "did you mean" wherever a user's word is close to a known one. */
class HintsTest {

  static String only(String text) {
    List<Problem> ps = LoaderErrorsTest.problems(text);
    assertThat(ps).hasSize(1);
    return ps.get(0).toString();
  }

  @Test
  void anUnknownKeyInAMappingThatMissesAKeyIsThatKey() {
    assertThat(only("schedule:\n  type: scale\n  by: 3.0e-4\n  from: {type: cosine, from: 1.0, steps: 10}\n"))
        .isEqualTo("x.yaml:4:3: error: /schedule/from: unknown key from in scale; did you mean of?"
            + " (expected one of type, by, of)");
    assertThat(only("schedule:\n  type: warmup\n  warmup_steps: 500\n  then: {type: constant, value: 1.0}\n"))
        .isEqualTo("x.yaml:3:3: error: /schedule/warmup_steps: unknown key warmup_steps in warmup;"
            + " did you mean steps? (expected one of type, steps, from, then)");
  }

  @Test
  void enumValuesSayDidYouMean() {
    assertThat(only("base_lr: 0.001\nschedule: {type: torch.CyclicLR, base_lr: 0.001, max_lr: 0.006,"
        + " step_size_up: 20, mode: triangle}\n"))
        .endsWith("/schedule/mode: mode must be one of triangular, triangular2, exp_range, got \"triangle\";"
            + " did you mean triangular?");
    assertThat(only("base_lr: 0.04\nschedule: {type: torch.OneCycleLR, max_lr: 0.4, total_steps: 100,"
        + " anneal_strategy: cosine}\n"))
        .endsWith("/schedule/anneal_strategy: anneal_strategy must be one of cos, linear, got \"cosine\";"
            + " did you mean cos?");
  }

  @Test
  void aTorchClassWithoutItsPrefix() {
    assertThat(only("base_lr: 0.1\nschedule: {type: StepLR, step_size: 30, gamma: 0.1}\n"))
        .endsWith("/schedule/type: type must be a known node type, got StepLR; did you mean torch.StepLR?");
  }

  @Test
  void namedSchedulesUnderSchedule() {
    assertThat(only("schedule:\n  lr: {type: constant, value: 0.1}\n  momentum: {type: constant, value: 0.9}\n"))
        .isEqualTo("x.yaml:1:1: error: /schedule: a node must have a type, got a mapping of named schedules"
            + " (lr, momentum); did you mean schedules?");
  }

  @Test
  void aNodeKeyIndentedTooLittle() {
    assertThat(only("schedule:\n  type: cosine\n  from: 0.1\n  steps: 100\nto: 0.0\n"))
        .contains("/to: unknown key to in a schedule file; to is a key of a node: is it indented less");
    assertThat(only("lr: 0.1\nschedule: {type: constant, value: 0.1}\n")).contains("did you mean base_lr?");
  }

  @Test
  void aTorchNodeWithoutBaseLrPointsAtTheNodeAndSaysWhereBaseLrGoes() {
    assertThat(only("total_steps: 100\nschedule:\n  type: torch.StepLR\n  step_size: 30\n"))
        .isEqualTo("x.yaml:3:9: error: /schedule: torch.StepLR needs base_lr (the optimizer's lr) at the top of"
            + " the file, beside schedule, got no base_lr");
  }

  @Test
  void listItemsWrongTheSameWayAreOneProblem() {
    assertThat(only("steps_per_epoch: 100\nschedule: {type: multistep, from: 0.1, gamma: 0.1, milestones: [\"30ep\", \"60ep\"]}\n"))
        .endsWith("/schedule/milestones/0: milestones[0] must be an integer, got \"30ep\" (and 1 more item like it);"
            + " milestones are step counts, not durations: write the steps (epochs times steps_per_epoch)");
  }

  @Test
  void sequentialLrMilestonesMustIncrease() {
    assertThat(only("base_lr: 0.1\nschedule:\n  type: torch.SequentialLR\n  milestones: [50, 10]\n  schedulers:\n"
        + "    - {type: torch.LinearLR, total_iters: 10}\n    - {type: torch.StepLR, step_size: 5}\n"
        + "    - {type: torch.CosineAnnealingLR, T_max: 5}\n"))
        .isEqualTo("x.yaml:4:15: error: /schedule/milestones: torch.SequentialLR: milestones must be strictly"
            + " increasing (each scheduler starts at its milestone), got [50, 10]");
  }

  @Test
  void oneCycleWithHalfOfEpochsAndStepsPerEpoch() {
    assertThat(only("base_lr: 0.1\nsteps_per_epoch: 390\nschedule: {type: torch.OneCycleLR, max_lr: 0.4, epochs: 20}\n"))
        .isEqualTo("x.yaml:3:57: error: /schedule/epochs: torch.OneCycleLR: epochs must be given with steps_per_epoch"
            + " in the node (or total_steps instead), got epochs 20 and no steps_per_epoch");
    assertThat(only("base_lr: 0.1\nschedule: {type: torch.OneCycleLR, max_lr: 0.4, steps_per_epoch: 390}\n"))
        .contains("/schedule/steps_per_epoch: torch.OneCycleLR: steps_per_epoch must be given with epochs");
  }

  @Test
  void pytorchsOwnLastEpochAndVerboseAreAcceptedAsCopiedFromPython() {
    ScheduleFile f = ScheduleFile.parse("x.yaml", "base_lr: 0.1\nschedule: {type: torch.CosineAnnealingLR, T_max: 100,"
        + " eta_min: 0, last_epoch: -1, verbose: false}\n", "");
    assertThat(f.compile().get("lr").valueAt(0)).isEqualTo(0.1);
    assertThat(only("base_lr: 0.1\nschedule: {type: torch.StepLR, step_size: 3, last_epoch: 5}\n"))
        .endsWith("/schedule/last_epoch: last_epoch must be -1, got 5");
    assertThat(only("base_lr: 0.1\nschedule: {type: torch.StepLR, optimizer: opt, step_size: 3}\n"))
        .endsWith("/schedule/optimizer: unknown key optimizer in torch.StepLR: the optimizer is implied"
            + " (its lr is the file's base_lr); remove the key");
  }

  @Test
  void aTypeNameWhereANodeShouldBe() {
    assertThat(only("schedule: cosine\n"))
        .isEqualTo("x.yaml:1:11: error: /schedule: a node must be a mapping with a type, got \"cosine\";"
            + " write it as a mapping: {type: cosine, ...} with the keys of cosine");
  }

  @Test
  void schedulesMustNameLr() {
    assertThat(only("schedules:\n  learning_rate: {type: constant, value: 0.1}\n  momentum: {type: constant, value: 0.9}\n"))
        .isEqualTo("x.yaml:2:3: error: /schedules/learning_rate: schedules must include lr (the learning rate;"
            + " other names are free), got learning_rate, momentum; did you mean lr for learning_rate?");
  }
}
