package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Compiler;
import dev.anneal.spec.Context;
import dev.anneal.spec.Node;
import dev.anneal.spec.Sequence;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Binds a parsed document to the spec tree. Node types come from a closed table; no class name is
 * ever read from the input. Every problem is collected with its place in the file.
 */
public final class Binder {
  private static final Map<String, String> REFUSED = Map.of(
      "torch.LambdaLR", "it runs a Python function (lr_lambda); write the same curve with native nodes"
          + " (warmup, cosine, polynomial, scale, multiply...)",
      "torch.MultiplicativeLR", "it runs a Python function (lr_lambda); write the same curve with native"
          + " nodes (exponential, step, multistep...)",
      "torch.ReduceLROnPlateau", "it follows a validation metric, so its value is not a function of the"
          + " step; use a fixed decay such as multistep or torch.MultiStepLR");
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private final Located document;
  private final Report report;
  /** The file's settings that durations resolve against; null when they are themselves broken. */
  private @Nullable Context durations;

  private Binder(String file, Located document, List<Problem> problems) {
    this.document = document;
    this.report = new Report(file, document, problems);
  }

  /** Where this binder's problems go. */
  Report report() {
    return report;
  }

  /** Why a known but unsupported type (torch.LambdaLR...) is refused, or null. */
  public static @Nullable String refused(String type) {
    return REFUSED.get(type);
  }

  /** Binds the mapping at {@code pointer} ("" for the root) as a schedule file; null on problems. */
  public static Loader.@Nullable Bound bind(String file, Located document, String pointer, List<Problem> problems) {
    Binder binder = new Binder(file, document, problems);
    JsonNode at = pointer.isEmpty() ? document.root() : document.root().at(pointer);
    if (at.isMissingNode()) {
      problems.add(new Problem(file, 1, 1, pointer, Rule.NOTHING_AT_POINTER, "nothing at this pointer in the file"));
      return null;
    }
    return binder.file(at, pointer);
  }

  private Loader.@Nullable Bound file(JsonNode root, String pointer) {
    if (!root.isObject()) {
      report.atValue(pointer, Rule.ROOT_NOT_A_MAPPING,
          "a schedule file must be a mapping with schedule or schedules, got " + Report.show(root));
      return null;
    }
    Fields f = new Fields(this, root, pointer, "a schedule file");
    Long totalSteps = f.optionalInteger("total_steps");
    Long stepsPerEpoch = f.optionalInteger("steps_per_epoch");
    Double baseLr = f.optionalNumber("base_lr");
    boolean settingsOk = f.ok() && (totalSteps == null || totalSteps >= 1)
        && (stepsPerEpoch == null || stepsPerEpoch >= 1);
    durations = settingsOk ? new Context(totalSteps, stepsPerEpoch, null) : null;
    Map<String, Node> schedules = new LinkedHashMap<>();
    boolean single = f.has("schedule");
    boolean several = f.has("schedules");
    if (single && several) {
      f.fail("schedules", Rule.SCHEDULE_AND_SCHEDULES, "schedule and schedules must not both be given, got both");
    } else if (!single && !several) {
      report.atValue(pointer, Rule.MISSING_SCHEDULE, "a schedule file must have schedule or schedules, got neither");
      f.invalidate();
    } else if (single) {
      Node lr = f.node("schedule");
      if (lr != null) schedules.put("lr", lr);
    } else {
      schedules(root.get("schedules"), f.pointer("schedules"), schedules, f);
    }
    f.rejectUnknown();
    checkPositive(f, "total_steps", totalSteps);
    checkPositive(f, "steps_per_epoch", stepsPerEpoch);
    if (!f.ok()) return null;
    try {
      return new Loader.Bound(new Context(totalSteps, stepsPerEpoch, baseLr), schedules);
    } catch (SpecException e) {
      f.fail("base_lr", SpecRules.of(e.reason()), e.getMessage());
      return null;
    }
  }

  private void checkPositive(Fields f, String key, @Nullable Long value) {
    if (value != null && value < 1 && !report.isBroken(f.pointer(key))) {
      f.fail(key, Rule.OUT_OF_RANGE, key + " must be >= 1, got " + value);
    }
  }

