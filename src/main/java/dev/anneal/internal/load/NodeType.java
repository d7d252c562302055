package dev.anneal.internal.load;

import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One node type of the format: its {@code type} name, its record, what it does (the JSON Schema's
 * description of it), and its keys in the order of the record's components.
 *
 * @param name the {@code type} as written in a file
 * @param record the spec record
 * @param pytorchArguments whether PyTorch's own constructor arguments {@code last_epoch} (only -1)
 *     and {@code verbose} are accepted too
 * @param doc what the node does, in one sentence
 * @param keys the keys, one per record component, in order
 */
public record NodeType(String name, Class<? extends Node> record, boolean pytorchArguments, String doc,
    List<Key> keys) {

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

  /** Checks that there is one key per record component and copies the keys. */
  public NodeType {
    keys = List.copyOf(keys);
    if (record.getRecordComponents().length != keys.size()) {
      throw new IllegalStateException(name + ": " + keys.size() + " keys for the components of " + record);
    }
  }

  /**
   * {@return the record built from one value per key (null for an absent optional key)}
   *
   * @throws SpecException when the record's constructor refuses a value
   */
  public Node build(Object... values) {
    try {
      return record.cast(constructor().newInstance(values));
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + record, e);
    }
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

  private Constructor<? extends Node> constructor() throws NoSuchMethodException {
    Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
    return record.getDeclaredConstructor(types);
  }
}
