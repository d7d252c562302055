package dev.anneal.internal.torch;

import dev.anneal.spec.ConstantLR;
import dev.anneal.spec.CosineAnnealingLR;
import dev.anneal.spec.ExponentialLR;
import dev.anneal.spec.LinearLR;
import dev.anneal.spec.MultiStepLR;
import dev.anneal.spec.PolynomialLR;
import dev.anneal.spec.StepLR;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** The chainable schedulers: closed forms and {@code get_lr} step formulas of PyTorch 1.13. */
final class Leaves {
  /** LinearLR follows PyTorch's recursion up to this many {@code total_iters} (a memo of as many doubles). */
  static final long RECURSION = 1 << 20;
  /** CosineAnnealingLR follows PyTorch's recursion past T_max up to this T_max, over this many steps. */
  static final long UPWARD = 1 << 25;
  static final long UPWARD_STEPS = 1 << 26;

  private Leaves() {}

  static Chainable step(StepLR spec, double base) {
    long size = spec.stepSize();
    double gamma = spec.gamma();
    return new Chainable(base) {
      @Override
      double closed(long k, double base) {
        return times(base, gamma, k / size);
      }

      @Override
      Repeats repeats() {
        return new Repeats(0, size, 0, 0.0, true);
      }

      @Override
      double next(long k, double lr) {
        return k % size != 0 ? lr : lr * gamma;
      }
    };
  }

  static Chainable multiStep(MultiStepLR spec, double base) {
    long[] milestones = spec.milestones().stream().mapToLong(Long::longValue).sorted().toArray();
    double gamma = spec.gamma();
    return new Chainable(base) {
      @Override
      double closed(long k, double base) {
        return times(base, gamma, countAtOrBelow(milestones, k));
      }

      @Override
      Repeats repeats() {
        return Repeats.after(milestones.length == 0 ? 0 : milestones[milestones.length - 1]);
      }

      @Override
      double next(long k, double lr) {
        int here = countAtOrBelow(milestones, k) - countAtOrBelow(milestones, k - 1);
        return here == 0 ? lr : lr * Math.pow(gamma, here);
      }
    };
  }

  static Chainable constant(ConstantLR spec, double base) {
    double factor = spec.factor();
    long total = spec.totalIters();
    return new Chainable(base) {
      @Override
      double closed(long k, double base) {
        return base * (factor + (k >= total ? 1 - factor : 0.0));
      }

      @Override
      Repeats repeats() {
        return Repeats.after(total);
      }

      @Override
      double next(long k, double lr) {
        return k != total ? lr : lr * (1.0 / factor);
      }
    };
  }

  static Chainable linear(LinearLR spec, double base) {
    double start = spec.startFactor();
    double end = spec.endFactor();
    long total = spec.totalIters();
    return new Chainable(base) {
      /** The lr after each of the first {@code total} steps, by PyTorch's own recursion from {@code base}; a memo. */
      private volatile double @Nullable [] steps;
      /** The same recursion from 1: the factor a chain or a SequentialLR's reset lr is multiplied by; a memo. */
      private volatile double @Nullable [] factors;

      /**
       * PyTorch's recursion (not the closed form, which misses it where the lr comes near 0: an
       * {@code end_factor} of 0 gives -1.48e-12, not 0.0, at {@code total_iters} from 1e5), from
       * {@code base}: as a factor where this LinearLR is a member of a chain, or the first child of
       * a SequentialLR that starts from its reset lr. Beyond {@link #RECURSION} steps, the closed form.
       */
      @Override
      double closed(long k, double base) {
        if (total > RECURSION) return base * (start + (end - start) * Math.min(total, k) / total);
        if (base == this.base) return value(k);
        double[] unit = factors;
        if (unit == null) factors = unit = recursion(1.0);
        return base * unit[(int) Math.min(k, total)];
      }

      /** PyTorch's recursion, replayed once up to {@link #RECURSION} steps, then held. */
      @Override
      double value(long k) {
        if (total > RECURSION) return closed(k, base);
        double[] lrs = steps;
        if (lrs == null) steps = lrs = recursion(base);
        return lrs[(int) Math.min(k, total)];
      }

      private double[] recursion(double from) {
        double[] lrs = new double[(int) total + 1];
        lrs[0] = from * start;
        for (int i = 1; i <= total; i++) lrs[i] = next(i, lrs[i - 1]);
        return lrs;
      }

      @Override
      Repeats repeats() {
        return Repeats.after(total);
      }

      @Override
      double next(long k, double lr) {
        if (k > total) return lr;
        return lr * (1.0 + (end - start) / (total * start + (k - 1) * (end - start)));
      }
    };
  }

