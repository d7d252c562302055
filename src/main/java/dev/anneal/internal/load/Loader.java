package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.compile.CompileException;
import dev.anneal.internal.compile.CompiledTree;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The loading pipeline: read the text, parse it with positions, check it against the JSON Schema,
 * bind it to spec trees, compile every tree to find the rules across nodes, and lint it. Every
 * problem is located in the user's own file; any error ends in one {@link ScheduleFileException}.
 */
public final class Loader {
  private Loader() {}

  /**
   * A schedule file bound from its document.
   *
   * @param settings {@code total_steps}, {@code steps_per_epoch} and {@code base_lr}
   * @param schedules the schedules by name, in file order
   */
  record Bound(Context settings, Map<String, Node> schedules) {}

  /**
   * A loaded schedule file: its trees, each compiled once, and the parsed document it came from.
   *
   * @param settings {@code total_steps}, {@code steps_per_epoch} and {@code base_lr}
   * @param schedules the schedules by name, in file order
   * @param document the parsed document, with the position of every key and value
   * @param trees each schedule compiled, by name
   * @param relocate moves a problem found in {@code document} to where it belongs in the user's file
   *     (a dialect's document is translated from another file; else the identity)
   */
  public record Loaded(Context settings, Map<String, Node> schedules, Located document,
      Map<String, CompiledTree> trees, UnaryOperator<Problem> relocate) {}

  /** {@return the text of the file at {@code path}, at most {@link Reader#MAX_SIZE} bytes of UTF-8} */
  public static String read(Path path) {
    return FileText.read(path);
  }

  /** {@return the text {@code in} gives, named {@code name}: at most {@link Reader#MAX_SIZE} bytes of UTF-8} */
  public static String read(String name, java.io.InputStream in) {
    return FileText.read(name, in);
  }


  /**
   * {@return the schedule file found at the JSON Pointer {@code at} of the text}
   *
   * @throws ScheduleFileException with every problem, located in the text
   */
  public static Loaded parse(String name, String text, String at) {
    List<Problem> problems = new ArrayList<>();
    Located document = Reader.read(name, text, problems);
    if (document == null) throw new ScheduleFileException(Reader.sorted(problems));
    return load(name, document, at, UnaryOperator.identity(), problems);
  }

  /**
   * {@return the schedule file found at {@code at} of a parsed document}: one read from the user's
   * file, or one that a dialect translated, whose problems {@code relocate} moves to the user's file
   *
   * @throws ScheduleFileException with every problem, relocated
   */
  public static Loaded load(String name, Located document, String at, UnaryOperator<Problem> relocate) {
    return load(name, document, at, relocate, new ArrayList<>());
  }

  private static Loaded load(String name, Located document, String at, UnaryOperator<Problem> relocate,
      List<Problem> problems) {
    Bound bound = null;
    JsonNode target = at.isEmpty() || !at.startsWith("/") ? document.root() : document.root().at(at);
    if (!at.isEmpty() && !at.startsWith("/")) {
      problems.add(new Problem(name, 1, 1, at, Rule.INVALID_POINTER, "a JSON Pointer must be empty or start with /, got " + at));
    } else if (target.isMissingNode()) {
      problems.add(new Problem(name, 1, 1, at, Rule.NOTHING_AT_POINTER, "nothing at this pointer in the file"));
    } else if (embeddedElsewhere(target, at) != null) {
      String inner = embeddedElsewhere(target, at);
      Located.Position p = document.value(inner);
      problems.add(new Problem(name, p.line(), p.column(), at, Rule.MISSING_SCHEDULE,
          "a schedule file must have schedule or schedules, got neither; one sits at " + inner
          + ": load it with --at " + inner));
    } else {
      bound = bound(name, document, at, target, problems);
    }
    Map<String, CompiledTree> trees = bound == null || !problems.isEmpty() ? Map.of()
        : compile(name, bound, document, at, problems);
    if (!problems.isEmpty()) throw new ScheduleFileException(Reader.sorted(problems.stream().map(relocate).toList()));
    return new Loaded(bound.settings(), bound.schedules(), document, trees, relocate);
  }

