package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code piecewise_constant}: {@code values[i]} where {@code i} is the number of
 * {@code boundaries} (n strictly increasing steps, for n + 1 values) {@code <= t}. After the last
 * boundary it stays at the last value.
 *
 * @param values the values, finite, one more than the boundaries
 * @param boundaries the steps where the value changes, strictly increasing, possibly none
 * @param steps its length inside a {@link Sequence}, or null
 */
public record PiecewiseConstant(List<Double> values, List<Long> boundaries, @Nullable Steps steps)
    implements Node {
  /**
   * Checks the arguments.
   *
   * @param values the value for the {@code values} record component
   * @param boundaries the value for the {@code boundaries} record component
   * @param steps the value for the {@code steps} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code piecewise_constant: <key> must be <constraint>, got <value>}
   */
  public PiecewiseConstant {
    values = Check.nonEmpty("piecewise_constant", "values", values);
    for (int i = 0; i < values.size(); i++) {
      Check.finite("piecewise_constant", "values[" + i + "]", values.get(i));
    }
    boundaries = Check.increasing("piecewise_constant", "boundaries", boundaries, true);
    if (values.size() != boundaries.size() + 1) {
      throw Check.fail(Reason.INVALID_VALUE, "piecewise_constant", "values", "one more than the "
          + boundaries.size() + " boundaries", values.size() + " values");
    }
  }

  @Override
  public <R extends @Nullable Object> R accept(NodeVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "piecewise_constant";
  }
}
