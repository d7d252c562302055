package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.diagnostic.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The rule ids of {@link Rule}: every one listed in docs/format-notes.md, each used by the code. */
class RuleIdsTest {
  private static final Pattern ROW = Pattern.compile("(?m)^- `([a-z0-9-]+)` \\((error|warning)\\): (.*)$");

  static String section() throws IOException {
    String notes = Files.readString(Path.of("docs/format-notes.md"));
    int start = notes.indexOf("\n## Rule ids\n");
    assertThat(start).as("docs/format-notes.md has a section ## Rule ids").isPositive();
    int end = notes.indexOf("\n## ", start + 1);
    return notes.substring(start, end < 0 ? notes.length() : end);
  }

  @Test
  void docsListEveryRuleWithItsSeverityAndMeaningAndNoOther() throws IOException {
    List<String> documented = new ArrayList<>();
    Matcher m = ROW.matcher(section());
    while (m.find()) documented.add(m.group(1) + " (" + m.group(2) + "): " + m.group(3));
    List<String> code = Stream.of(Rule.values())
        .map(r -> r.id() + " (" + r.severity() + "): " + r.summary() + ".").toList();
    assertThat(documented).containsExactlyElementsOf(code);
  }

  @Test
  void idsAreKebabCaseAndFoundById() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.id()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
      assertThat(Rule.byId(rule.id())).isSameAs(rule);
      assertThat(rule).hasToString(rule.id());
    }
    assertThat(Rule.byId("no-such-rule")).isNull();
  }

  @Test
  void everyRuleIsUsedByTheCode() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern use = Pattern.compile("\\bRule\\.([A-Z][A-Z0-9_]+)\\b");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (file.endsWith("Rule.java")) continue;
        Matcher m = use.matcher(Files.readString(file));
        while (m.find()) used.add(m.group(1));
      }
    }
    Set<String> all = new TreeSet<>();
    for (Rule rule : Rule.values()) all.add(rule.name());
    assertThat(used).as("Rule constants named in src/main/java").isEqualTo(all);
  }
}
