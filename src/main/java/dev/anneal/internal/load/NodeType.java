package dev.anneal.internal.load;

import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import dev.anneal.spec.TorchNode;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One node type of the format: its {@code type} name, its record and how to build it from the
 * values of its keys, what it does (the JSON Schema's description of it), and its keys in the
 * order of the record's components.
 *
 * @param name the {@code type} as written in a file
 * @param record the spec record
 * @param builder the record built from the values read for its keys
 * @param pytorchArguments whether PyTorch's own constructor arguments {@code last_epoch} (only -1)
 *     and {@code verbose} are accepted too
 * @param doc what the node does, in one sentence
 * @param keys the keys, one per record component, in order
 */
public record NodeType(String name, Class<? extends Node> record, Function<Values, Node> builder,
    boolean pytorchArguments, String doc, List<Key> keys) {

  /** How a key's value is written in a file. */
  public enum Kind {
    NUMBER, INTEGER, BOOLEAN, STRING, NUMBERS, INTEGERS,
    /** A duration: 500, "5%" or "3ep". */
    DURATION,
    /** A duration that may also be {@code rest}, on a part of a sequence. */
    PART_DURATION,
    /** One node. */
    NODE,
    /** A list of nodes. */
    NODES,
    /** The parts of a sequence: nodes whose {@code steps} may be {@code rest}. */
    PARTS,
    /** A list of {@code torch.*} nodes. */
    TORCH_NODES
  }

  /**
   * One key of a node type.
   *
   * @param name the key as written in a file, e.g. {@code period_mult} or {@code T_max}
   * @param kind how its value is written
   * @param required whether a file must give it
   * @param byDefault its value when a file leaves it out; null when it is required or optional
   *     (absent: null)
   * @param values the values a {@link Kind#STRING} key takes; empty otherwise
   */
  public record Key(String name, Kind kind, boolean required, @Nullable Object byDefault, List<String> values) {
    /** Copies the values. */
    public Key {
      values = List.copyOf(values);
    }
  }

  /** Copies the keys. */
  public NodeType {
    keys = List.copyOf(keys);
  }

  /**
   * {@return the record built from the values read for its keys, by key name (null for an absent
   * optional key)}
   *
   * @throws SpecException when the record's constructor refuses a value
   */
  public Node build(Map<String, @Nullable Object> values) {
    return builder.apply(new Values(values));
  }

  /** {@return the value of each key of {@code node}, a record of this type, in key order} */
  public Object[] values(Node node) {
    RecordComponent[] components = record.getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) values[i] = components[i].getAccessor().invoke(node);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + record, e);
    }
    return values;
  }

  /** The values read for a node's keys, by key name, as the record's constructor takes them. */
  @SuppressWarnings("unchecked")
  public record Values(Map<String, @Nullable Object> byKey) {
    /** {@return a required number} */
    public double number(String key) {
      return (Double) byKey.get(key);
    }

    /** {@return an optional number, null when absent} */
    public @Nullable Double optionalNumber(String key) {
      return (Double) byKey.get(key);
    }

    /** {@return a required integer} */
    public long integer(String key) {
      return (Long) byKey.get(key);
    }

    /** {@return an optional integer, null when absent} */
    public @Nullable Long optionalInteger(String key) {
      return (Long) byKey.get(key);
    }

    /** {@return a boolean} */
    public boolean bool(String key) {
      return (Boolean) byKey.get(key);
    }

    /** {@return a string} */
    public String string(String key) {
      return (String) byKey.get(key);
    }

    /** {@return a duration, null when an optional one is absent} */
    public @Nullable Steps steps(String key) {
      return (Steps) byKey.get(key);
    }

    /** {@return a list of numbers} */
    public List<Double> numbers(String key) {
      return (List<Double>) byKey.get(key);
    }

    /** {@return a list of integers} */
    public List<Long> integers(String key) {
      return (List<Long>) byKey.get(key);
    }

    /** {@return a node} */
    public Node node(String key) {
      return (Node) byKey.get(key);
    }

    /** {@return a list of nodes} */
    public List<Node> nodes(String key) {
      return (List<Node>) byKey.get(key);
    }

    /** {@return a list of torch nodes} */
    public List<TorchNode> torchNodes(String key) {
      return (List<TorchNode>) byKey.get(key);
    }
  }
}
