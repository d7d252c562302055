package dev.anneal.spec;

import dev.anneal.spec.SpecException.Reason;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * {@code torch.CyclicLR(base_lr, max_lr, step_size_up=2000, step_size_down=None,
 * mode='triangular', gamma=1.0, scale_mode='cycle', cycle_momentum=True, base_momentum=0.8,
 * max_momentum=0.9)}: triangles between {@code base_lr} and {@code max_lr}, with
 * {@code cycle = floor(1 + k / (up + down))}, {@code x = 1 + k / (up + down) - cycle} and
 * {@code base_lr + (max_lr - base_lr) * scale(x) * f}, where {@code f} is 1 ({@code triangular}),
 * {@code 1 / 2^(cycle - 1)} ({@code triangular2}) or {@code gamma^k} ({@code exp_range}). With
 * {@code cycle_momentum} it also schedules {@code momentum}, moving opposite to the learning rate.
 * As in PyTorch, {@code scale_mode} only matters with a Python {@code scale_fn}, so it has no
 * effect here. It goes round forever.
 *
 * @param baseLr PyTorch's {@code base_lr} argument: the low end of the cycle (the file's
 *     {@code base_lr} is not used), finite
 * @param maxLr PyTorch's {@code max_lr}: the high end of the cycle, before any scaling, finite
 * @param stepSizeUp PyTorch's {@code step_size_up}: the steps from low to high, {@code > 0}
 * @param stepSizeDown PyTorch's {@code step_size_down}: the steps from high to low, {@code > 0}, or
 *     null for {@code step_size_up}
 * @param mode {@code triangular}, {@code triangular2} or {@code exp_range}
 * @param gamma the factor per step of {@code exp_range}, finite
 * @param scaleMode {@code cycle} or {@code iterations}; no effect without a Python {@code scale_fn}
 * @param cycleMomentum whether it also schedules {@code momentum}, from {@code max_momentum} at the
 *     low end to {@code base_momentum} at the high end
 * @param baseMomentum the momentum at the high end of the learning rate, finite
 * @param maxMomentum the momentum at the low end of the learning rate, finite
 */
public record CyclicLR(double baseLr, double maxLr, double stepSizeUp, @Nullable Double stepSizeDown,
    String mode, double gamma, String scaleMode, boolean cycleMomentum, double baseMomentum,
    double maxMomentum) implements TorchNode {

  private static final Set<String> MODES = Set.of("triangular", "triangular2", "exp_range");

  /**
   * Checks the arguments.
   *
   * @param baseLr the value for the {@code baseLr} record component
   * @param maxLr the value for the {@code maxLr} record component
   * @param stepSizeUp the value for the {@code stepSizeUp} record component
   * @param stepSizeDown the value for the {@code stepSizeDown} record component
   * @param mode the value for the {@code mode} record component
   * @param gamma the value for the {@code gamma} record component
   * @param scaleMode the value for the {@code scaleMode} record component
   * @param cycleMomentum the value for the {@code cycleMomentum} record component
   * @param baseMomentum the value for the {@code baseMomentum} record component
   * @param maxMomentum the value for the {@code maxMomentum} record component
   * @throws SpecException when one breaks its rule; the message names it, as in
   *     {@code torch.CyclicLR: <key> must be <constraint>, got <value>}
   */
  public CyclicLR {
    Check.finite("torch.CyclicLR", "base_lr", baseLr);
    Check.finite("torch.CyclicLR", "max_lr", maxLr);
    Check.positive("torch.CyclicLR", "step_size_up", stepSizeUp);
    if (stepSizeDown != null) Check.positive("torch.CyclicLR", "step_size_down", stepSizeDown);
    double total = stepSizeUp + (stepSizeDown == null ? stepSizeUp : stepSizeDown);
    if (!Double.isFinite(total) || !(stepSizeUp / total > 0)) {
      // PyTorch divides the step by the cycle's length, and the position in it by step_size_up / length
      throw Check.fail(Reason.OUT_OF_RANGE, "torch.CyclicLR", stepSizeDown == null ? "step_size_up" : "step_size_down",
          "such that step_size_up + step_size_down is finite and step_size_up / (step_size_up + step_size_down) is > 0"
              + " (PyTorch divides by both)", stepSizeDown == null ? stepSizeUp : stepSizeDown);
    }
    if (!MODES.contains(mode)) {
      throw Check.fail(Reason.NOT_ONE_OF, "torch.CyclicLR", "mode", "one of triangular, triangular2, exp_range", mode);
    }
    Check.finite("torch.CyclicLR", "gamma", gamma);
    if (!scaleMode.equals("cycle") && !scaleMode.equals("iterations")) {
      throw Check.fail(Reason.NOT_ONE_OF, "torch.CyclicLR", "scale_mode", "one of cycle, iterations", scaleMode);
    }
    Check.finite("torch.CyclicLR", "base_momentum", baseMomentum);
    Check.finite("torch.CyclicLR", "max_momentum", maxMomentum);
  }

  /**
   * {@return a {@code CyclicLR} with PyTorch's defaults around the two required learning rates}
   *
   * @param baseLr the low end of the cycle, finite
   * @param maxLr the high end of the cycle, finite
   */
  public static CyclicLR of(double baseLr, double maxLr) {
    return new CyclicLR(baseLr, maxLr, 2000, null, "triangular", 1.0, "cycle", true, 0.8, 0.9);
  }

  @Override
  public <R extends @Nullable Object> R accept(TorchVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  public String type() {
    return "torch.CyclicLR";
  }
}
