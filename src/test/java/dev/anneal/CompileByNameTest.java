package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.CyclicLR;
import dev.anneal.spec.OneCycleLR;
import dev.anneal.spec.StepLR;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code ScheduleFile.compile(name)}: one schedule of a file, and {@code parse(name, text)}. */
class CompileByNameTest {

  @Test
  void everyNameOfEverySampleGivesTheSameValuesAsCompile() throws IOException {
    List<Path> samples;
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
    int names = 0;
    for (Path sample : samples) {
      String at = sample.getFileName().toString().equals("experiment-config.yaml") ? "/train/optim" : "";
      ScheduleFile file = ScheduleFile.load(sample, at);
      for (Map.Entry<String, Schedule> entry : file.compile().entrySet()) {
        double[] expected = new double[200];
        entry.getValue().fill(expected, 0, 523);
        double[] actual = new double[200];
        file.compile(entry.getKey()).fill(actual, 0, 523);
        assertThat(actual).as("%s %s", sample, entry.getKey()).containsExactly(expected);
        names++;
      }
    }
    assertThat(names).isEqualTo(samples.size() + 4); // 3 more in multi-hyperparameter, 1 in experiment-config, 1 momentum
  }

  @Test
  void momentumOfACyclingTorchLr() {
    ScheduleFile file = ScheduleFile.of(new CyclicLR(0.001, 0.006, 4, null, "triangular", 1.0, "cycle", true, 0.8, 0.9))
        .withBaseLr(0.001);
    Schedule momentum = file.compile("momentum");
    // momentum moves against lr: max_momentum at the bottom of a cycle, base_momentum at its top
    assertThat(momentum.valueAt(0)).isEqualTo(0.9);
    assertThat(momentum.valueAt(4)).isEqualTo(0.8);
    assertThat(momentum.valueAt(8)).isEqualTo(0.9);
    assertThat(file.compile("lr").valueAt(4)).isEqualTo(0.006);
  }

  @Test
  void anUnknownNameSaysWhichNamesThereAre() {
    ScheduleFile file = ScheduleFile.of(cosine(1e-3, 0.0, 100)).with("weight_decay", constant(0.05));
    assertThatThrownBy(() -> file.compile("wd")).isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("schedules: name must be one of lr, weight_decay, got wd");
    // without a cycling torch lr there is no momentum
    assertThatThrownBy(() -> file.compile("momentum"))
        .hasMessage("schedules: name must be one of lr, weight_decay, got momentum");
    ScheduleFile oneCycle = ScheduleFile.of(OneCycleLR.of(0.4, 100)).with("weight_decay", constant(0.05));
    assertThatThrownBy(() -> oneCycle.compile("mom"))
        .hasMessage("schedules: name must be one of lr, momentum, weight_decay, got mom");
    assertThatThrownBy(() -> ScheduleFile.of(constant(0.1)).compile("LR"))
        .hasMessage("schedules: name must be one of lr, got LR");
    ScheduleFile noLr = new ScheduleFile(null, null, null, Map.of("weight_decay", constant(0.05)));
    assertThatThrownBy(() -> noLr.compile("lr")).hasMessage("schedules: name must be one of weight_decay, got lr");
  }

  @Test
  void onlyTheNamedScheduleIsCompiled() {
    // torch.StepLR needs base_lr: the file does not compile as a whole, its weight_decay does
    ScheduleFile file = ScheduleFile.of(new StepLR(30, 0.1)).with("weight_decay", constant(0.05));
    assertThatThrownBy(file::compile)
        .hasMessage("torch.StepLR: base_lr must be given in the file (the optimizer's lr), got none");
    assertThat(file.compile("weight_decay").valueAt(7)).isEqualTo(0.05);
    assertThatThrownBy(() -> file.compile("lr"))
        .hasMessage("torch.StepLR: base_lr must be given in the file (the optimizer's lr), got none");
    // the names in a message do not need lr to compile
    assertThatThrownBy(() -> file.compile("wd")).hasMessage("schedules: name must be one of lr, weight_decay, got wd");
  }

  @Test
  void twoMomentumsAreAnErrorAsInCompile() {
    // built in code (a file with both does not load): OneCycleLR's momentum and a momentum schedule
    ScheduleFile file = ScheduleFile.of(OneCycleLR.of(0.4, 100)).with("momentum", constant(0.9));
    String twice = "schedules: momentum must be given once, got a momentum schedule and the momentum of"
        + " torch.OneCycleLR (cycle_momentum: true)";
    assertThatThrownBy(file::compile).hasMessage(twice);
    assertThatThrownBy(() -> file.compile("momentum")).hasMessage(twice);
    assertThat(file.compile("lr").valueAt(0)).isEqualTo(ScheduleFile.of(OneCycleLR.of(0.4, 100)).compile("lr").valueAt(0));
    assertThatThrownBy(() -> file.compile("mom")).hasMessage("schedules: name must be one of lr, momentum, got mom");
  }

  @Test
  void parseWithoutAPointerReadsTheWholeDocument() {
    String text = "total_steps: 100\nschedule: {type: linear, from: 0.0, to: 1.0, steps: 100}\n";
    ScheduleFile file = ScheduleFile.parse("run.yaml", text);
    assertThat(file).isEqualTo(ScheduleFile.parse("run.yaml", text, ""));
    assertThat(file.compile("lr").valueAt(25)).isEqualTo(0.25);
    assertThatThrownBy(() -> ScheduleFile.parse("run.json", "{\"schedule\": {\"type\": \"constant\"}}"))
        .isInstanceOf(ScheduleFileException.class)
        .hasMessage("run.json:1:14: error: /schedule: constant needs value (a number), got no value");
  }
}
