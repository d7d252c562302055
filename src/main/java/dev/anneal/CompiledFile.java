package dev.anneal;

import dev.anneal.internal.compile.CompileException;
import dev.anneal.internal.compile.CompiledTree;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongToDoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * A file's schedules, each tree compiled once: the compiled schedules by name ({@code lr}, then the
 * {@code momentum} that a cycling torch {@code lr} sets, then the others) and their phases.
 */
final class CompiledFile {
  private final Map<String, Node> nodes;
  private final Context context;
  private final Map<String, CompiledTree> trees;
  private final Map<String, Schedule> schedules;

  /**
   * @param nodes the schedules by name, {@code lr} first
   * @param context the settings they compile against
   * @param trees every schedule of {@code nodes} compiled in {@code context}
   * @throws SpecException when the file names a {@code momentum} that its torch
   *     {@code lr} sets too
   */
  CompiledFile(Map<String, Node> nodes, Context context, Map<String, CompiledTree> trees) {
    this.nodes = nodes;
    this.context = context;
    this.trees = trees;
    LongToDoubleFunction momentum = Compiler.momentum(nodes, trees.get("lr"));
    Map<String, Schedule> compiled = new LinkedHashMap<>();
    nodes.keySet().forEach(name -> {
      compiled.put(name, new CompiledSchedule(trees.get(name).curve()));
      if (name.equals("lr") && momentum != null) compiled.put("momentum", momentum::applyAsDouble);
    });
    this.schedules = Collections.unmodifiableMap(compiled);
  }

  /** Compiles every schedule of {@code file}. */
  static CompiledFile of(ScheduleFile file) {
    Context context = file.context();
    Map<String, CompiledTree> trees = new LinkedHashMap<>();
    file.schedules().forEach((name, node) -> trees.put(name, tree(node, context)));
    return new CompiledFile(file.schedules(), context, trees);
  }

  /**
   * {@return a tree compiled once, with what each of its nodes compiled into}
   *
   * @throws SpecException when a rule across nodes is broken; its key is the place, relative to the
   *     root ({@code parts/1/steps})
   */
  static CompiledTree tree(Node node, Context context) {
    try {
      return Compiler.tree(node, context);
    } catch (CompileException e) {
      throw new SpecException(e.pointer().isEmpty() ? "" : e.pointer().substring(1), e.reason(), e.getMessage());
    }
  }

  /** {@return the compiled schedules by name, in the order of {@link ScheduleFile#compile()}} */
  Map<String, Schedule> schedules() {
    return schedules;
  }

  /** {@return one compiled schedule} @throws IllegalArgumentException when there is none of that name */
  Schedule schedule(String name) {
    Schedule schedule = schedules.get(name);
    if (schedule == null) throw unknown(name, new ArrayList<>(schedules.keySet()));
    return schedule;
  }

  /** {@return the phases of schedule {@code name} over steps {@code 0..steps-1}; a torch momentum has its lr's} */
  List<Phase> phases(String name, long steps) {
    String tree = nodes.containsKey(name) ? name : "lr";
    schedule(name);
    return Phases.of(nodes.get(tree), trees.get(tree), context, steps);
  }

  /** {@code schedules: name must be one of lr, momentum, got mom}. */
  private static IllegalArgumentException unknown(String name, List<String> names) {
    return new IllegalArgumentException("schedules: name must be one of " + String.join(", ", names) + ", got "
        + name);
  }

  /** {@return one schedule of {@code file}, compiling it alone}: see {@link ScheduleFile#compile(String)} */
  static Schedule schedule(ScheduleFile file, String name) {
    Schedule momentum = name.equals("momentum") ? torchMomentum(file) : null;
    if (momentum != null) return momentum;
    Node node = file.schedules().get(name);
    if (node != null) return Schedule.of(node, file.context());
    List<String> names = new ArrayList<>(file.schedules().keySet());
    if (!file.schedules().containsKey("momentum") && hasTorchMomentum(file)) names.add(1, "momentum");
    throw unknown(name, names);
  }

  /** Whether the {@code lr} schedule sets a momentum; false when it does not compile (for a message). */
  private static boolean hasTorchMomentum(ScheduleFile file) {
    try {
      return torchMomentum(file) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** {@return the momentum that the torch {@code lr} of {@code file} sets, or null; compiles {@code lr} alone} */
  private static @Nullable Schedule torchMomentum(ScheduleFile file) {
    Node lr = file.schedules().get("lr");
    if (lr == null) return null;
    LongToDoubleFunction momentum = Compiler.momentum(file.schedules(), tree(lr, file.context()));
    return momentum == null ? null : momentum::applyAsDouble;
  }
}
