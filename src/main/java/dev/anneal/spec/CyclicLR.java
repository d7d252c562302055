package dev.anneal.spec;

import dev.anneal.internal.Check;
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
 */
public record CyclicLR(double baseLr, double maxLr, double stepSizeUp, @Nullable Double stepSizeDown,
    String mode, double gamma, String scaleMode, boolean cycleMomentum, double baseMomentum,
    double maxMomentum) implements TorchNode {

  private static final Set<String> MODES = Set.of("triangular", "triangular2", "exp_range");

  public CyclicLR {
    Check.finite("torch.CyclicLR", "base_lr", baseLr);
    Check.finite("torch.CyclicLR", "max_lr", maxLr);
    Check.positive("torch.CyclicLR", "step_size_up", stepSizeUp);
    if (stepSizeDown != null) Check.positive("torch.CyclicLR", "step_size_down", stepSizeDown);
    if (!MODES.contains(mode)) {
      throw Check.fail("torch.CyclicLR", "mode", "one of triangular, triangular2, exp_range", mode);
    }
    Check.finite("torch.CyclicLR", "gamma", gamma);
    if (!scaleMode.equals("cycle") && !scaleMode.equals("iterations")) {
      throw Check.fail("torch.CyclicLR", "scale_mode", "one of cycle, iterations", scaleMode);
    }
    Check.finite("torch.CyclicLR", "base_momentum", baseMomentum);
    Check.finite("torch.CyclicLR", "max_momentum", maxMomentum);
  }

  /** PyTorch's defaults around the two required learning rates. */
  public static CyclicLR of(double baseLr, double maxLr) {
    return new CyclicLR(baseLr, maxLr, 2000, null, "triangular", 1.0, "cycle", true, 0.8, 0.9);
  }

  @Override
  public String type() {
    return "torch.CyclicLR";
  }
}
