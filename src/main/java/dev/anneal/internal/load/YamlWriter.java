package dev.anneal.internal.load;

import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Steps;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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
 * Writes spec trees as YAML in the format's own vocabulary: a record component {@code periodMult}
 * is the key {@code period_mult}, PyTorch's {@code T_max}, {@code T_0} and {@code T_mult} keep
 * their capitals, absent optional values are left out.
 */
public final class YamlWriter {
  private static final ObjectMapper YAML = YAMLMapper.builder()
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Map<String, String> TORCH_KEYS = Map.of("tMax", "T_max", "t0", "T_0", "tMult", "T_mult");

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
    for (RecordComponent component : node.getClass().getRecordComponents()) {
      Object value = read(component, node);
      if (value != null) out.set(key(component.getName()), json(value));
    }
    return out;
  }

  private static Object read(RecordComponent component, Node node) {
    try {
      return component.getAccessor().invoke(node);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component, e);
    }
  }

  /** {@code periodMult} becomes {@code period_mult}. */
  static String key(String component) {
    String torch = TORCH_KEYS.get(component);
    if (torch != null) return torch;
    return component.replaceAll("([A-Z])", "_$1").toLowerCase(java.util.Locale.ROOT);
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
