package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.anneal.diagnostic.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML syntax errors: the problem SnakeYAML found, at the place to fix, with a hint for the usual causes. */
class YamlSyntaxErrorsTest {

  @Test
  void aMergedKeyIsOverriddenByTheMappingsOwnNotADuplicate() {
    ScheduleFile file = ScheduleFile.parse("merge.yaml", """
        total_steps: 100
        schedules:
          lr: &base {type: cosine, from: 1.0, to: 0.0, steps: 100}
          wd:
            <<: *base
            from: 0.1
          mom:
            from: 0.9
            <<: *base
        """);
    assertThat(file.schedules().get("wd")).isEqualTo(Schedules.cosine(0.1, 0.0, 100));
    assertThat(file.schedules().get("mom")).isEqualTo(Schedules.cosine(0.9, 0.0, 100));
    assertThatThrownBy(() -> ScheduleFile.parse("twice.yaml", "schedule: {type: constant, value: 1, value: 2}\n"))
        .hasMessage("twice.yaml:1:38: error: /schedule/value: duplicate key value, the first is at line 1");
  }

  @Test
  void anUnclosedFlowMappingIsReportedWhereItStarts() {
    Problem p = LoaderErrorsTest.only("total_steps: 10\nschedule:\n  type: sequence\n  parts:\n"
        + "    - {type: linear, from: 0.0, to: 1.0, steps: 5\n    - {type: cosine, to: 0.0, steps: rest}\n");
    assertThat(p.line()).isEqualTo(5);
    assertThat(p.column()).isEqualTo(7);
    assertThat(p.fullMessage()).isEqualTo("cannot parse the file: expected ',' or '}', but got { (while parsing a flow"
        + " mapping that starts at line 5, column 7); a missing comma, or a } not closed on its line?");
  }

  @Test
  void aMissingCommaOnOneLineIsReportedWhereItIsMissing() {
    Problem p = LoaderErrorsTest.only("schedule: {type: cosine, from: 0.1 steps: 10}\n");
    assertThat(p.toString()).startsWith("x.yaml:1:41: error: cannot parse the file: expected ',' or '}'");
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheQuote() {
    Problem p = LoaderErrorsTest.only("schedule:\n  type: \"cosine\n  from: 0.1\n");
    assertThat(p.toString()).isEqualTo("x.yaml:2:9: error: cannot parse the file: found unexpected end of stream"
        + " (while scanning a quoted scalar that starts at line 2, column 9); a quote that is not closed?");
  }

  @Test
  void aKeyIndentedTooFar() {
    Problem p = LoaderErrorsTest.only("schedule:\n  type: cosine\n   from: 0.1\n  steps: 10\n");
    assertThat(p.toString()).isEqualTo("x.yaml:3:8: error: cannot parse the file: mapping values are not allowed"
        + " here; a key indented deeper than the one above it, or a value with \": \" that needs quotes?");
  }

  @Test
  void aTrailingCommaInJson() {
    Problem p = LoaderErrorsTest.problems("x.json", "{\"schedule\": {\"type\": \"constant\", \"value\": 1},\n}\n").get(0);
    assertThat(p.fullMessage()).endsWith("; a comma before } (JSON allows no trailing comma)?");
  }

  @Test
  void jsonNanSaysNumbersMustBeFinite() {
    List<Problem> ps = LoaderErrorsTest.problems("x.json", "{\"schedule\": {\"type\": \"constant\", \"value\": NaN}}");
    assertThat(ps).extracting(Problem::fullMessage)
        .containsExactly("cannot parse the file: NaN is not a JSON number, and numbers must be finite");
  }

  @Test
  void aSecondDocumentIsAProblemNotIgnored() {
    Problem p = LoaderErrorsTest.only("schedule: {type: constant, value: 0.1}\n---\nschedule: {type: constant, value: 0.2}\n");
    assertThat(p.toString()).isEqualTo("x.yaml:3:1: error: a schedule file holds one YAML document, got another one"
        + " here (after a --- line?)");
    assertThat(LoaderErrorsTest.problems("x.json", "{\"schedule\": {\"type\": \"constant\", \"value\": 1}}\n{}\n"))
        .extracting(Problem::fullMessage).containsExactly("a JSON file holds one value, got more text after it");
    // an explicit document start and end are fine
    ScheduleFile.parse("x.yaml", "---\nschedule: {type: constant, value: 0.1}\n...\n", "");
  }
}
