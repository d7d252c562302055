package dev.anneal.diagnostic;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Every rule a schedule file can break, each with a stable id: the constant's name in kebab case
 * ({@link #UNKNOWN_KEY} is {@code unknown-key}), as printed after a problem ({@code [unknown-key]}),
 * in {@code anneal validate --format json} and listed in docs/format-notes.md. Ids are never
 * reused for another meaning; a rule may be added in any release.
 */
public enum Rule {
  // --- the text itself: it cannot be read or parsed (no place in the document) -------------------
  /** The file cannot be read: no such file, a directory, no permission, or not UTF-8. */
  FILE_UNREADABLE(Scope.TEXT, "the file cannot be read: no such file, a directory, no permission, or not UTF-8"),
  /** More than 1 MiB. */
  FILE_TOO_LARGE(Scope.TEXT, "the file is larger than 1 MiB"),
  /** A NUL character: not text. */
  BINARY_FILE(Scope.TEXT, "the file holds a NUL character: it is binary, not YAML or JSON text"),
  /** Nothing but whitespace and comments. */
  EMPTY_FILE(Scope.TEXT, "the file holds no value at all"),
  /** Not YAML. */
  YAML_SYNTAX(Scope.TEXT, "the text is not valid YAML (the message says what the parser expected, and a likely cause)"),
  /** Not JSON. */
  JSON_SYNTAX(Scope.TEXT, "the text of a .json file is not valid JSON"),
  /** A tab in YAML indentation. */
  TAB_INDENTATION(Scope.TEXT, "a tab in the indentation of a YAML file, which indents with spaces only"),
  /** A billion-laughs file. */
  ALIASES_EXPAND_TOO_FAR(Scope.TEXT, "YAML aliases expand to more than 9,999 replayed values"),
  /** A second YAML document, or text after a JSON value. */
  MORE_THAN_ONE_DOCUMENT(Scope.TEXT, "a second YAML document (after ---), or more text after a JSON value"),
  /** More than 100,000 values. */
  TOO_MANY_VALUES(Scope.TEXT, "the document holds more than 100,000 values, aliases expanded"),
  /** Nested more than 64 deep. */
  NESTED_TOO_DEEP(Scope.TEXT, "mappings and lists nest deeper than 64 levels"),

  // --- values as read ---------------------------------------------------------------------------
  /** A key given twice in one mapping. */
  DUPLICATE_KEY(Scope.DOCUMENT, "a key given twice in one mapping"),
  /** An integer beyond a long. */
  INTEGER_TOO_LARGE(Scope.DOCUMENT, "an integer that does not fit in a long"),
  /** {@code .inf}, {@code .nan}. */
  NUMBER_NOT_FINITE(Scope.DOCUMENT, "a number that is not finite (.inf, .nan, NaN, Infinity)"),

  // --- where the schedule file is --------------------------------------------------------------
  /** {@code at} is not a JSON Pointer. */
  INVALID_POINTER(Scope.DOCUMENT, "the pointer to the schedule file is neither empty nor starts with /"),
  /** Nothing at {@code at}. */
  NOTHING_AT_POINTER(Scope.DOCUMENT, "nothing in the file at the pointer to the schedule file"),

  // --- the shape of the file --------------------------------------------------------------------
  /** The schedule file is not a mapping. */
  ROOT_NOT_A_MAPPING(Scope.DOCUMENT, "the schedule file is not a mapping"),
  /** Neither schedule nor schedules. */
  MISSING_SCHEDULE(Scope.DOCUMENT, "a schedule file without schedule or schedules (the message says where one sits, if one does)"),
  /** Both schedule and schedules. */
  SCHEDULE_AND_SCHEDULES(Scope.DOCUMENT, "a schedule file with both schedule and schedules"),
  /** No names under schedules. */
  EMPTY_SCHEDULES(Scope.DOCUMENT, "schedules names no schedule"),
  /** A schedule name that is not an identifier. */
  INVALID_SCHEDULE_NAME(Scope.DOCUMENT, "a schedule name that does not match [a-z][a-z0-9_]*"),
  /** schedules without lr. */
  MISSING_LR(Scope.DOCUMENT, "schedules has no lr (every output starts with lr)"),
  /** Two momentum schedules. */
  DUPLICATE_MOMENTUM(Scope.DOCUMENT, "a momentum schedule beside an lr that schedules momentum itself"),

  // --- nodes and their keys ---------------------------------------------------------------------
  /** A node that is not a mapping. */
  NODE_NOT_A_MAPPING(Scope.DOCUMENT, "a node that is not a mapping with a type"),
  /** A node without a type. */
  MISSING_TYPE(Scope.DOCUMENT, "a node without a type"),
  /** A type no node has. */
  UNKNOWN_TYPE(Scope.DOCUMENT, "a type that names no node (did you mean: the closest one)"),
  /** A known type that anneal refuses. */
  UNSUPPORTED_TYPE(Scope.DOCUMENT, "torch.LambdaLR, torch.MultiplicativeLR or torch.ReduceLROnPlateau, which are no function of the step, or a scheduler of another tool's config that anneal refuses (reduce_lr_on_plateau...), with the reason and what to use"),
  /** A native node where only torch nodes go. */
  NOT_A_TORCH_NODE(Scope.DOCUMENT, "a native node where only torch.* schedulers may go"),
  /** A key that its mapping does not have. */
  UNKNOWN_KEY(Scope.DOCUMENT, "a key that its mapping does not have (did you mean: the closest key)"),
  /** A key that its node needs. */
  MISSING_KEY(Scope.DOCUMENT, "a key that its node needs is not given"),
  /** A value of the wrong type. */
  TYPE_MISMATCH(Scope.DOCUMENT, "a value of the wrong type (a string for a number, a list for a mapping...)"),
  /** Not a duration. */
  INVALID_DURATION(Scope.DOCUMENT, "a duration that is not a positive integer, \"N%\", \"Nep\" or rest, or that comes out below 1 step or not whole"),
  /** A value not in its list. */
  NOT_ONE_OF(Scope.DOCUMENT, "a value that is not one of those its key allows (mode, anneal_strategy...)"),
  /** A value that may only be one value. */
  FIXED_VALUE(Scope.DOCUMENT, "a key that has one allowed value (last_epoch: -1) set to another"),
  /** A string not matching its pattern. */
  PATTERN_MISMATCH(Scope.DOCUMENT, "a string that does not match the pattern its key requires"),
  /** A number out of its range. */
  OUT_OF_RANGE(Scope.DOCUMENT, "a number outside the range its key allows"),
  /** An empty list. */
  EMPTY_LIST(Scope.DOCUMENT, "an empty list where at least one item is needed"),
  /** Milestones or boundaries out of order. */
  NOT_INCREASING(Scope.DOCUMENT, "milestones or boundaries that are not strictly increasing"),
  /** {@code rest} outside a sequence. */
  REST_OUTSIDE_SEQUENCE(Scope.DOCUMENT, "steps: rest on a node that is not a part of a sequence"),
  /** {@code rest} twice. */
  REST_MORE_THAN_ONCE(Scope.DOCUMENT, "two parts of one sequence say steps: rest"),
  /** {@code rest} below 1 step. */
  REST_TOO_SMALL(Scope.DOCUMENT, "the rest part of a sequence comes out below 1 step"),
  /** A node needs a setting of the file. */
  MISSING_SETTING(Scope.DOCUMENT, "a node or duration needs a setting of the file (total_steps, steps_per_epoch, base_lr) that it does not give, or another tool's config needs --total-steps or --steps-per-epoch"),
  /** A node without a duration where one is needed. */
  MISSING_DURATION(Scope.DOCUMENT, "a node without a duration where one is needed (a part before the last, the of of restarts)"),
  /** A schedule whose value overflows a double within the run. */
  NON_FINITE_VALUE(Scope.DOCUMENT, "a schedule whose value is not a finite number at some step of the run (it overflows)"),
  /** Any other rule of a node. */
  INVALID_VALUE(Scope.DOCUMENT, "a value that breaks another rule of its node (the message says which)"),
  /** A schema failure with no more specific rule. */
  SCHEMA_MISMATCH(Scope.DOCUMENT, "the JSON Schema refuses the value for another reason"),

  // --- warnings ---------------------------------------------------------------------------------
  /** torch.CosineAnnealingLR rising again after T_max. */
  COSINE_PAST_T_MAX(Scope.WARNING, "a torch.CosineAnnealingLR active past T_max, where it rises back to base_lr"),
  /** A schedule shorter than the run. */
  ENDS_BEFORE_RUN(Scope.WARNING, "a schedule whose duration ends before the run, then holds its end value"),
  /** A warmup that never ends. */
  WARMUP_LONGER_THAN_RUN(Scope.WARNING, "a warmup at least as long as the steps it is active in the run"),
  /** A learning rate above 1. */
  LR_ABOVE_ONE(Scope.WARNING, "the lr schedule goes above 1 (3e4 for 3e-4? a factor for an absolute lr?)"),
  /** A part whose explicit from is not where the previous part ends. */
  JUMP_BETWEEN_PARTS(Scope.WARNING, "a sequence part whose explicit from differs from where the part before it ends"),
  /** A periodic schedule that goes round too often. */
  TOO_MANY_CYCLES(Scope.WARNING, "a periodic node that goes round more than 20 times in the run (a period in epochs?)"),
  /** A key of another tool's config, not read, a typo away from one that is. */
  MISSPELT_KEY(Scope.WARNING, "a key of another tool's config that is not read: a typo away from one that is (did you mean: that key), or axolotl's key in a file read as TrainingArguments");

  /** Whether a rule is about the text, about a value of the document, or a warning about a value. */
  private enum Scope { TEXT, DOCUMENT, WARNING }

  private static final Map<String, Rule> BY_ID =
      Stream.of(values()).collect(Collectors.toUnmodifiableMap(Rule::id, Function.identity()));

  private final Scope scope;
  private final String id;
  private final String summary;

  Rule(Scope scope, String summary) {
    this.scope = scope;
    this.summary = summary;
    this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return the stable id, e.g. {@code unknown-key}} */
  public String id() {
    return id;
  }

  /** {@return what the rule says is wrong, in one line} */
  public String summary() {
    return summary;
  }

  /** {@return the severity of the problems that break this rule} */
  public Problem.Severity severity() {
    return scope == Scope.WARNING ? Problem.Severity.WARNING : Problem.Severity.ERROR;
  }

  /**
   * {@return whether this rule is about the file's text itself, before any value is read (it
   * cannot be read or parsed): its problems are printed without a pointer when they have none}
   */
  public boolean aboutText() {
    return scope == Scope.TEXT;
  }

  /**
   * {@return the rule with this id, or null}
   *
   * @param id a rule id such as {@code unknown-key}
   */
  public static @Nullable Rule byId(String id) {
    return BY_ID.get(id);
  }

  /** The id. */
  @Override
  public String toString() {
    return id;
  }
}
