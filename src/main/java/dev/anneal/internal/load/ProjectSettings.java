package dev.anneal.internal.load;

import dev.anneal.diagnostic.Problem;
import dev.anneal.diagnostic.Rule;
import dev.anneal.diagnostic.ScheduleFileException;
import java.nio.file.FileSystems;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A project file ({@code .anneal.yaml}), read and checked like a schedule file: every problem is
 * located at its key or value, with did-you-mean for keys.
 *
 * <pre>
 * files:                          # which JSON Pointer holds the schedule, by file
 *   - {glob: "configs/exp-*.yaml", at: /train/optim}
 * exclude: ["legacy/**"]          # files a directory walk leaves out
 * </pre>
 */
public final class ProjectSettings {
  /** Files matching {@code glob} (relative to the project file's folder) hold their schedule at {@code at}. */
  public record FileRule(String glob, String at) {}

  /** The rules in file order, and the excluded globs. */
  public record Settings(List<FileRule> files, List<String> exclude) {}

  private static final List<String> TOP = List.of("files", "exclude");
  private static final List<String> RULE_KEYS = List.of("glob", "at");
  private static final Pattern POINTER = Pattern.compile("(/([^~/]|~[01])*)*");

  private ProjectSettings() {}

  /**
   * {@return the settings in {@code text}, the project file named {@code name}}
   *
   * @throws ScheduleFileException with every problem, located in the text
   */
  public static Settings parse(String name, String text) {
    List<Problem> problems = new ArrayList<>();
    Located document = Reader.read(name, text, problems);
    if (document == null) throw new ScheduleFileException(problems);
    Report report = new Report(name, document, problems);
    JsonNode root = document.root();
    List<FileRule> files = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    if (!root.isObject()) {
      report.atValue("", Rule.ROOT_NOT_A_MAPPING, "a project file must be a mapping with files or exclude, got "
          + Report.show(root));
    } else {
      for (String key : root.propertyNames()) {
        if (!TOP.contains(key)) unknownKey(report, "", key, TOP, "a project file");
      }
      JsonNode list = root.path("files");
      if (!list.isMissingNode() && isList(report, "/files", list, "a list of {glob, at} mappings")) {
        for (int i = 0; i < list.size(); i++) fileRule(report, "/files/" + i, list.get(i), files);
      }
      list = root.path("exclude");
      if (!list.isMissingNode() && isList(report, "/exclude", list, "a list of glob patterns")) {
        for (int i = 0; i < list.size(); i++) glob(report, "/exclude/" + i, list.get(i)).ifPresent(exclude::add);
      }
    }
    if (!problems.isEmpty()) throw new ScheduleFileException(Reader.sorted(problems));
    return new Settings(List.copyOf(files), List.copyOf(exclude));
  }

  private static void fileRule(Report report, String pointer, JsonNode item, List<FileRule> into) {
    if (!item.isObject()) {
      report.atValue(pointer, Rule.TYPE_MISMATCH, "a files entry must be a mapping {glob, at}, got " + Report.show(item));
      return;
    }
    for (String key : item.propertyNames()) {
      if (!RULE_KEYS.contains(key)) unknownKey(report, pointer, key, RULE_KEYS, "a files entry");
    }
    var glob = required(report, pointer, item, "glob").flatMap(g -> glob(report, pointer + "/glob", g));
    var at = required(report, pointer, item, "at").flatMap(a -> pointer(report, pointer + "/at", a));
    if (glob.isPresent() && at.isPresent()) into.add(new FileRule(glob.get(), at.get()));
  }

  private static Optional<JsonNode> required(Report report, String pointer, JsonNode item, String key) {
    JsonNode value = item.get(key);
    if (value == null) {
      report.atValue(pointer, Rule.MISSING_KEY, "a files entry needs " + key + ", got no " + key);
    }
    return Optional.ofNullable(value);
  }

  private static Optional<String> glob(Report report, String pointer, JsonNode value) {
    if (!value.isString() || value.stringValue().isEmpty()) {
      report.atValue(pointer, Rule.TYPE_MISMATCH, "a glob must be a non-empty string such as \"configs/*.yaml\", got "
          + Report.show(value));
      return Optional.empty();
    }
    try {
      FileSystems.getDefault().getPathMatcher("glob:" + value.stringValue());
      return Optional.of(value.stringValue());
    } catch (IllegalArgumentException e) {
      report.atValue(pointer, Rule.PATTERN_MISMATCH, "a glob must be a valid pattern (* ? ** [abc] {a,b}), got "
          + Report.show(value));
      return Optional.empty();
    }
  }

  private static Optional<String> pointer(Report report, String pointer, JsonNode value) {
    if (value.isString() && POINTER.matcher(value.stringValue()).matches()) return Optional.of(value.stringValue());
    report.atValue(pointer, Rule.INVALID_POINTER, "at must be a JSON Pointer, empty or starting with / (such as"
        + " /train/optim), where ~ is followed by 0 or 1, got " + Report.show(value));
    return Optional.empty();
  }

  private static boolean isList(Report report, String pointer, JsonNode value, String what) {
    if (value.isArray()) return true;
    report.atValue(pointer, Rule.TYPE_MISMATCH, pointer.substring(1) + " must be " + what + ", got " + Report.show(value));
    return false;
  }

  private static void unknownKey(Report report, String at, String key, Collection<String> known, String where) {
    String meant = Suggest.closest(key, known);
    report.atKey(at + "/" + Pointers.escape(key), Rule.UNKNOWN_KEY, "unknown key " + Report.name(key) + " in " + where
        + (meant == null ? "" : "; did you mean " + meant + "?") + " (expected one of " + String.join(", ", known) + ")",
        meant);
  }
}
