package dev.anneal.cli;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problems as a SARIF 2.1.0 log, for code scanning (GitHub's {@code upload-sarif}, for one): one
 * run of the {@code anneal} tool, every rule with its id and summary, one result per problem with
 * its file (relative to the working directory, {@code %SRCROOT%}), line, column and JSON Pointer.
 */
final class Sarif {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private Sarif() {}

  static String of(List<Problem> problems) {
    ObjectNode log = JsonNodeFactory.instance.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "anneal");
    String version = Version.class.getPackage().getImplementationVersion();
    if (version != null) driver.put("semanticVersion", version);
    driver.put("informationUri", "https://github.com/anneal-schedules/anneal");
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      ObjectNode r = rules.addObject();
      r.put("id", rule.id());
      r.putObject("shortDescription").put("text", rule.summary());
      r.putObject("defaultConfiguration").put("level", rule.severity().toString());
    }
    ArrayNode results = run.putArray("results");
    for (Problem p : problems) result(results.addObject(), p);
    return JSON.writeValueAsString(log);
  }

  private static void result(ObjectNode result, Problem p) {
    result.put("ruleId", p.rule().id());
    result.put("ruleIndex", p.rule().ordinal());
    result.put("level", p.severity().toString());
    result.putObject("message").put("text", p.fullMessage());
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    artifact.put("uri", uri(p.file()));
    if (!Path.of(p.file()).isAbsolute()) artifact.put("uriBaseId", "%SRCROOT%");
    physical.putObject("region").put("startLine", p.line()).put("startColumn", p.column());
    if (!p.pointer().isEmpty()) {
      location.putArray("logicalLocations").addObject().put("fullyQualifiedName", p.pointer()).put("kind", "member");
    }
  }

  /** A relative path as a relative URI reference ({@code /} between parts, escaped), an absolute one as a file URI. */
  static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) return path.toUri().toString();
    StringBuilder out = new StringBuilder();
    for (Path part : path.normalize()) {
      if (out.length() > 0) out.append('/');
      out.append(encode(part.toString()));
    }
    return out.toString();
  }

  private static String encode(String part) {
    StringBuilder out = new StringBuilder();
    for (byte b : part.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 0x80 || "-._~".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
