package dev.anneal;

import static dev.anneal.Schedules.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.spec.Node;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every Java example of README.md, verbatim, with what it must give; {@link #everyJavaBlockOfTheDocsIsHere}
 * checks that the docs show no Java this file does not compile and run. (The Kotlin twins are in
 * KotlinReadmeTest.)
 */
class ReadmeExamplesTest {

  @Test
  void loadAYamlFile() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
    Schedule lr = file.compile("lr");   // or compile(): a Map of every schedule by name
    double at1234 = lr.valueAt(1234);

    assertThat(at1234).isCloseTo(3e-5 + (3e-4 - 3e-5) * (1 + Math.cos(Math.PI * (1234 - 500) / 9500.0)) / 2,
        within(1e-18));
    assertThat(file.compile().get("lr").valueAt(1234)).isEqualTo(at1234);
  }

  @Test
  void aScheduleInCode() {
    // warmup 500 steps, then cosine from 3e-4 to 3e-5 over 9,500 steps, restarting with doubling periods
    Node spec = warmup(500, cosine(3e-4, 3e-5, 9_500).restarting().withPeriodMult(2));
    Schedule lr = Schedule.of(spec);
    double at10k = lr.valueAt(10_000);   // a pure function: ask any step, in any order
    String yaml = Schedules.toYaml(spec);         // the same tree as YAML, loadable again

    assertThat(at10k).isEqualTo(3e-4);
    assertThat(ScheduleFile.parse("x.yaml", "schedule:\n" + yaml.indent(2), "").schedules().get("lr")).isEqualTo(spec);
  }

  @Test
  void operatorsOnNodes() {
    // a decay written in factors, scaled to the peak, over a floor
    Node decay = cosine(1.0, 0.0, 10_000).times(3e-4).plus(constant(1e-5));

    Schedule lr = Schedule.of(decay);
    assertThat(lr.valueAt(0)).isEqualTo(3e-4 + 1e-5);
    assertThat(lr.valueAt(10_000)).isEqualTo(1e-5);
  }

  @Test
  void aLambdaMixedWithACompiledSchedule() {
    Schedule base = Schedule.of(warmup(500, cosine(3e-4, 0.0, 9_500)));
    Schedule halving = step -> Math.pow(0.5, step / 2_000);   // any lambda is a Schedule
    Schedule mixed = base.times(halving).plus(step -> 1e-6);  // base * halving, over a floor

    assertThat(halving.valueAt(1_999)).isEqualTo(1.0);
    assertThat(halving.valueAt(4_000)).isEqualTo(0.25);
    assertThat(mixed.valueAt(4_000)).isEqualTo(base.valueAt(4_000) * 0.25 + 1e-6);
    assertThat(mixed.valueAt(0)).isEqualTo(1e-6);
  }

  @Test
  void momentumFromTorchOneCycleLr() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/torch-one-cycle.yaml"));
    Schedule lr = file.compile("lr");
    Schedule momentum = file.compile("momentum");   // OneCycleLR's cycle_momentum

    Map<String, Schedule> schedules = file.compile();
    assertThat(schedules.keySet()).containsExactly("lr", "momentum");
    assertThat(momentum.values(0, 7_801)).containsExactly(schedules.get("momentum").values(0, 7_801));
    assertThat(lr.valueAt(1_949)).isEqualTo(0.4);
    assertThat(momentum.valueAt(1_949)).isEqualTo(0.85);
    assertThat(momentum.valueAt(0)).isEqualTo(0.95);
  }

  @Test
  void severalSchedulesAndBackToYaml() {
    ScheduleFile file = ScheduleFile.of(warmup(2_500, cosine(1e-3, 1e-5, 47_500)))
        .with("weight_decay", cosine(0.04, 0.4, 50_000))
        .withTotalSteps(50_000);
    String yaml = file.toYaml();                                             // schedules: {lr: ..., weight_decay: ...}
    boolean same = ScheduleFile.parse("copy.yaml", yaml).equals(file);       // true

    assertThat(same).isTrue();
    assertThat(yaml).startsWith("total_steps: 50000\nschedules:\n  lr:\n");
    assertThat(file.compile().keySet()).containsExactly("lr", "weight_decay");
  }

  @Test
  void problemsOfABrokenFile() {
    String text = """
        total_steps: 1000
        schedule:
          type: cosine
          from: 0.1
          stpes: 100
        """;
    List<Problem> problems;
    try {
      ScheduleFile.parse("run.yaml", text);       // or ScheduleFile.load(path)
      problems = List.of();
    } catch (ScheduleFileException e) {
      problems = e.problems();                    // e.getMessage(): the problems, one a line
    }
    Problem p = problems.get(0);
    String where = p.line() + ":" + p.column() + " " + p.pointer();   // "5:3 /schedule/stpes"

    assertThat(problems).hasSize(1);
    assertThat(where).isEqualTo("5:3 /schedule/stpes");
    assertThat(p.message()).isEqualTo("unknown key stpes in cosine; did you mean steps?"
        + " (expected one of type, from, to, steps, k)");
    assertThat(p.rule()).isEqualTo(Rule.UNKNOWN_KEY);
    assertThat(p.rule().id()).isEqualTo("unknown-key");
    assertThat(p.suggestion()).isEqualTo("steps");
  }

  @Test
  void everyJavaBlockOfTheDocsIsHere() throws IOException {
    List<String> here = trimmed(Files.readString(Path.of("src/test/java/dev/anneal/ReadmeExamplesTest.java")));
    List<String> blocks = new ArrayList<>();
    for (Path doc : List.of(Path.of("README.md"), Path.of("docs/format-notes.md"))) {
      Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(withoutTraining(Files.readString(doc)));
      while (m.find()) blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(7);
    for (String block : blocks) {
      List<String> code = new ArrayList<>();
      for (String line : trimmed(block)) {
        if (line.startsWith("import ")) assertThat(here).as("an import of a Java block").contains(line);
        else code.add(line);
      }
      assertThat(Collections.indexOfSubList(here, code))
          .as("a Java block of the docs, line after line in one test of this file:\n%s", block)
          .isNotNegative();
    }
  }

  /**
   * {@code markdown} without the README's section "Use it in training", whose blocks use the
   * adapters (anneal-adapters' ReadmeAdaptersTest runs them).
   */
  static String withoutTraining(String markdown) {
    return markdown.replaceAll("(?s)\n## Use it in training\n.*?(?=\n## )", "\n");
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }
}
