package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.spec.SpecException.Reason;

/** The rule a file's problem names for each kind of rule that a spec value or a tree breaks. */
final class SpecRules {
  private SpecRules() {}

  static Rule of(Reason reason) {
    return switch (reason) {
      case OUT_OF_RANGE -> Rule.OUT_OF_RANGE;
      case NOT_INCREASING -> Rule.NOT_INCREASING;
      case EMPTY_LIST -> Rule.EMPTY_LIST;
      case NOT_ONE_OF -> Rule.NOT_ONE_OF;
      case MISSING_KEY -> Rule.MISSING_KEY;
      case INVALID_DURATION -> Rule.INVALID_DURATION;
      case MISSING_SETTING -> Rule.MISSING_SETTING;
      case REST_TOO_SMALL -> Rule.REST_TOO_SMALL;
      case REST_MORE_THAN_ONCE -> Rule.REST_MORE_THAN_ONCE;
      case REST_OUTSIDE_SEQUENCE -> Rule.REST_OUTSIDE_SEQUENCE;
      case MISSING_DURATION -> Rule.MISSING_DURATION;
      case DUPLICATE_MOMENTUM -> Rule.DUPLICATE_MOMENTUM;
      case INVALID_VALUE -> Rule.INVALID_VALUE;
    };
  }
}
