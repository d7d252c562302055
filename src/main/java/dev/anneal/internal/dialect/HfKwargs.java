package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Located;
import dev.anneal.internal.load.Pointers;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lr_scheduler_kwargs} as the trainer reads it: a mapping, or (transformers only) a string that
 * starts with <code>{</code>, which {@code TrainingArguments.__post_init__} parses with {@code json.loads}
 * and then {@code _convert_str_dict} ({@code "true"}/{@code "false"} become booleans, strings of digits
 * integers, digits with one dot floats). Every key of a parsed string is located at
 * {@code lr_scheduler_kwargs}' own key.
 */
final class HfKwargs {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  private HfKwargs() {}

  /** The keys of {@code lr_scheduler_kwargs} (an empty view when absent), or null after a problem. */
  static @Nullable Keys read(Keys keys, boolean axolotl) {
    Keys kwargs = keys.inner("lr_scheduler_kwargs");
    JsonNode value = keys.get("lr_scheduler_kwargs");
    if (value == null || value.isObject()) return kwargs;
    if (axolotl) {
      keys.wrong("lr_scheduler_kwargs", Rule.TYPE_MISMATCH, "a mapping (axolotl's config schema takes a dict,"
          + " not a JSON string)");
      return null;
    }
    String text = value.isString() ? value.stringValue() : null;
    String why = text == null ? "" : !text.startsWith("{") ? " (transformers parses only a string that starts"
        + " with {; it passes any other string to the scheduler, which fails)" : null;
    JsonNode parsed = null;
    if (why == null) {
      try {
        parsed = JSON.readTree(text);
      } catch (JacksonException e) {
        why = " (not JSON: " + e.getOriginalMessage() + ")";
      }
    }
    if (parsed == null || !parsed.isObject()) {
      keys.problem("lr_scheduler_kwargs", false, Rule.TYPE_MISMATCH, "hf: lr_scheduler_kwargs must be a mapping or a"
          + " JSON object string, got " + Keys.shown(value) + (why == null ? "" : why));
      return null;
    }
    return new Keys(kwargs.file, located(keys, kwargs.at, convert((ObjectNode) parsed)), kwargs.at, kwargs.dialect,
        kwargs.problems);
  }

  /** The user's document with the string replaced by its mapping, every key inside at the string's key. */
  private static Located located(Keys keys, String at, ObjectNode kwargs) {
    Located user = keys.document;
    JsonNode root = user.root().deepCopy();
    ((ObjectNode) (keys.at.isEmpty() ? root : root.at(keys.at))).set("lr_scheduler_kwargs", kwargs);
    Map<String, Located.Position> values = new HashMap<>(user.values());
    place(kwargs, at, user.key(at), values);
    return new Located(root, user.keys(), Map.copyOf(values));
  }

  private static void place(JsonNode node, String at, Located.Position where, Map<String, Located.Position> values) {
    values.put(at, where);
    if (node.isObject()) {
      for (var entry : node.properties()) place(entry.getValue(), at + "/" + Pointers.escape(entry.getKey()), where, values);
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) place(node.get(i), at + "/" + i, where, values);
    }
  }

  /** transformers' {@code _convert_str_dict}, in place. */
  static ObjectNode convert(ObjectNode mapping) {
    Map<String, JsonNode> changed = new HashMap<>();
    for (var entry : mapping.properties()) {
      JsonNode value = entry.getValue();
      if (value.isObject()) {
        convert((ObjectNode) value);
      } else if (value.isString()) {
        JsonNode converted = converted(value.stringValue());
        if (converted != null) changed.put(entry.getKey(), converted);
      }
    }
    changed.forEach(mapping::set);
    return mapping;
  }

  /** {@code value.lower() in ("true", "false")}, {@code value.isdigit()}, {@code value.replace(".", "", 1).isdigit()}. */
  private static @Nullable JsonNode converted(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) return NativeTree.NODES.booleanNode(lower.equals("true"));
    if (text.matches("[0-9]+")) return NativeTree.NODES.numberNode(new BigInteger(text));
    if (text.matches("[0-9]*\\.[0-9]*") && text.length() > 1) return NativeTree.NODES.numberNode(Double.parseDouble(text));
    return null;
  }
}
