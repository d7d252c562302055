package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code anneal validate} and {@code anneal schema}, through {@link Main#run}. */
class ValidateCommandTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  static final String BAD = "total_steps: 100\nschedule:\n  type: cosin\n  steps: 10\n";

  @Test
  void aMalformedPointerIsACommandLineError() {
    Cli.Run run = Cli.run("validate", "--at", "/a~2b", "samples/experiment-config.yaml");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("--at must be a JSON Pointer, where ~ is followed by 0 or 1 (~0 stands for ~,"
        + " ~1 for /), got /a~2b\n");
    assertThat(Cli.run("validate", "--at", "/train~1x/optim~0", "samples/experiment-config.yaml").err())
        .doesNotContain("--at must be");
  }

  @Test
  void aValidFilePrintsNothingAndExitsZero() {
    Cli.Run r = Cli.run("validate", "samples/warmup-cosine.yaml");
    assertThat(r).isEqualTo(new Cli.Run(0, "", ""));
  }

  @Test
  void textFormat() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Cli.Run r = Cli.run("validate", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(bad + ":3:9: error: /schedule/type: type must be a known node type, got cosin;"
        + " did you mean cosine? [unknown-type]" + System.lineSeparator());
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonFormat() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Cli.Run r = Cli.run("validate", "--format", "json", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    ObjectNode expected = JsonNodeFactory.instance.objectNode();
    expected.put("file", bad.toString()).put("line", 3).put("column", 9).put("pointer", "/schedule/type")
        .put("message", "/schedule/type: type must be a known node type, got cosin; did you mean cosine?")
        .put("severity", "error").put("rule", "unknown-type").put("suggestion", "cosine");
    assertThat(r.out()).endsWith("]" + System.lineSeparator());
    assertThat(JSON.readTree(r.out())).isEqualTo(JsonNodeFactory.instance.arrayNode().add(expected));
    assertThat(new ArrayList<>(JSON.readTree(r.out()).get(0).propertyNames()))
        .containsExactly("file", "line", "column", "pointer", "message", "severity", "rule", "suggestion");
    Cli.Run valid = Cli.run("validate", "--format", "json", "samples/warmup-cosine.yaml");
    assertThat(valid.status()).isZero();
    assertThat(JSON.readTree(valid.out())).isEqualTo(JsonNodeFactory.instance.arrayNode());
  }

  @Test
  void githubFormat() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Cli.Run r = Cli.run("validate", "--format", "github", bad.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo("::error file=" + bad + ",line=3,col=9,title=unknown-type::/schedule/type: type must be a known node"
        + " type, got cosin; did you mean cosine?" + System.lineSeparator());
  }

  @Test
  void manyFilesInOneRunInTheGivenOrder() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Path dup = write("dup.json", "{\"schedule\": {\"type\": \"cosine\", \"from\": 1, \"steps\": 10, \"steps\": 3}}");
    Cli.Run r = Cli.run("validate", bad.toString(), "samples/warmup-cosine.yaml", dup.toString(), "no-such.yaml");
    assertThat(r.status()).as("a file that cannot be read: 3, ahead of 1").isEqualTo(3);
    assertThat(r.out().lines()).containsExactly(
        bad + ":3:9: error: /schedule/type: type must be a known node type, got cosin; did you mean cosine? [unknown-type]",
        dup + ":1:57: error: /schedule/steps: duplicate key steps, the first is at line 1 [duplicate-key]",
        "no-such.yaml:1:1: error: cannot read the file: no such file [file-unreadable]");
    assertThat(Cli.run("validate", "samples/warmup-cosine.yaml", "samples/warmup-cosine.yaml").status()).isZero();
  }

  @Test
  void atValidatesAnEmbeddedSchedule() throws IOException {
    Path experiment = write("experiment.yaml", "model: {layers: 12}\ntrain:\n  batch: 64\n  optim:\n"
        + "    total_steps: 1000\n    schedule: {type: cosine, from: 0.1, steps: 0}\n");
    Cli.Run r = Cli.run("validate", "--at", "/train/optim", experiment.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(experiment + ":6:48: error: /train/optim/schedule/steps: steps must be >= 1, got 0 [out-of-range]"
        + System.lineSeparator());
    Files.writeString(experiment, Files.readString(experiment).replace("steps: 0", "steps: 1000"));
    assertThat(Cli.run("validate", "--at", "/train/optim", experiment.toString())).isEqualTo(new Cli.Run(0, "", ""));
    assertThat(Cli.run("validate", "--at", "/train/nothing", experiment.toString()).out())
        .isEqualTo(experiment + ":1:1: error: /train/nothing: nothing at this pointer in the file [nothing-at-pointer]"
            + System.lineSeparator());
  }

  static final String PAST_T_MAX = "base_lr: 0.1\ntotal_steps: 1000\nschedule:\n  type: torch.CosineAnnealingLR\n  T_max: 100\n";
  static final String PAST_T_MAX_WARNING = ":5:10: warning: /schedule/T_max: torch.CosineAnnealingLR runs past T_max (100)"
      + " for 900 of the 1000 steps of the run: PyTorch's cosine rises back to base_lr after T_max; set T_max to 1000"
      + " or use a native cosine, which holds its end value";
  static final String PAST_T_MAX_LINE = PAST_T_MAX_WARNING + " [cosine-past-t-max]";

  @Test
  void warningsArePrintedWithErrorsAndFailOnlyWithStrict() throws IOException {
    Path odd = write("odd.yaml", PAST_T_MAX);
    Path bad = write("bad.yaml", BAD);
    Cli.Run r = Cli.run("validate", odd.toString());
    assertThat(r).isEqualTo(new Cli.Run(0, odd + PAST_T_MAX_LINE + System.lineSeparator(), ""));
    assertThat(Cli.run("validate", "--strict", odd.toString())).isEqualTo(new Cli.Run(1, r.out(), ""));
    assertThat(Cli.run("validate", "--strict", "samples/warmup-cosine.yaml")).isEqualTo(new Cli.Run(0, "", ""));
    Cli.Run both = Cli.run("validate", odd.toString(), bad.toString());
    assertThat(both.status()).isEqualTo(1);
    assertThat(both.out().lines()).containsExactly(odd + PAST_T_MAX_LINE,
        bad + ":3:9: error: /schedule/type: type must be a known node type, got cosin; did you mean cosine? [unknown-type]");
  }

  @Test
  void warningsInJsonAndGithubFormats() throws IOException {
    Path odd = write("odd.yaml", PAST_T_MAX);
    String message = PAST_T_MAX_WARNING.substring(":5:10: warning: ".length());
    Cli.Run github = Cli.run("validate", "--format", "github", odd.toString());
    assertThat(github).isEqualTo(new Cli.Run(0, "::warning file=" + odd + ",line=5,col=10,title=cosine-past-t-max::" + message
        + System.lineSeparator(), ""));
    Cli.Run json = Cli.run("validate", "--format", "json", odd.toString());
    assertThat(json.status()).isZero();
    JsonNode warning = JSON.readTree(json.out()).get(0);
    assertThat(warning.get("pointer").stringValue()).isEqualTo("/schedule/T_max");
    assertThat(warning.get("message").stringValue()).isEqualTo(message);
    assertThat(warning.get("severity").stringValue()).isEqualTo("warning");
    assertThat(warning.get("rule").stringValue()).isEqualTo("cosine-past-t-max");
    assertThat(warning.has("suggestion")).isFalse();
  }

  @Test
  void badCommandLinesExitTwo() {
    assertThat(Cli.run("validate").status()).isEqualTo(2);
    assertThat(Cli.run("validate", "--format", "xml", "samples/warmup-cosine.yaml").status()).isEqualTo(2);
    assertThat(Cli.run("validate", "--nope", "samples/warmup-cosine.yaml").status()).isEqualTo(2);
  }

  @Test
  void hostileFilesAreProblemsNotStackTraces() throws IOException {
    Path bomb = write("bomb.yaml", dev.anneal.ValidationTest.billionLaughs());
    Path tabs = write("tabs.yaml", "schedule:\n\ttype: cosine\n");
    Path empty = write("empty.yaml", "");
    long start = System.nanoTime();
    Cli.Run r = Cli.run("validate", bomb.toString(), tabs.toString(), empty.toString());
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out().lines()).containsExactly(
        bomb + ":1:1: error: cannot parse the file: YAML aliases expand too far (more than 9999 replayed values,"
            + " as in a billion-laughs file) [aliases-expand-too-far]",
        tabs + ":2:1: error: cannot parse the file: a tab in the indentation; YAML indents with spaces only [tab-indentation]",
        empty + ":1:1: error: the file is empty, expected a mapping with schedule or schedules [empty-file]");
  }

  @Test
  void schemaPrintsTheSchemaExactly() throws IOException {
    Cli.Run r = Cli.run("schema");
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(Files.readString(Path.of("schemas/anneal.schema.json")));
  }
}
