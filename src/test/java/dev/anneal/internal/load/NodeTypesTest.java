package dev.anneal.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.internal.load.NodeType.Key;
import dev.anneal.internal.load.NodeType.Kind;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The table of node types agrees with {@code schemas/anneal.schema.json}, both ways: the same
 * types, and for each the same description, keys (in order), required keys, kinds, defaults and
 * enums; and with each record's components.
 */
class NodeTypesTest {
  private static final JsonNode SCHEMA = new ObjectMapper().readTree(Path.of("schemas/anneal.schema.json").toFile());
  private static final JsonNode DEFS = SCHEMA.get("$defs");
  private static final Set<String> PYTORCH_ARGUMENTS = Set.of("last_epoch", "verbose");

  @Test
  void theSchemaListsTheSameTypesInTheSameOrder() {
    assertThat(strings(DEFS.get("anyNode").get("properties").get("type").get("enum")))
        .containsExactlyElementsOf(NodeTypes.names());
    assertThat(strings(DEFS.get("torchNode").get("properties").get("type").get("enum")))
        .containsExactlyElementsOf(NodeTypes.names().stream().filter(n -> n.startsWith("torch.")).toList());
    Set<String> defined = new TreeSet<>();
    for (var def : DEFS.properties()) {
      JsonNode type = def.getValue().path("properties").path("type").path("const");
      if (type.isString()) defined.add(type.stringValue());
    }
    assertThat(defined).containsExactlyInAnyOrderElementsOf(NodeTypes.names());
  }

  @Test
  void everyTypeHasTheSchemasDescriptionAndKeys() {
    for (NodeType row : NodeTypes.all()) {
      JsonNode def = DEFS.get(row.name());
      assertThat(def.get("description").stringValue()).as(row.name()).isEqualTo(row.doc());
      List<String> keys = new ArrayList<>();
      for (var p : def.get("properties").properties()) {
        if (!p.getKey().equals("type") && !PYTORCH_ARGUMENTS.contains(p.getKey())) keys.add(p.getKey());
      }
      assertThat(keys).as(row.name()).containsExactlyElementsOf(row.keys().stream().map(Key::name).toList());
      assertThat(def.get("properties").has("last_epoch")).as(row.name()).isEqualTo(row.pytorchArguments());
      assertThat(def.get("properties").has("verbose")).as(row.name()).isEqualTo(row.pytorchArguments());
      List<String> required = new ArrayList<>(strings(def.get("required")));
      required.remove("type");
      assertThat(required).as(row.name())
          .containsExactlyElementsOf(row.keys().stream().filter(Key::required).map(Key::name).toList());
      assertThat(def.get("additionalProperties").asBoolean(true)).as(row.name()).isFalse();
    }
  }

  @Test
  void everyKeyHasTheSchemasKindDefaultAndValues() {
    for (NodeType row : NodeTypes.all()) {
      for (Key key : row.keys()) {
        JsonNode property = DEFS.get(row.name()).get("properties").get(key.name());
        String where = row.name() + "." + key.name();
        assertThat(kind(property)).as(where).isEqualTo(key.kind());
        assertThat(strings(property.path("enum"))).as(where).containsExactlyElementsOf(key.values());
        JsonNode byDefault = property.get("default");
        if (key.byDefault() == null) {
          assertThat(byDefault).as(where).isNull();
        } else if (key.byDefault() instanceof Number n) {
          assertThat(byDefault.doubleValue()).as(where).isEqualTo(n.doubleValue());
        } else if (key.byDefault() instanceof Boolean b) {
          assertThat(byDefault.booleanValue()).as(where).isEqualTo(b);
        } else {
          assertThat(byDefault.stringValue()).as(where).isEqualTo(key.byDefault());
        }
      }
    }
  }

  @Test
  void everyKeyNamesItsRecordComponentInOrder() {
    for (NodeType row : NodeTypes.all()) {
      RecordComponent[] components = row.record().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        assertThat(plain(row.keys().get(i).name())).as(row.name()).isEqualTo(plain(components[i].getName()));
      }
      assertThat(row.record().getSimpleName()).isEqualTo(row.name().startsWith("torch.") ? row.name().substring(6)
          : row.name().replace("_", "").equals("multistep") ? "MultiStep" : camel(row.name()));
    }
  }

  /** The table's kind of the schema's property. */
  private static Kind kind(JsonNode property) {
    String ref = property.path("$ref").asString("");
    if (ref.endsWith("/partDuration")) return Kind.PART_DURATION;
    if (ref.endsWith("/duration")) return Kind.DURATION;
    if (ref.endsWith("/node")) return Kind.NODE;
    if (property.has("enum")) return Kind.STRING;
    String type = property.path("type").asString("");
    if (type.equals("array")) {
      JsonNode items = property.get("items");
      String itemRef = items.path("$ref").asString("");
      if (itemRef.endsWith("/node")) return Kind.NODES;
      if (itemRef.endsWith("/part")) return Kind.PARTS;
      if (itemRef.endsWith("/torchNode")) return Kind.TORCH_NODES;
      return items.path("type").asString("").equals("number") ? Kind.NUMBERS : Kind.INTEGERS;
    }
    return Kind.valueOf(type.equals("boolean") ? "BOOLEAN" : type.toUpperCase(Locale.ROOT));
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) out.add(item.stringValue());
    return out;
  }

  /** {@code period_mult}, {@code periodMult} and {@code T_max}, {@code tMax} alike. */
  private static String plain(String name) {
    return name.replace("_", "").toLowerCase(Locale.ROOT);
  }

  private static String camel(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("_")) out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
    return out.toString();
  }
}
