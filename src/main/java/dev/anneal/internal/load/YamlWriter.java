package dev.anneal.internal.load;

import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Steps;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes spec trees as YAML in the format's own vocabulary: each record component under its key in
 * {@link NodeTypes} ({@code periodMult} is {@code period_mult}, PyTorch's {@code tMax} is
 * {@code T_max}); absent optional values are left out.
 */
public final class YamlWriter {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private YamlWriter() {}

  /** {@return a node tree as a YAML mapping} */
  public static String write(Node node) {
    return YAML.writeValueAsString(tree(node));
  }

  /** {@return a schedule file as YAML: its settings, then {@code schedule} or {@code schedules}} */
  public static String write(Context settings, Map<String, Node> schedules) {
    ObjectNode root = NODES.objectNode();
    if (settings.totalSteps() != null) root.put("total_steps", settings.totalSteps());
    if (settings.stepsPerEpoch() != null) root.put("steps_per_epoch", settings.stepsPerEpoch());
    if (settings.baseLr() != null) root.put("base_lr", settings.baseLr());
    if (schedules.size() == 1 && schedules.containsKey("lr")) {
      root.set("schedule", tree(schedules.get("lr")));
    } else {
      ObjectNode named = root.putObject("schedules");
      schedules.forEach((name, node) -> named.set(name, tree(node)));
    }
    return YAML.writeValueAsString(root);
  }

  static ObjectNode tree(Node node) {
    ObjectNode out = NODES.objectNode();
    out.put("type", node.type());
    NodeType row = NodeTypes.of(node);
    Object[] values = row.values(node);
    for (int i = 0; i < values.length; i++) {
      String key = row.keys().get(i).name();
      // k (timm's k-decay, on cosine and polynomial) is written only where it is not 1
      boolean plain = key.equals("k") && Double.valueOf(1.0).equals(values[i]);
      if (values[i] != null && !plain) out.set(key, json(values[i]));
    }
    return out;
  }

  private static JsonNode json(Object value) {
    if (value instanceof Node node) return tree(node);
    if (value instanceof Steps.Fixed fixed) return NODES.numberNode(fixed.steps());
    if (value instanceof Steps steps) return NODES.stringNode(steps.toString());
    if (value instanceof Double d) return NODES.numberNode(d);
    if (value instanceof Long l) return NODES.numberNode(l);
    if (value instanceof Boolean b) return NODES.booleanNode(b);
    if (value instanceof String s) return NODES.stringNode(s);
    if (value instanceof List<?> list) {
      ArrayNode array = NODES.arrayNode();
      for (Object item : list) array.add(json(item));
      return array;
    }
    throw new IllegalStateException("cannot write " + value.getClass());
  }
}
