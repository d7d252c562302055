package dev.anneal.internal.load;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.compile.Nodes;
import dev.anneal.spec.Node;
import dev.anneal.spec.SpecException;
import dev.anneal.spec.Steps;
import java.util.List;

/** The {@code steps: rest} part of a sequence: at most one, and one that the file's settings resolve. */
final class RestPart {
  private RestPart() {}

  /** Reports, at the second one, parts that say {@code rest} more than once; else a rest that does not resolve. */
  static void check(Fields f, Binder binder, String key, List<Node> parts) {
    int found = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (Nodes.steps(parts.get(i)) != Steps.rest()) continue;
      if (found >= 0) {
        f.invalidate();
        String at = f.pointer(key) + "/" + i + "/steps";
        binder.report().atValue(at, Rule.REST_MORE_THAN_ONCE, "sequence: parts[" + i + "].steps must be rest at"
            + " most once in a sequence, got rest again after parts[" + found + "]");
        return;
      }
      found = i;
    }
    if (found < 0) return;
    SpecException problem = binder.restProblem(parts, found);
    if (problem != null) {
      f.invalidate();
      String at = problem.key().startsWith(key + "[") ? f.pointer() + "/" + problem.pointer()
          : f.pointer(key) + "/" + found + "/steps";
      binder.report().atValue(at, SpecRules.of(problem.reason()), problem.getMessage());
    }
  }
}
