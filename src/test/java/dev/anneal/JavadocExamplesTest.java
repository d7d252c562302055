package dev.anneal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The examples of the API docs are the regions of {@link ApiExamplesTest}, verbatim: every
 * {@code <pre>{@code ...}</pre>} block of a javadoc comment in src/main/java holds the lines of one
 * region ({@code // @start region=X} ... {@code // @end}), both de-indented, and every region is
 * shown by at least one block. So the docs show no code that the tests do not compile and run.
 */
class JavadocExamplesTest {
  private static final Path EXAMPLES = Path.of("src/test/java/dev/anneal/ApiExamplesTest.java");
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String OPEN = "<pre>{@code";
  private static final String CLOSE = "</pre>";

  @Test
  void everyJavadocExampleIsARegionOfApiExamplesTest() throws IOException {
    Map<String, List<String>> regions = regions();
    List<Block> blocks = blocks();
    assertThat(blocks).as("the <pre>{@code blocks of the javadoc").isNotEmpty();
    List<String> strays = new ArrayList<>();
    for (Block block : blocks) {
      if (!regions.containsValue(block.lines())) {
        strays.add(block.where() + ":\n" + String.join("\n", block.lines()));
      }
    }
    assertThat(strays)
        .as("javadoc examples that are not, line for line, a region of %s", EXAMPLES)
        .isEmpty();
  }

  @Test
  void everyRegionOfApiExamplesTestIsShownInTheJavadoc() throws IOException {
    Map<String, List<String>> regions = regions();
    assertThat(regions).as("the regions of %s", EXAMPLES).isNotEmpty();
    List<Block> blocks = blocks();
    TreeSet<String> unshown = new TreeSet<>();
    regions.forEach((name, lines) -> {
      if (blocks.stream().noneMatch(b -> b.lines().equals(lines))) unshown.add(name);
    });
    assertThat(unshown)
        .as("regions of %s that no javadoc shows as a <pre>{@code block, line for line", EXAMPLES)
        .isEmpty();
  }

  /** The regions of ApiExamplesTest by name, each de-indented. */
  private static Map<String, List<String>> regions() throws IOException {
    Pattern start = Pattern.compile("^\\s*// @start region=(\\S+)\\s*$");
    Pattern end = Pattern.compile("^\\s*// @end\\s*$");
    Map<String, List<String>> regions = new TreeMap<>();
    String name = null;
    List<String> lines = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(EXAMPLES)) {
      number++;
      Matcher m = start.matcher(line);
      if (m.matches()) {
        assertThat(name).as("%s:%d: a region inside region %s", EXAMPLES, number, name).isNull();
        name = m.group(1);
        assertThat(regions).as("%s:%d: a second region %s", EXAMPLES, number, name).doesNotContainKey(name);
        lines = new ArrayList<>();
      } else if (end.matcher(line).matches()) {
        assertThat(name).as("%s:%d: an @end outside a region", EXAMPLES, number).isNotNull();
        regions.put(name, deindented(lines));
        name = null;
      } else if (name != null) {
        lines.add(line);
      }
    }
    assertThat(name).as("%s: region %s has no @end", EXAMPLES, name).isNull();
    return regions;
  }

  /** A {@code <pre>{@code} block of a javadoc comment: where it starts and its lines, de-indented. */
  private record Block(String where, List<String> lines) {}

  /** Every {@code <pre>{@code ...}</pre>} block of the javadoc comments of src/main/java. */
  private static List<Block> blocks() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    List<Block> blocks = new ArrayList<>();
    Pattern comment = Pattern.compile("/\\*\\*(.*?)\\*/", Pattern.DOTALL);
    for (Path file : files) {
      String source = Files.readString(file);
      Matcher m = comment.matcher(source);
      while (m.find()) {
        int firstLine = lineOf(source, m.start(1));
        // what javadoc reads: each line without its leading blanks and asterisks
        List<String> text = new ArrayList<>();
        for (String line : m.group(1).split("\n", -1)) text.add(line.replaceFirst("^[ \t]*\\*+", ""));
        blocks.addAll(blocksOf(String.join("\n", text), file, firstLine));
      }
    }
    return blocks;
  }

  private static List<Block> blocksOf(String text, Path file, int firstLine) {
    List<Block> blocks = new ArrayList<>();
    for (int open = text.indexOf(OPEN); open >= 0; open = text.indexOf(OPEN, open + OPEN.length())) {
      String where = file + ":" + (firstLine + lineOf(text, open) - 1);
      // {@code ...} ends at the brace that balances its own, as javadoc reads it; there, a line
      // that starts with @ would end the comment's text instead (a block tag)
      int depth = 1;
      int at = open + OPEN.length();
      boolean lineStart = false;
      for (; at < text.length() && depth > 0; at++) {
        char c = text.charAt(at);
        if (c == '{') depth++;
        else if (c == '}') depth--;
        if (lineStart && c == '@') fail("%s: a line of the example starts with @, which javadoc reads as a block tag", where);
        if (c == '\n') lineStart = true;
        else if (c != ' ' && c != '\t') lineStart = false;
      }
      assertThat(depth).as("%s: the {@code of the example has no closing brace", where).isZero();
      String body = text.substring(open + OPEN.length(), at - 1);
      assertThat(text.startsWith(CLOSE, at))
          .as("%s: the example's {@code ...} is not followed by %s (unbalanced braces in the code?)", where, CLOSE)
          .isTrue();
      List<String> lines = new ArrayList<>(List.of(body.split("\n", -1)));
      assertThat(lines.size() >= 3 && lines.get(0).isBlank() && lines.get(lines.size() - 1).isBlank())
          .as("%s: the code of the example starts on the line after <pre>{@code, and }</pre> has a line of its own", where)
          .isTrue();
      blocks.add(new Block(where, deindented(lines.subList(1, lines.size() - 1))));
    }
    return blocks;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) if (text.charAt(i) == '\n') line++;
    return line;
  }

  /** The lines less the indentation they all share (blank lines aside), without trailing blanks. */
  private static List<String> deindented(List<String> lines) {
    int indent = lines.stream()
        .filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length())
        .min()
        .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }
}
