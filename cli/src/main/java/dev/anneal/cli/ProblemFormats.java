package dev.anneal.cli;

import dev.anneal.diagnostic.Problem;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** How every command prints problems: as text, as a JSON array, or as GitHub Actions annotations. */
final class ProblemFormats {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ProblemFormats() {}

  /** The problems as a JSON array, one object each: today's fields, plus the rule and any suggestion. */
  static String json(List<Problem> problems) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Problem p : problems) {
      ObjectNode o = array.addObject();
      o.put("file", p.file());
      o.put("line", p.line());
      o.put("column", p.column());
      o.put("pointer", p.pointer());
      o.put("message", p.fullMessage());
      o.put("severity", p.severity().toString());
      o.put("rule", p.rule().id());
      if (p.suggestion() != null) o.put("suggestion", p.suggestion());
    }
    return JSON.writeValueAsString(array);
  }

  /** {@code FILE:LINE:COLUMN: error: POINTER: MESSAGE [rule-id]}, as printed by every command. */
  static String text(Problem p) {
    return p + " [" + p.rule().id() + "]";
  }

  /** {@code ::error file=F,line=L,col=C,title=RULE::MESSAGE}, a GitHub Actions annotation. */
  static String github(Problem p) {
    return "::" + p.severity() + " file=" + property(p.file()) + ",line=" + p.line() + ",col=" + p.column()
        + ",title=" + property(p.rule().id()) + "::" + data(p.fullMessage());
  }

  /** GitHub workflow-command escaping of a message. */
  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** GitHub workflow-command escaping of a property value. */
  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
