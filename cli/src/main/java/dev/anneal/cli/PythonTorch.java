package dev.anneal.cli;

import dev.anneal.spec.ChainedScheduler;
import dev.anneal.spec.TorchNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code torch.*} node as the Python expression that builds the real PyTorch scheduler on
 * {@code optimizer}, with the node's arguments under PyTorch's own names. The schedulers of a
 * {@code SequentialLR} or {@code ChainedScheduler} are built in file order (Python evaluates a list
 * from left to right), before the scheduler that holds them, as anneal assumes.
 */
final class PythonTorch {
  /** Record components whose PyTorch names are not their names in snake case. */
  private static final Map<String, String> NAMES = Map.of("tMax", "T_max", "t0", "T_0", "tMult", "T_mult");

  private PythonTorch() {}

  /** {@return {@code node} as a constructor call, continued lines indented by {@code indent}} */
  static String of(TorchNode node, String indent) {
    List<String> args = new ArrayList<>();
    if (!(node instanceof ChainedScheduler)) args.add("optimizer");
    for (RecordComponent component : node.getClass().getRecordComponents()) {
      Object value = value(node, component);
      if (value == null) continue;
      String name = component.getName();
      String text = name.equals("schedulers") ? schedulers((List<?>) value, indent) : Python.literal(value);
      args.add(NAMES.getOrDefault(name, snakeCase(name)) + "=" + text);
    }
    return "lr_scheduler." + node.getClass().getSimpleName() + "(" + String.join(", ", args) + ")";
  }

  private static String schedulers(List<?> schedulers, String indent) {
    String inner = indent + "    ";
    StringBuilder text = new StringBuilder("[\n");
    for (Object scheduler : schedulers) text.append(inner).append(of((TorchNode) scheduler, inner)).append(",\n");
    return text.append(indent).append(']').toString();
  }

  private static Object value(TorchNode node, RecordComponent component) {
    try {
      return component.getAccessor().invoke(node);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of " + node.type(), e);
    }
  }

  /** {@code stepSizeUp} as {@code step_size_up}. */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) out.append('_').append(Character.toLowerCase(c));
      else out.append(c);
    }
    return out.toString();
  }
}
