package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small files, small methods: every file of src/main, cli/src/main and adapters/src/main under 300 lines, every method under 60. */
class SourceSizeTest {
  private static final int FILE_LINES = 300;
  private static final int METHOD_LINES = 60;
  /** The line that ends a method's signature: {@code ) {}, or {@code ) throws X {}. */
  private static final Pattern BODY = Pattern.compile("^( *+)\\S.*\\)(?: throws [\\w., ]+)? \\{$");
  /** The first line of a method or constructor declaration (not a statement, not a type). */
  private static final Pattern DECLARES = Pattern.compile(
      "^ *+(?!(?:if|for|while|switch|try|catch|else|do|return|case|new|throw|synchronized)\\b)"
          + "(?!.*\\b(?:record|class|interface|enum) )[A-Za-z@][\\w@<>\\[\\],.? ]*\\b\\w+\\(.*");

  @Test
  void everyFileIsUnder300Lines() throws IOException {
    List<String> long_ = new ArrayList<>();
    for (Path file : sources()) {
      int lines = Files.readAllLines(file).size();
      if (lines >= FILE_LINES) long_.add(file + ": " + lines + " lines");
    }
    assertThat(long_).isEmpty();
  }

  @Test
  void everyMethodIsUnder60Lines() throws IOException {
    List<String> long_ = new ArrayList<>();
    for (Path file : sources()) {
      List<String> lines = Files.readAllLines(file);
      for (int i = 0; i < lines.size(); i++) {
        int length = methodLength(lines, i);
        if (length > METHOD_LINES) long_.add(file + ":" + (i + 1) + ": " + length + " lines");
      }
    }
    assertThat(long_).isEmpty();
  }

  @Test
  void methodsAreFoundAndMeasured() {
    List<String> method = List.of("  /** Doc. */", "  static Schedule of(Node node,", "      Context context) {",
        "    if (x) {", "      y();", "    }", "    return z;", "  }");
    assertThat(methodLength(method, 2)).isEqualTo(7);
    assertThat(methodLength(List.of("  public Foo bar() throws IOException {", "  }"), 0)).isEqualTo(2);
    assertThat(methodLength(List.of("    if (a", "        && b) {", "    }"), 1)).isZero();
    assertThat(methodLength(List.of("    for (int i = 0; i < n; i++) {", "    }"), 0)).isZero();
    assertThat(methodLength(List.of("public record Problem(String file) {", "}"), 0)).isZero();
  }

  /**
   * The lines of the method whose signature ends at line {@code i}, from its first signature line to
   * its closing brace; 0 when no method body opens there.
   */
  private static int methodLength(List<String> lines, int i) {
    Matcher body = BODY.matcher(lines.get(i));
    if (!body.matches()) return 0;
    int start = i;
    while (start > 0 && !endsStatement(lines.get(start - 1))) start--;
    if (!DECLARES.matcher(lines.get(start)).matches()) return 0;
    String indent = lines.get(start).substring(0, lines.get(start).indexOf(lines.get(start).trim()));
    for (int j = i + 1; j < lines.size(); j++) {
      if (lines.get(j).equals(indent + "}")) return j - start + 1;
    }
    return 0;
  }

  private static boolean endsStatement(String line) {
    String t = line.trim();
    return t.isEmpty() || t.endsWith(";") || t.endsWith("{") || t.endsWith("}") || t.endsWith("*/") || t.startsWith("@")
        || t.startsWith("//");
  }

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main"), Path.of("cli/src/main"), Path.of("adapters/src/main"))) {
      try (Stream<Path> files = Files.walk(root)) {
        sources.addAll(files.filter(p -> p.toString().endsWith(".java")).sorted().toList());
      }
    }
    assertThat(sources).anyMatch(p -> p.endsWith("dev/anneal/cli/Main.java"));
    return sources;
  }
}
