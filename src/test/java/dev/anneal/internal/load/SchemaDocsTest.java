package dev.anneal.internal.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.anneal.ScheduleFile;
import dev.anneal.internal.load.NodeType.Key;
import dev.anneal.internal.load.NodeType.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What editors show from {@code schemas/anneal.schema.json}: every node type has its title,
 * description, formula (markdownDescription) and examples, every example is a valid node that
 * loads, every enum value has its doc, and every value an editor inserts on completion is one the
 * schema accepts. {@code tools/editor-check} checks the same in yaml-language-server itself.
 */
class SchemaDocsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode SCHEMA = read("schemas/anneal.schema.json");
  private static final JsonNode DEFS = SCHEMA.get("$defs");
  private static final Schema VALIDATOR = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
      .getSchema(SCHEMA.toString(), InputFormat.JSON);
  /** Keys whose value is a node or a list: an editor inserts a skeleton there, not a value. */
  private static final Set<Kind> SKELETONS = Set.of(Kind.NODE, Kind.NODES, Kind.PARTS, Kind.TORCH_NODES, Kind.NUMBERS,
      Kind.INTEGERS);

  @Test
  void everyNodeTypeHasATitleADescriptionItsFormulaAndExamples() {
    for (NodeType row : NodeTypes.all()) {
      JsonNode def = DEFS.get(row.name());
      String markdown = def.path("markdownDescription").asString("");
      assertThat(def.path("title").asString("")).as(row.name()).isEqualTo(row.name());
      assertThat(def.path("description").asString("")).as(row.name()).isEqualTo(row.doc());
      assertThat(markdown).as(row.name()).startsWith("**" + row.name() + "**: " + row.doc() + "\n\n")
          .hasSizeGreaterThan(row.doc().length() + 60);
      if (row.pytorchArguments() || row.name().startsWith("torch.")) {
        String cls = row.name().substring("torch.".length());
        assertThat(markdown).as(row.name())
            .contains("(https://pytorch.org/docs/stable/generated/torch.optim.lr_scheduler." + cls + ".html)");
      }
      assertThat(def.path("examples").isArray() && !def.get("examples").isEmpty()).as(row.name()).isTrue();
      for (JsonNode example : def.get("examples")) {
        assertThat(example.path("type").asString("")).as(row.name()).isEqualTo(row.name());
      }
      // hovering the type of a node shows that type, not a line common to all types
      JsonNode type = def.get("properties").get("type");
      assertThat(type.path("description").asString("")).as(row.name()).isEqualTo(row.name() + ": " + row.doc());
      assertThat(type.path("markdownDescription").asString("")).as(row.name()).isEqualTo(markdown);
    }
  }

  @Test
  void everyEnumValueHasItsOwnDoc() {
    for (String where : List.of("anyNode", "torchNode")) {
      JsonNode type = DEFS.get(where).get("properties").get("type");
      List<String> docs = new ArrayList<>();
      for (JsonNode name : type.get("enum")) docs.add(NodeTypes.named(name.stringValue()).doc());
      assertThat(strings(type.get("markdownEnumDescriptions"))).as(where).containsExactlyElementsOf(docs);
    }
    for (NodeType row : NodeTypes.all()) {
      for (Key key : row.keys()) {
        if (key.values().isEmpty()) continue;
        List<String> docs = strings(DEFS.get(row.name()).get("properties").get(key.name()).get("markdownEnumDescriptions"));
        assertThat(docs).as(row.name() + "." + key.name()).hasSameSizeAs(key.values()).doesNotContain("");
      }
    }
  }

  @Test
  void everyExampleIsValidAndLoads() {
    for (NodeType row : NodeTypes.all()) {
      for (JsonNode example : DEFS.get(row.name()).get("examples")) {
        ObjectNode file = file(example);
        assertThat(VALIDATOR.validate(file)).as(example.toString()).isEmpty();
        assertThatCode(() -> ScheduleFile.parse(row.name() + ".json", file.toString())).as(example.toString())
            .doesNotThrowAnyException();
      }
    }
  }

  /**
   * Completing a key, an editor (yaml-language-server, VS Code) inserts the key with a value it
   * takes from the schema; that value, put into the type's example, must be one the schema accepts
   * (no {@code steps: 0}).
   */
  @Test
  void everyValueAnEditorInsertsIsValid() {
    for (NodeType row : NodeTypes.all()) {
      JsonNode properties = DEFS.get(row.name()).get("properties");
      for (var p : properties.properties()) {
        Key key = row.keys().stream().filter(k -> k.name().equals(p.getKey())).findFirst().orElse(null);
        if (p.getKey().equals("type") || key != null && SKELETONS.contains(key.kind())) continue;
        JsonNode value = inserted(p.getValue());
        if (value == null) continue;
        ObjectNode node = (ObjectNode) DEFS.get(row.name()).get("examples").get(0).deepCopy();
        node.set(p.getKey(), value);
        List<Error> errors = VALIDATOR.validate(file(node));
        assertThat(errors).as(row.name() + "." + p.getKey() + ": " + value).isEmpty();
      }
    }
    for (var p : SCHEMA.get("properties").properties()) {
      JsonNode value = inserted(p.getValue());
      if (value == null || p.getValue().has("$ref") || p.getValue().has("additionalProperties")) continue;
      ObjectNode file = file(DEFS.get("constant").get("examples").get(0));
      file.set(p.getKey(), value);
      assertThat(VALIDATOR.validate(file)).as(p.getKey() + ": " + value).isEmpty();
    }
  }

  /**
   * The value yaml-language-server inserts with a key (its {@code getInsertTextForProperty}): a
   * single default snippet, enum value, const, default or example, else 0 for a number; null when it
   * offers a choice or inserts an empty placeholder.
   */
  private static @Nullable JsonNode inserted(JsonNode property) {
    JsonNode p = resolved(property);
    JsonNode value = null;
    int proposals = 0;
    if (p.path("defaultSnippets").isArray()) {
      if (p.get("defaultSnippets").size() == 1) value = p.get("defaultSnippets").get(0).get("body");
      proposals += p.get("defaultSnippets").size();
    }
    if (p.has("enum")) {
      if (value == null && p.get("enum").size() == 1) value = p.get("enum").get(0);
      proposals += p.get("enum").size();
    }
    for (String one : List.of("const", "default")) {
      if (!p.has(one)) continue;
      if (value == null) value = p.get(one);
      proposals++;
    }
    if (p.path("examples").isArray() && !p.get("examples").isEmpty()) {
      if (value == null) value = p.get("examples").get(0);
      proposals += p.get("examples").size();
    }
    String type = p.path("type").isArray() ? p.get("type").get(0).asString("") : p.path("type").asString("");
    if (proposals == 0 && (type.equals("number") || type.equals("integer"))) return JSON.getNodeFactory().numberNode(0);
    return proposals == 1 ? value : null;
  }

  /** The property with the keys of the definition it refers to, as editors merge them. */
  private static JsonNode resolved(JsonNode property) {
    String ref = property.path("$ref").asString("");
    if (!ref.startsWith("#/$defs/")) return property;
    ObjectNode merged = (ObjectNode) DEFS.get(ref.substring("#/$defs/".length())).deepCopy();
    for (var e : property.properties()) merged.set(e.getKey(), e.getValue());
    return merged;
  }

  /** A schedule file around {@code node}, with every setting a node may need. */
  private static ObjectNode file(JsonNode node) {
    ObjectNode file = JSON.createObjectNode();
    file.put("total_steps", 10_000).put("steps_per_epoch", 100).put("base_lr", 0.1);
    file.set("schedule", node);
    return file;
  }

  private static List<String> strings(@Nullable JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array != null) for (JsonNode item : array) out.add(item.asString());
    return out;
  }

  private static JsonNode read(String path) {
    try {
      return JSON.readTree(Files.readString(Path.of(path)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