  private void schedules(JsonNode map, String pointer, Map<String, Node> out, Fields f) {
    if (!map.isObject()) {
      f.fail("schedules", Rule.TYPE_MISMATCH, "schedules must be a mapping of names to nodes, got " + Report.show(map));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : map.properties()) {
      String name = entry.getKey();
      String at = pointer + "/" + Pointers.escape(name);
      if (!NAME.matcher(name).matches()) {
        f.invalidate();
        report.atKey(at, Rule.INVALID_SCHEDULE_NAME, "schedule names must match [a-z][a-z0-9_]*, got " + name, null);
        continue;
      }
      Node node = node(entry.getValue(), at);
      if (node == null) {
        f.invalidate();
      } else {
        out.put(name, node);
      }
    }
  }

  /** Binds one node; null when it has problems (already reported). */
  @Nullable Node node(JsonNode value, String pointer) {
    if (!value.isObject()) {
      if (!report.isBroken(pointer)) {
        report.atValue(pointer, Rule.NODE_NOT_A_MAPPING, "a node must be a mapping with a type, got " + Report.show(value));
      }
      return null;
    }
    JsonNode type = value.get("type");
    if (type == null || !type.isString()) {
      report.atValue(pointer, type == null ? Rule.MISSING_TYPE : Rule.TYPE_MISMATCH,
          "a node must have a type (one of " + String.join(", ", NodeTypes.names())
          + "), got " + (type == null ? "no type" : Report.show(type)));
      return null;
    }
    String name = type.stringValue();
    String refused = REFUSED.get(name);
    if (refused != null) {
      report.atValue(pointer + "/type", Rule.UNSUPPORTED_TYPE, name + " is not supported: " + refused);
      return null;
    }
    NodeType row = NodeTypes.named(name);
    if (row == null) {
      String hint = Suggest.closest(name, NodeTypes.names());
      report.atValue(pointer + "/type", Rule.UNKNOWN_TYPE, "type must be a known node type, got " + Report.name(name)
          + (hint == null ? "" : "; did you mean " + hint + "?"), hint);
      return null;
    }
    Fields f = new Fields(this, value, pointer, name);
    f.allow("type");
    if (row.pytorchArguments()) {
      // PyTorch's own constructor arguments, as copied from Python: a new run, printing nothing
      if (f.has("last_epoch") && f.integer("last_epoch") != -1 && f.ok()) {
        f.fail("last_epoch", Rule.FIXED_VALUE, name + ": last_epoch must be -1 (a new run; to resume,"
            + " ask for the value at step k), got " + value.get("last_epoch"));
      }
      f.bool("verbose", false);
    }
    Map<String, @Nullable Object> values = new HashMap<>();
    for (NodeType.Key key : row.keys()) values.put(key.name(), f.read(key));
    if (row.record() == Sequence.class) f.restAtMostOnce("parts", (List<?>) values.get("parts"));
    f.rejectUnknown();
    if (!f.ok()) return null;
    try {
      return row.build(values);
    } catch (SpecException e) {
      f.fail(e);
      return null;
    }
  }

  /** Why {@code steps} cannot be resolved with the file's settings, or null when it can (or cannot be told). */
  @Nullable SpecException unresolvable(Steps steps) {
    if (durations == null) return null;
    try {
      steps.resolve(durations);
      return null;
    } catch (SpecException e) {
      return e;
    }
  }

  /**
   * Why the {@code rest} part {@code restIndex} of a sequence cannot be resolved with the file's
   * settings (no total_steps, or nothing left), or null when it can or when that cannot be told yet.
   */
  @Nullable SpecException restProblem(List<Node> parts, int restIndex) {
    if (durations == null) return null;
    try {
      Compiler.rest(durations, parts, restIndex);
      return null;
    } catch (SpecException e) {
      return e;
    } catch (IllegalArgumentException e) {
      return null; // another part is broken: compiling the whole file reports it
    }
  }
}
