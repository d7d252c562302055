package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Located.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;

/**
 * Reads YAML or JSON text into a tree, remembering where every key and value is. Duplicate keys,
 * non-finite numbers and integers beyond a {@code long} are problems, never silently accepted.
 */
public final class Reader {
  /**
   * YAML 1.2 core schema, so that floats such as {@code .5} and {@code +1.5e3} are numbers (FORMAT.md
   * section 2); the JSON schema, snakeyaml-engine's default, reads them as strings.
   */
  private static final TokenStreamFactory YAML = YAMLAnchorReplayingFactory.builder()
      .loadSettings(org.snakeyaml.engine.v2.api.LoadSettings.builder()
          .setSchema(new org.snakeyaml.engine.v2.schema.CoreSchema()).setAllowDuplicateKeys(true).build())
      .build();
  /** Only parsers are needed: a factory starts in a fraction of an object mapper's set-up time. */
  private static final TokenStreamFactory JSON = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Largest accepted file, in bytes (and characters). */
  public static final int MAX_SIZE = 1 << 20;
  /** Deepest accepted nesting of mappings and lists; a schedule file needs far fewer. */
  static final int MAX_DEPTH = 64;
  /** Most values (scalars, mappings, lists) in a document, after YAML aliases are expanded. */
  static final int MAX_VALUES = 100_000;

  private final String file;
  private final List<Problem> problems;
  private int count;
  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> values = new HashMap<>();