  static Chainable exponential(ExponentialLR spec, double base) {
    double gamma = spec.gamma();
    return new Chainable(base) {
      @Override
      double closed(long k, double base) {
        return times(base, gamma, k);
      }

      @Override
      Repeats repeats() {
        return Repeats.after(0);
      }

      @Override
      double next(long k, double lr) {
        return lr * gamma;
      }
    };
  }

  static Chainable polynomial(PolynomialLR spec, double base) {
    long total = spec.totalIters();
    double power = spec.power();
    return new Chainable(base) {
      @Override
      double closed(long k, double base) {
        return base * Math.pow(1.0 - (double) Math.min(total, k) / total, power);
      }

      @Override
      Repeats repeats() {
        return Repeats.after(total);
      }

      @Override
      double next(long k, double lr) {
        if (k > total) return lr;
        double factor = (1.0 - (double) k / total) / (1.0 - (double) (k - 1) / total);
        return lr * Math.pow(factor, power);
      }
    };
  }

  /**
   * CosineAnnealingLR. Its chainable step is affine, not a factor, when {@code eta_min != 0}, and at
   * {@code k = T_max + 1 (mod 2 T_max)} it adds a term in {@code base_lr}: chained with others it
   * does not multiply.
   */
  static Chainable cosine(CosineAnnealingLR spec, double base) {
    long tMax = spec.tMax();
    double etaMin = spec.etaMin();
    return new Chainable(base) {
      /** Past T_max: PyTorch's own recursion from eta_min at T_max, over {@link #UPWARD_STEPS} steps. */
      private final @Nullable Recursion upward = etaMin != 0 && tMax <= UPWARD ? new Recursion(this::next, tMax, etaMin,
          tMax + UPWARD_STEPS) : null;

      @Override
      double closed(long k, double base) {
        return etaMin + (base - etaMin) * (1 + Math.cos(Math.PI * k / tMax)) / 2;
      }

      /**
       * The closed form up to T_max, which PyTorch's recursion meets there (within 1e-11); past it,
       * that recursion, whose rounding near eta_min grows with the square of the step on the way
       * back up (1.7e-8 relative at 2 T_max for T_max 1000, eta_min 1, base_lr 0.001) and differs
       * from one period to the next. It forgets the lr at every odd multiple of T_max (the lr is
       * eta_min there), so beyond the steps replayed, a step is answered by the one a whole number of
       * periods (2 T_max) before it.
       */
      @Override
      double value(long k) {
        if (k <= tMax || upward == null) return closed(k, base);
        long limit = tMax + UPWARD_STEPS;
        long period = 2 * tMax;
        return upward.at(k <= limit ? k : k - (k - limit + period - 1) / period * period);
      }

      @Override
      boolean multiplicative() {
        return false;
      }

      @Override
      Repeats repeats() {
        return new Repeats(0, 2 * tMax, tMax, etaMin, false);
      }

      @Override
      double next(long k, double lr) {
        if (Math.floorMod(k - 1 - tMax, 2 * tMax) == 0) {
          return lr + (base - etaMin) * (1 - Math.cos(Math.PI / tMax)) / 2;
        }
        return (1 + Math.cos(Math.PI * k / tMax)) / (1 + Math.cos(Math.PI * (k - 1) / tMax))
            * (lr - etaMin) + etaMin;
      }
    };
  }

  /**
   * {@code base * gamma^n}, as PyTorch's {@code n} steps of {@code lr * gamma} give it: where
   * {@code gamma^n} alone overflows (or underflows, losing digits) but the product does not (a
   * small lr, a large factor), the power is taken in halves.
   */
  static double times(double base, double gamma, long n) {
    double power = Math.pow(gamma, n);
    boolean spurious = Double.isInfinite(power) || Math.abs(power) < Double.MIN_NORMAL && gamma != 0;
    if (!spurious || base == 0 || !Double.isFinite(base) || n < 2) return base * power;
    // where the product itself is far outside the doubles (about 2^-1074 to 2^1024), so is PyTorch's
    double log2 = Math.getExponent(base) + n * (Math.log(Math.abs(gamma)) / Math.log(2));
    if (log2 < -1100 || log2 > 1100) return base * power;
    long half = n / 2;
    return times(times(base, gamma, half), gamma, n - half);
  }

  /** How many of the sorted {@code points} are {@code <= k} (Python's {@code bisect_right}). */
  static int countAtOrBelow(long[] points, long k) {
    if (points.length <= 8) {  // the usual few milestones: a scan beats a binary search
      int n = 0;
      while (n < points.length && points[n] <= k) n++;
      return n;
    }
    int i = Arrays.binarySearch(points, k);
    if (i < 0) return -i - 1;
    while (i + 1 < points.length && points[i + 1] == k) i++;
    return i + 1;
  }
}
