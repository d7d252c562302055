package dev.anneal.internal.load;

import java.util.List;

/**
 * A SnakeYAML error, which reads "while parsing X / in reader, line L, column C: / snippet /
 * expected Y, but got Z / in reader, line..." as one sentence: the problem first, where it is,
 * the construct it is in and a hint for the usual causes.
 */
record YamlError(String message, int line, int column) {
  private static final java.util.regex.Pattern MARK =
      java.util.regex.Pattern.compile("^\\s*in reader, line (\\d+), column (\\d+):?$");

  static @org.jspecify.annotations.Nullable YamlError of(@org.jspecify.annotations.Nullable String text) {
    if (text == null || !text.contains("in reader, line")) return null;
    List<String> sentences = new java.util.ArrayList<>();
    List<int[]> marks = new java.util.ArrayList<>();
    for (String l : text.split("\n")) {
      java.util.regex.Matcher m = MARK.matcher(l);
      if (m.matches()) {
        marks.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
      } else if (!l.isBlank() && !l.startsWith(" ")) {
        sentences.add(l.trim());
      }
    }
    if (sentences.isEmpty()) return null;
    String problem = sentences.get(sentences.size() - 1);
    String context = sentences.size() > 1 ? sentences.get(0) : null;
    int[] at = marks.isEmpty() ? new int[] {0, 0} : marks.get(marks.size() - 1);
    // an unclosed quote or {...}/[...] on an earlier line: its start is the offending place
    if (context != null && marks.size() > 1 && (context.contains("quoted scalar")
        || ((context.contains("flow mapping") || context.contains("flow sequence")) && at[0] > marks.get(0)[0]))) {
      at = marks.get(0);
    }
    StringBuilder out = new StringBuilder(problem);
    if (context != null && marks.size() > 1) {
      out.append(" (").append(context.replaceFirst("^while ", "while ")).append(" that starts at line ")
          .append(marks.get(0)[0]).append(", column ").append(marks.get(0)[1]).append(")");
    }
    String hint = hint(problem, context == null ? "" : context);
    if (hint != null) out.append("; ").append(hint);
    return new YamlError(out.toString(), at[0], at[1]);
  }

  private static @org.jspecify.annotations.Nullable String hint(String problem, String context) {
    if (context.contains("flow mapping") || context.contains("flow sequence")) {
      String close = context.contains("flow mapping") ? "}" : "]";
      return "a missing comma, or a " + close + " not closed on its line?";
    }
    if (context.contains("quoted scalar")) return "a quote that is not closed?";
    if (problem.startsWith("mapping values are not allowed")) {
      return "a key indented deeper than the one above it, or a value with \": \" that needs quotes?";
    }
    if (problem.contains("<block end>") || context.contains("block mapping")) {
      return "a key indented differently from the keys beside it?";
    }
    return null;
  }
}