  private Reader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Parses {@code text}; JSON when {@code file} ends in {@code .json}. Null when it cannot be read. */
  public static Located read(String file, String text, List<Problem> problems) {
    Reader reader = new Reader(file, problems);
    if (text.length() > MAX_SIZE) {
      problems.add(new Problem(file, 1, 1, "", Rule.FILE_TOO_LARGE, "the file is too large: more than " + MAX_SIZE
          + " characters (1 MiB), a schedule file is a few KB at most"));
      return null;
    }
    if (text.indexOf('\u0000') >= 0) {
      Position at = lineColumn(text, text.indexOf('\u0000'));
      problems.add(new Problem(file, at.line(), at.column(), "", Rule.BINARY_FILE, "cannot parse the file: it is binary, not YAML or JSON text"
          + " (a NUL character)"));
      return null;
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    TokenStreamFactory factory = file.endsWith(".json") ? JSON : YAML;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new Problem(file, 1, 1, "", Rule.EMPTY_FILE, "the file is empty, expected a mapping with schedule or schedules"));
        return null;
      }
      JsonNode root = reader.value(parser, "", 0);
      if (parser.nextToken() != null) {
        TokenStreamLocation second = parser.currentTokenLocation();
        Position where = second == null ? new Position(1, 1) : position(second);
        problems.add(new Problem(file, Math.max(where.line(), 1), Math.max(where.column(), 1), "", Rule.MORE_THAN_ONE_DOCUMENT,
            factory == JSON ? "a JSON file holds one value, got more text after it"
                : "a schedule file holds one YAML document, got another one here (after a --- line?)"));
        return null;
      }
      return new Located(root, Map.copyOf(reader.keys), Map.copyOf(reader.values));
    } catch (TooBig e) {
      problems.add(new Problem(file, e.at.line(), e.at.column(), e.pointer, e.rule, e.getMessage()));
      return null;
    } catch (JacksonException e) {
      problems.add(parseError(file, body, factory == JSON, e));
      return null;
    } catch (RuntimeException | StackOverflowError e) {
      problems.add(new Problem(file, 1, 1, "", factory == JSON ? Rule.JSON_SYNTAX : Rule.YAML_SYNTAX,
          "cannot parse the file: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))));
      return null;
    }
  }

  /** A parser's error as a problem: where it is, and what probably caused it. */
  private static Problem parseError(String file, String body, boolean json, JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
    int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
    String message = firstLine(e.getOriginalMessage());
    Rule syntax = json ? Rule.JSON_SYNTAX : Rule.YAML_SYNTAX;
    YamlError yaml = json ? null : YamlError.of(e.getOriginalMessage());
    if (json && message.startsWith("Unexpected character ('}'")
        && message.contains("was expecting double-quote to start property name")) {
      message += "; a comma before } (JSON allows no trailing comma)?";
    }
    if (message.startsWith("Expected a property name")) message = "a key must be a string, got a list or a mapping"
        + " as a key (a YAML complex key, ? [...])";
    if (json && message.startsWith("Non-standard token '")) {
      String token = message.substring("Non-standard token '".length(), message.indexOf('\'', 20));
      message = token + " is not a JSON number, and numbers must be finite";
    }
    if (yaml != null) {
      message = yaml.message();
      if (yaml.line() > 0) {
        line = yaml.line();
        column = yaml.column();
      }
    }
    int tab = tabInIndentation(body);
    if (tab >= 0 && !json) {
      Position where = lineColumn(body, tab);
      return new Problem(file, where.line(), where.column(), "", Rule.TAB_INDENTATION,
          "cannot parse the file: a tab in the indentation; YAML indents with spaces only");
    }
    if (message.contains("too many events to replay")) {
      return new Problem(file, line, column, "", Rule.ALIASES_EXPAND_TOO_FAR, "cannot parse the file: YAML aliases"
          + " expand too far (more than 9999 replayed values, as in a billion-laughs file)");
    }
    return new Problem(file, line, column, "", syntax, "cannot parse the file: " + message);
  }

  /** A problem that stops reading: too deep, or too many values. */
  private static final class TooBig extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Position at;
    final String pointer;
    final Rule rule;

    TooBig(Position at, String pointer, Rule rule, String message) {
      super(message, null, false, false);
      this.at = at;
      this.pointer = pointer;
      this.rule = rule;
    }
  }

  /** Offset of the first tab found in the leading whitespace of a line, or -1. */
  private static int tabInIndentation(String text) {
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = true;
      } else if (lineStart && c == '\t') {
        return i;
      } else if (c != ' ' && !(lineStart && c == '-')) {
        lineStart = false;
      }
    }
    return -1;
  }

  private static Position lineColumn(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Position(line, column);
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static Position position(TokenStreamLocation at) {
    return new Position(at.getLineNr(), at.getColumnNr());
  }

  private JsonNode value(JsonParser parser, String pointer, int depth) {
    Position at = position(parser.currentTokenLocation());
    if (++count > MAX_VALUES) {
      throw new TooBig(at, pointer, Rule.TOO_MANY_VALUES, "the document holds more than "
          + MAX_VALUES + " values (YAML aliases that expand too far?), a schedule file needs far fewer");
    }
    if (depth > MAX_DEPTH) {
      throw new TooBig(at, pointer, Rule.NESTED_TOO_DEEP, "mappings and lists nest deeper than "
          + MAX_DEPTH + " levels, a schedule file needs far fewer");
    }
    values.put(pointer, at);
    switch (parser.currentToken()) {
      case START_OBJECT:
        return object(parser, pointer, depth);
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + array.size(), depth + 1));
        }
        return array;
      }
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          problems.add(new Problem(file, at.line(), at.column(), pointer, Rule.INTEGER_TOO_LARGE,
              "integers must fit in a long, got " + parser.getString()));
          return NODES.nullNode();
        }
        return NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT: {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
          problems.add(new Problem(file, at.line(), at.column(), pointer, Rule.NUMBER_NOT_FINITE,
              "numbers must be finite, got " + parser.getString()));
          return NODES.nullNode();
        }
        return NODES.numberNode(value);
      }
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_EMBEDDED_OBJECT:
        // !!binary: shown as what it is, not as null
        return NODES.stringNode("!!binary (" + parser.getBinaryValue().length + " bytes)");
      default:
        return NODES.nullNode();
    }
  }

  /** The mapping that starts at the parser's current token; a duplicate key is a problem, its value skipped. */
  private ObjectNode object(JsonParser parser, String pointer, int depth) {
    ObjectNode object = NODES.objectNode();
    Position start = position(parser.currentTokenLocation());
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      String child = pointer + "/" + Pointers.escape(name);
      Position keyAt = position(parser.currentTokenLocation());
      parser.nextToken();
      // a YAML merge (<<: *base) brings keys from before this mapping: a key of its own overrides them
      if (object.has(name) && before(keys.get(child), start) && !before(keyAt, start)) object.remove(name);
      if (object.has(name) && before(keyAt, start)) {
        skip(parser);
        continue;
      }
      if (object.has(name)) {
        problems.add(new Problem(file, keyAt.line(), keyAt.column(), child, Rule.DUPLICATE_KEY,
            "duplicate key " + name + ", the first is at line " + keys.get(child).line()));
        skip(parser);
        continue;
      }
      keys.put(child, keyAt);
      object.set(name, value(parser, child, depth + 1));
    }
    return object;
  }

  private static boolean before(Position a, Position b) {
    return a.line() < b.line() || a.line() == b.line() && a.column() < b.column();
  }

  /** Skips the current value, counting what it holds against the budget (aliases included). */
  private void skip(JsonParser parser) {
    int open = 0;
    do {
      JsonToken token = parser.currentToken();
      if (++count > MAX_VALUES) {
        throw new TooBig(position(parser.currentTokenLocation()), "", Rule.TOO_MANY_VALUES, "the document holds more than "
            + MAX_VALUES + " values (YAML aliases that expand too far?), a schedule file needs far fewer");
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) open++;
      if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) open--;
      if (open == 0) return;
    } while (parser.nextToken() != null);
  }

  public static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
        : Integer.compare(a.column(), b.column()));
    return copy;
  }
}
