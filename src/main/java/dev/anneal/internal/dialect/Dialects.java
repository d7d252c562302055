package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import dev.anneal.internal.load.Located;
import dev.anneal.internal.load.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Reads a dialect's file and translates it into a native schedule file, located in the user's file. */
public final class Dialects {
  private Dialects() {}

  /**
   * A dialect's file translated.
   *
   * @param document the native schedule file, every pointer at the position of the user's key it comes from
   * @param relocate moves a problem found in {@code document} to the user's pointer
   * @param warnings the dialect's own warnings about the user's file (a misspelt key), in file order
   */
  public record Translated(Located document, UnaryOperator<Problem> relocate, List<Problem> warnings) {}

  /**
   * {@return the schedule that the file's dialect keys at {@code at} describe, as a native file}
   *
   * @param dialect {@code hf}
   * @throws ScheduleFileException with every problem, located in the user's file
   */
  public static Translated translate(String dialect, String name, String text, String at, RunFlags flags) {
    List<Problem> problems = new ArrayList<>();
    Located user = Reader.read(name, text, problems);
    if (user == null || !problems.isEmpty()) throw new ScheduleFileException(Reader.sorted(problems));
    JsonNode target = at.isEmpty() ? user.root() : user.root().at(at);
    if (target.isMissingNode()) {
      throw new ScheduleFileException(List.of(new Problem(name, 1, 1, at, Rule.NOTHING_AT_POINTER,
          "nothing at this pointer in the file")));
    }
    if (!target.isObject()) {
      Located.Position p = user.value(at);
      throw new ScheduleFileException(List.of(new Problem(name, p.line(), p.column(), at, Rule.ROOT_NOT_A_MAPPING,
          dialect + ": the settings must be a mapping, got " + Keys.shown(target))));
    }
    Keys keys = new Keys(name, user, at, dialect, problems);
    NativeTree tree = new NativeTree(user, at);
    ObjectNode schedule = switch (dialect) {
      case "hf" -> hf(keys, flags, tree);
      case "lightning" -> Lightning.translate(keys, flags, tree);
      case "timm" -> Timm.translate(keys, flags, tree);
      default -> throw new IllegalArgumentException("dialect: must be hf, lightning or timm, got " + dialect);
    };
    if (schedule == null || problems.stream().anyMatch(p -> !p.isWarning())) {
      throw new ScheduleFileException(Reader.sorted(problems));
    }
    tree.root.set("schedule", schedule);
    Located document = tree.located();
    return new Translated(document, tree::relocate, Reader.sorted(problems));
  }

  /**
   * {@return the dialects whose keys the mapping at {@code at} of the text holds, when it is no native
   * schedule file (no {@code schedule} or {@code schedules}); empty for a native file or text that does
   * not parse (whose problems the native load reports)}
   */
  public static List<String> detect(String name, String text, String at) {
    Located user = Reader.read(name, text, new ArrayList<>());
    if (user == null) return List.of();
    JsonNode target = at.isEmpty() ? user.root() : user.root().at(at);
    if (!target.isObject() || target.has("schedule") || target.has("schedules")) return List.of();
    List<String> found = new ArrayList<>();
    JsonNode scheduler = target.get("lr_scheduler");
    if (target.has("lr_scheduler_type") || target.has("lr_scheduler_kwargs") || target.has("warmup_ratio")
        || scheduler != null && scheduler.isString() || target.has("cosine_min_lr_ratio")) {
      found.add("hf");
    }
    if (scheduler != null && scheduler.isObject() && scheduler.has("class_path")) found.add("lightning");
    if (target.has("sched") && (target.has("warmup_epochs") || target.has("decay_epochs") || target.has("lr_cycle_limit")
        || target.has("sched_on_updates") || target.has("epochs"))) {
      found.add("timm");
    }
    return found;
  }

  private static @org.jspecify.annotations.Nullable ObjectNode hf(Keys keys, RunFlags flags, NativeTree tree) {
    HfTypos.warn(keys);
    HfArgs args = HfArgs.read(keys, flags);
    if (args == null) return null;
    ObjectNode schedule = HfSchedules.build(keys, args, tree);
    if (schedule != null && args.axolotl() && HfJagged.isSet(keys)) schedule = HfJagged.wrap(keys, args, tree, schedule);
    if (keys.has("learning_rate")) tree.locate(Rule.LR_ABOVE_ONE, keys.pointer("learning_rate"));
    if (schedule != null && args.steps() != null) {
      tree.root.put("total_steps", args.steps());
      if (keys.has("max_steps") && flags.totalSteps() == null) tree.tag(tree.root, "total_steps", keys.pointer("max_steps"));
    }
    return schedule;
  }
}