  /**
   * The file bound to its spec tree, or null with its problems. A file that the binder accepts, and
   * to which {@link SchemaShortcut} applies, skips the JSON Schema, which costs most of a file's
   * check; any other is checked against the schema first, as ever, so that its problems are the
   * schema's, located and worded as they always were.
   */
  private static @Nullable Bound bound(String name, Located document, String at, JsonNode target,
      List<Problem> problems) {
    if (SchemaShortcut.applies(target)) {
      List<Problem> quick = new ArrayList<>();
      try {
        Bound bound = Binder.bind(name, document, at, quick);
        if (quick.isEmpty()) return bound;
      } catch (RuntimeException e) {
        // a shape the schema refuses and the binder does not expect: the schema says what is wrong
      }
    }
    if (SchemaCheck.check(name, document, at, target, problems) && problems.isEmpty()) {
      return Binder.bind(name, document, at, problems);
    }
    return null;
  }

  /**
   * {@return the warnings about a loaded file over a run of {@code steps} steps (null: the file's
   * {@code total_steps}; without either, the rules that need a run length are skipped)}
   */
  public static List<Problem> lint(String name, Loaded loaded, String at, @Nullable Long steps) {
    Long n = steps != null ? steps : loaded.settings().totalSteps();
    return Lint.warnings(name, loaded, at, n).stream().map(loaded.relocate()).toList();
  }

  /**
   * When the mapping at {@code at} has neither {@code schedule} nor {@code schedules} but a mapping
   * inside it does (an experiment config read without a pointer), that mapping's pointer; else null.
   */
  private static @Nullable String embeddedElsewhere(JsonNode target, String at) {
    if (!target.isObject() || target.has("schedule") || target.has("schedules")) return null;
    for (var entry : target.properties()) {
      String inner = at + "/" + Pointers.escape(entry.getKey());
      JsonNode value = entry.getValue();
      if (value.isObject() && (value.has("schedule") || value.has("schedules"))) return inner;
      String deeper = value.isObject() ? embeddedElsewhere(value, inner) : null;
      if (deeper != null) return deeper;
    }
    return null;
  }

  /**
   * Compiles every schedule, once; the rules across nodes that a tree breaks are problems located in
   * the file.
   */
  private static Map<String, CompiledTree> compile(String name, Bound bound, Located document, String at,
      List<Problem> problems) {
    Map<String, CompiledTree> trees = new LinkedHashMap<>();
    bound.schedules().forEach((schedule, node) -> {
      String root = document.schedule(at, schedule);
      try {
        trees.put(schedule, Compiler.tree(node, bound.settings()));
      } catch (CompileException e) {
        String where = root + e.pointer();
        String message = e.getMessage();
        Located.Position p = document.value(where);
        CompileException.MissingSetting missing = e.missingSetting();
        Rule rule = SpecRules.of(e.reason());
        if (missing != null) {
          // the setting belongs at the top of the file, beside schedule, not in the node
          p = document.value(where + "/type");
          rule = Rule.MISSING_SETTING;
          message = missing.nodeType() + " needs " + missing.setting() + " (" + missing.meaning() + ") "
              + (at.isEmpty() ? "at the top of the file" : "in " + at) + ", beside "
              + (root.equals(at + "/schedule") ? "schedule" : "schedules") + ", got no " + missing.setting();
        }
        problems.add(new Problem(name, p.line(), p.column(), where, rule, message));
      }
    });
    if (problems.isEmpty()) {
      try {
        Compiler.momentum(bound.schedules(), trees.get("lr"));
      } catch (SpecException e) {
        String where = at + "/schedules/momentum";
        Located.Position p = document.key(where);
        problems.add(new Problem(name, p.line(), p.column(), where, Rule.DUPLICATE_MOMENTUM, e.getMessage()));
      }
    }
    Long n = bound.settings().totalSteps();
    if (problems.isEmpty() && n != null) {
      trees.forEach((schedule, tree) -> {
        String problem = FiniteValues.problem(schedule, bound.schedules().get(schedule), tree.curve(), bound.settings(), n);
        if (problem == null) return;
        String root = document.schedule(at, schedule);
        Located.Position p = document.key(root);
        problems.add(new Problem(name, p.line(), p.column(), root, Rule.NON_FINITE_VALUE, problem));
      });
    }
    return trees;
  }
}
