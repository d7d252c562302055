package dev.anneal.internal;

import dev.anneal.Problem;
import dev.anneal.internal.Located.Position;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLAnchorReplayingFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads YAML or JSON text into a tree, remembering where every key and value is. Duplicate keys,
 * non-finite numbers and integers beyond a {@code long} are problems, never silently accepted.
 */
public final class Reader {
  private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLAnchorReplayingFactory()).build();
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  private final List<Problem> problems;
  private final Map<String, Position> keys = new HashMap<>();
  private final Map<String, Position> values = new HashMap<>();

  private Reader(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  /** Parses {@code text}; JSON when {@code file} ends in {@code .json}. Null when it cannot be read. */
  public static Located read(String file, String text, List<Problem> problems) {
    Reader reader = new Reader(file, problems);
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    ObjectMapper mapper = file.endsWith(".json") ? JSON : YAML;
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add(new Problem(file, 1, 1, "", "the file is empty, expected a mapping with schedule or schedules"));
        return null;
      }
      JsonNode root = reader.value(parser, "");
      return new Located(root, Map.copyOf(reader.keys), Map.copyOf(reader.values));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 1 : Math.max(at.getLineNr(), 1);
      int column = at == null ? 1 : Math.max(at.getColumnNr(), 1);
      problems.add(new Problem(file, line, column, "", "cannot parse the file: " + firstLine(e.getOriginalMessage())));
      return null;
    }
  }

  private static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  private static Position position(TokenStreamLocation at) {
    return new Position(at.getLineNr(), at.getColumnNr());
  }

  private JsonNode value(JsonParser parser, String pointer) {
    Position at = position(parser.currentTokenLocation());
    values.put(pointer, at);
    switch (parser.currentToken()) {
      case START_OBJECT: {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = parser.currentName();
          String child = pointer + "/" + Pointers.escape(name);
          Position keyAt = position(parser.currentTokenLocation());
          parser.nextToken();
          if (object.has(name)) {
            problems.add(new Problem(file, keyAt.line(), keyAt.column(), child,
                child + ": duplicate key " + name + ", the first is at line " + keys.get(child).line()));
            skip(parser);
            continue;
          }
          keys.put(child, keyAt);
          object.set(name, value(parser, child));
        }
        return object;
      }
      case START_ARRAY: {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + array.size()));
        }
        return array;
      }
      case VALUE_NUMBER_INT:
        if (parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
          problems.add(new Problem(file, at.line(), at.column(), pointer,
              pointer + ": integers must fit in a long, got " + parser.getText()));
          return NODES.nullNode();
        }
        return NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT: {
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
          problems.add(new Problem(file, at.line(), at.column(), pointer,
              pointer + ": numbers must be finite, got " + parser.getText()));
          return NODES.nullNode();
        }
        return NODES.numberNode(value);
      }
      case VALUE_STRING:
        return NODES.stringNode(parser.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      default:
        return NODES.nullNode();
    }
  }

  private static void skip(JsonParser parser) {
    parser.skipChildren();
  }

  public static List<Problem> sorted(List<Problem> problems) {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
        : Integer.compare(a.column(), b.column()));
    return copy;
  }
}
