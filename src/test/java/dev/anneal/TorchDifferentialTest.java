package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import dev.anneal.diagnostic.ScheduleFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * The differential test against real PyTorch: random configurations of every torch.* node and of
 * composite trees, made by {@code tools/torch-diff/generate.py}, with the values PyTorch 1.13
 * gave for them ({@code tools/torch-diff/run_torch.py}), committed in
 * {@code golden/torch-diff/cases.jsonl.gz} so that no PyTorch is needed here. Every case is loaded
 * through {@link ScheduleFile#parse} and every value, lr and momentum, must agree within
 * FORMAT.md's tolerance {@code 1e-9 * |torch| + 1e-12}; a case PyTorch refuses (it raises, or
 * gives a value that is not finite) must be refused by anneal too. A failure lists every
 * disagreeing case with its first bad step and both values.
 *
 * <p>{@code -Dtorchdiff.cases=FILE} (a {@code .jsonl} or {@code .jsonl.gz} of the same form) checks
 * another set instead, e.g. a larger run or the known mismatches the committed set leaves out.
 */
class TorchDifferentialTest {
  static final Path CASES = Path.of("src", "test", "resources", "golden", "torch-diff", "cases.jsonl.gz");
  static final double RELATIVE = 1e-9;
  static final double ABSOLUTE = 1e-12;

  /** What one comparison found: the disagreements, the agreeing values and the worst relative error among them. */
  static final class Outcome {
    final List<String> disagreements = new ArrayList<>();
    int cases;
    int refused;
    long values;
    long identical;
    /** Among values {@code |torch| >= 1e-3}, where the relative term of the tolerance decides. */
    double worstRelative;
    String worstAt = "none";
    /** Among smaller values, where the absolute term (1e-12) decides. */
    double worstAbsolute;
    String worstAbsoluteAt = "none";
  }

  @Test
  void everyCaseAgreesWithPyTorchAtEveryStep(TestReporter reporter) throws IOException {
    Path file = Path.of(System.getProperty("torchdiff.cases", CASES.toString()));
    Outcome outcome = check(file);
    String summary = String.format("%d cases (%d refused by both), %d values, %d bit-identical; worst relative"
        + " error %.3g (|torch| >= 1e-3) at %s; worst absolute error %.3g (|torch| < 1e-3) at %s", outcome.cases,
        outcome.refused, outcome.values, outcome.identical, outcome.worstRelative, outcome.worstAt,
        outcome.worstAbsolute, outcome.worstAbsoluteAt);
    System.out.println("TorchDifferentialTest: " + summary);
    reporter.publishEntry("torch-diff", summary);
    assertThat(outcome.disagreements)
        .as("%d of %d cases disagree with PyTorch (%s):%n%s", outcome.disagreements.size(), outcome.cases,
            summary, String.join("\n", outcome.disagreements))
        .isEmpty();
    if (!System.getProperties().containsKey("torchdiff.cases")) {
      assertThat(outcome.cases).as("the committed set").isGreaterThanOrEqualTo(3000);
    }
  }

  /** The test can fail: one value moved by more than the tolerance is reported with its case, step and both values. */
  @Test
  void aPerturbedValueIsReported() throws IOException {
    JsonNode first;
    try (BufferedReader lines = open(CASES)) {
      first = new ObjectMapper().readTree(lines.readLine());
    }
    Outcome outcome = new Outcome();
    double[] lr = doubles(first.get("lr"));
    int step = lr.length / 2;
    lr[step] = lr[step] * (1 + 1e-8) + 1e-11;
    compare(first.get("id").asText(), "lr", lr, ScheduleFile.parse("case.yaml", first.get("yaml").asText())
        .compile("lr"), outcome);
    assertThat(outcome.disagreements).singleElement().asString()
        .contains(first.get("id").asText(), "lr step " + step + ":", "torch " + lr[step]);
  }

  static Outcome check(Path file) throws IOException {
    Outcome outcome = new Outcome();
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader lines = open(file)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) check(json.readTree(line), outcome);
      }
    }
    return outcome;
  }

  private static void check(JsonNode c, Outcome outcome) {
    outcome.cases++;
    String known = c.path("known").asText("");
    String id = c.get("id").asText() + " " + c.get("kind").asText() + (known.isEmpty() ? "" : " (known " + known + ")");
    boolean torchRefuses = !c.get("torch").asText().equals("ok");
    Map<String, Schedule> schedules;
    try {
      schedules = ScheduleFile.parse(c.get("id").asText() + ".yaml", c.get("yaml").asText()).compile();
    } catch (ScheduleFileException | IllegalArgumentException e) {
      if (torchRefuses) {
        outcome.refused++;
      } else {
        outcome.disagreements.add(id + ": anneal refuses what PyTorch runs: " + e.getMessage().lines().findFirst().orElse(""));
      }
      return;
    }
    if (torchRefuses) {
      outcome.disagreements.add(id + ": anneal accepts what PyTorch refuses (" + c.path("error").asText("non-finite")
          + ")");
      return;
    }
    List<String> expected = c.has("momentum") ? List.of("lr", "momentum") : List.of("lr");
    if (!schedules.keySet().equals(new java.util.LinkedHashSet<>(expected))) {
      outcome.disagreements.add(id + ": anneal gives " + schedules.keySet() + ", PyTorch " + expected);
      return;
    }
    for (String name : expected) compare(id, name, doubles(c.get(name)), schedules.get(name), outcome);
  }

  /**
   * Every row, asked one at a time ({@link Schedule#valueAt}) and in bulk ({@link Schedule#values},
   * which a replay fills going forward); the first one out of tolerance is reported (with how many
   * more are).
   */
  static void compare(String id, String name, double[] torch, Schedule ours, Outcome outcome) {
    String first = null;
    int bad = 0;
    double[] bulk = ours.values(0, torch.length);
    for (int k = 0; k < torch.length; k++) {
      double value = ours.valueAt(k);
      if (Double.compare(bulk[k], value) != 0) {
        if (bad++ == 0) first = String.format("%s %s step %d: valueAt %s, values(0, n) %s", id, name, k, value, bulk[k]);
        continue;
      }
      double error = Math.abs(value - torch[k]);
      if (!(error <= RELATIVE * Math.abs(torch[k]) + ABSOLUTE)) {
        if (bad++ == 0) first = String.format("%s %s step %d: ours %s, torch %s", id, name, k, value, torch[k]);
        continue;
      }
      outcome.values++;
      if (Double.compare(value, torch[k]) == 0) outcome.identical++;
      if (Math.abs(torch[k]) >= ABSOLUTE / RELATIVE && error / Math.abs(torch[k]) > outcome.worstRelative) {
        outcome.worstRelative = error / Math.abs(torch[k]);
        outcome.worstAt = id + " " + name + " step " + k;
      } else if (Math.abs(torch[k]) < ABSOLUTE / RELATIVE && error > outcome.worstAbsolute) {
        outcome.worstAbsolute = error;
        outcome.worstAbsoluteAt = id + " " + name + " step " + k;
      }
    }
    if (bad > 0) outcome.disagreements.add(first + (bad > 1 ? " (and " + (bad - 1) + " more steps)" : ""));
  }

  static double[] doubles(JsonNode array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) values[i] = array.get(i).asDouble();
    return values;
  }

  static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }
}
