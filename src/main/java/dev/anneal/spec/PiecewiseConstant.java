package dev.anneal.spec;

import dev.anneal.internal.Check;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code piecewise_constant}: {@code values[i]} where {@code i} is the number of
 * {@code boundaries} (n strictly increasing steps, for n + 1 values) {@code <= t}. After the last
 * boundary it stays at the last value.
 */
public record PiecewiseConstant(List<Double> values, List<Long> boundaries, @Nullable Steps steps)
    implements Node {
  public PiecewiseConstant {
    values = Check.nonEmpty("piecewise_constant", "values", values);
    for (int i = 0; i < values.size(); i++) {
      Check.finite("piecewise_constant", "values[" + i + "]", values.get(i));
    }
    boundaries = Check.increasing("piecewise_constant", "boundaries", boundaries, true);
    if (values.size() != boundaries.size() + 1) {
      throw Check.fail("piecewise_constant", "values", "one more than the "
          + boundaries.size() + " boundaries", values.size() + " values");
    }
  }

  @Override
  public String type() {
    return "piecewise_constant";
  }
}
