package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import java.util.regex.Pattern;

/**
 * The rule a message of the spec records or the compiler states. Their exceptions carry a key and
 * a message ({@code <node>: <key> must be <constraint>, got <value>}) but no rule: the rule is read
 * from the constraint, here and nowhere else.
 */
final class SpecRules {
  private static final Pattern RANGE =
      Pattern.compile(" must be (>=|>|<=|<|between|at least|a finite number|a non-negative|a positive)");

  private SpecRules() {}

  static Rule of(String message) {
    if (message.contains("rest must be >= 1 step")) return Rule.REST_TOO_SMALL;
    if (message.contains("rest at most once")) return Rule.REST_MORE_THAN_ONCE;
    if (message.contains("rest is only allowed")) return Rule.REST_OUTSIDE_SEQUENCE;
    if (message.contains(" needs total_steps") || message.contains(" needs steps_per_epoch")) {
      return Rule.MISSING_SETTING;
    }
    if (message.startsWith("duration: ")) return Rule.INVALID_DURATION;
    if (message.contains("strictly increasing")) return Rule.NOT_INCREASING;
    if (message.contains("must be a node with a")) return Rule.MISSING_DURATION;
    if (message.contains("momentum must be given once")) return Rule.DUPLICATE_MOMENTUM;
    if (message.contains(" must be given")) return Rule.MISSING_KEY;
    if (message.contains(" must be one of ")) return Rule.NOT_ONE_OF;
    if (message.contains(" must be a non-empty list")) return Rule.EMPTY_LIST;
    if (RANGE.matcher(message).find()) return Rule.OUT_OF_RANGE;
    return Rule.INVALID_VALUE;
  }
}
