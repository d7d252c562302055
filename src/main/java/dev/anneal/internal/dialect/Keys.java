package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Located;
import dev.anneal.internal.load.Pointers;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The keys of one mapping of the user's file, read with their types checked: every problem is
 * located at the key or value, named {@code <dialect>: <key> must be <constraint>, got <value>}.
 */
final class Keys {
  final String file;
  final Located document;
  final String at;
  final String dialect;
  final List<Problem> problems;
  private final JsonNode mapping;

  Keys(String file, Located document, String at, String dialect, List<Problem> problems) {
    this.file = file;
    this.document = document;
    this.at = at;
    this.dialect = dialect;
    this.problems = problems;
    JsonNode node = at.isEmpty() ? document.root() : document.root().at(at);
    this.mapping = node;
  }

  /** The keys of the mapping at {@code key} of this one (an empty view when it is absent or not a mapping). */
  Keys inner(String key) {
    return new Keys(file, document, pointer(key), dialect, problems);
  }

  boolean isMapping() {
    return mapping.isObject();
  }

  boolean has(String key) {
    return mapping.isObject() && mapping.has(key) && !mapping.get(key).isNull();
  }

  Iterable<String> names() {
    return mapping.isObject() ? mapping.propertyNames() : List.of();
  }

  String pointer(String key) {
    return at + "/" + Pointers.escape(key);
  }

  @Nullable JsonNode get(String key) {
    return has(key) ? mapping.get(key) : null;
  }

  /** Adds a problem at {@code key}'s value (its key when {@code atKey}). */
  Problem problem(String key, boolean atKey, Rule rule, String message) {
    String where = key.isEmpty() ? at : pointer(key);
    Located.Position p = atKey ? document.key(where) : document.value(where);
    Problem problem = new Problem(file, p.line(), p.column(), where, rule, message);
    problems.add(problem);
    return problem;
  }

  /** Adds a problem at {@code key} that names what was probably {@code meant} (null: nothing). */
  void problem(String key, boolean atKey, Rule rule, String message, @Nullable String meant) {
    Problem problem = problem(key, atKey, rule, message);
    problems.set(problems.size() - 1, problem.withSuggestion(meant));
  }

  /** Adds a warning of {@code rule} at {@code key}'s key that names what was probably {@code meant}. */
  void warn(String key, Rule rule, String message, @Nullable String meant) {
    Located.Position p = document.key(pointer(key));
    problems.add(new Problem(file, p.line(), p.column(), pointer(key), message, rule.severity(), rule, meant));
  }

  /** Adds {@code <dialect>: <key> must be <constraint>, got <value>} at the key's value. */
  void wrong(String key, Rule rule, String constraint) {
    problem(key, false, rule, dialect + ": " + key + " must be " + constraint + ", got " + shown(get(key)));
  }

  /** The number at {@code key}, or {@code byDefault}; a problem (and the default) when it is not a number. */
  double number(String key, double byDefault) {
    JsonNode value = get(key);
    if (value == null) return byDefault;
    if (!value.isNumber()) {
      wrong(key, Rule.TYPE_MISMATCH, "a number");
      return byDefault;
    }
    return value.doubleValue();
  }

  @Nullable Double optionalNumber(String key) {
    return has(key) ? number(key, Double.NaN) : null;
  }

  /** The integer at {@code key}, or {@code byDefault}; a whole float (3.0) is taken as an integer. */
  long integer(String key, long byDefault) {
    JsonNode value = get(key);
    if (value == null) return byDefault;
    if (value.isIntegralNumber()) return value.longValue();
    if (value.isNumber() && value.doubleValue() == Math.rint(value.doubleValue()) && Math.abs(value.doubleValue()) < 1e15) {
      return (long) value.doubleValue();
    }
    wrong(key, Rule.TYPE_MISMATCH, "an integer");
    return byDefault;
  }

  @Nullable String string(String key) {
    JsonNode value = get(key);
    if (value == null) return null;
    if (!value.isString()) {
      wrong(key, Rule.TYPE_MISMATCH, "a string");
      return null;
    }
    return value.stringValue();
  }

  boolean bool(String key, boolean byDefault) {
    JsonNode value = get(key);
    if (value == null) return byDefault;
    if (!value.isBoolean()) {
      wrong(key, Rule.TYPE_MISMATCH, "true or false");
      return byDefault;
    }
    return value.booleanValue();
  }

  /** A value as problems show it: strings quoted, the rest as JSON. */
  static String shown(@Nullable JsonNode value) {
    if (value == null) return "nothing";
    if (value.isString()) return "\"" + value.stringValue() + "\"";
    if (value.isObject()) return "a mapping";
    if (value.isArray()) return "a list";
    return value.toString();
  }
}
