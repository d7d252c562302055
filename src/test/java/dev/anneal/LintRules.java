package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.util.List;

/** For the test class of each lint rule: the one warning about a file, checked field by field. */
final class LintRules {
  private LintRules() {}

  /** Asserts that {@code text} (as f.yaml) has exactly this one warning, with every field. */
  static Problem assertOnly(String text, int line, int column, String pointer, Rule rule, String message) {
    List<Problem> warnings = ScheduleFile.check("f.yaml", text, "", null).warnings();
    assertThat(warnings).as("the warnings about %s", text).hasSize(1);
    Problem p = warnings.get(0);
    assertThat(List.of(p.file(), p.line(), p.column(), p.pointer(), p.rule().id(), p.message(), p.severity()))
        .containsExactly("f.yaml", line, column, pointer, rule.id(), message, Problem.Severity.WARNING);
    assertThat(p.suggestion()).isNull();
    assertThat(p).hasToString("f.yaml:" + line + ":" + column + ": warning: " + pointer + ": " + message);
    return p;
  }

  /** Asserts that {@code text} breaks no lint rule. */
  static void assertNone(String text) {
    assertThat(ScheduleFile.check("f.yaml", text, "", null).warnings()).isEmpty();
  }
}
