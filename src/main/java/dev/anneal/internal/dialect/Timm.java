package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Suggest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * timm's training arguments ({@code train.py}'s args, as its saved {@code args.yaml}), through
 * {@code scheduler_kwargs} and {@code create_scheduler_v2} into {@code CosineLRScheduler},
 * {@code TanhLRScheduler}, {@code PolyLRScheduler}, {@code StepLRScheduler} or {@code MultiStepLRScheduler}. train.py sets
 * the lr of epoch e to {@code _get_lr(e)} ({@code step(epoch + 1)} after each epoch), or with
 * {@code sched_on_updates} that of update u to {@code _get_lr(u)} ({@code step_update}), every
 * epoch count then times the updates of an epoch.
 */
final class Timm {
  /** The names create_scheduler_v2 knows (timm aa4b5850); any other makes no scheduler, the lr staying at lr. */
  static final List<String> SCHEDS = List.of("cosine", "tanh", "step", "multistep", "plateau", "poly");

  private final Keys keys;
  private final NativeTree tree;
  private final HfParts parts;
  private final long unit;
  private final String schedAt;

  private Timm(Keys keys, NativeTree tree, long unit) {
    this.keys = keys;
    this.tree = tree;
    this.parts = new HfParts(tree);
    this.unit = unit;
    this.schedAt = keys.has("sched") ? keys.pointer("sched") : keys.at;
  }

  /** The schedule as a native node (total_steps on the tree's root), or null after a problem. */
  static @Nullable ObjectNode translate(Keys keys, RunFlags flags, NativeTree tree) {
    String sched = sched(keys);
    Double lr = keys.has("lr") ? keys.number("lr", Double.NaN) : null;
    if (lr == null) {
      keys.problem("", false, Rule.MISSING_KEY, "timm: lr must be given, got none (timm then scales lr_base by the"
          + " batch size, which the arguments alone do not say)");
    }
    refuse(keys);
    Long perEpoch = flags.stepsPerEpoch();
    boolean onUpdates = keys.bool("sched_on_updates", false);
    if (perEpoch == null) {
      keys.problem(keys.has("sched_on_updates") ? "sched_on_updates" : "sched", false, Rule.MISSING_SETTING,
          "timm: --steps-per-epoch must be given, got none: timm " + (onUpdates ? "counts the schedule in updates"
          + " (updates_per_epoch, from the data loader)" : "steps the schedule once an epoch, whose optimizer"
          + " steps it counts from the data loader") + "; give --steps-per-epoch N (1 to count in epochs)");
    }
    if (sched == null || lr == null || Double.isNaN(lr) || !keys.problems.isEmpty()) return null;
    Timm timm = new Timm(keys, tree, onUpdates ? perEpoch : 1);
    ObjectNode node = timm.build(sched, lr);
    if (node == null) return null;
    long epochs = timm.epochs(sched);
    tree.root.put("total_steps", flags.totalSteps() != null ? flags.totalSteps() : epochs * perEpoch);
    if (onUpdates || perEpoch == 1) return node;
    ObjectNode hold = tree.node("hold", keys.has("sched_on_updates") ? keys.pointer("sched_on_updates") : keys.at);
    hold.put("every", perEpoch);
    hold.set("of", node);
    return hold;
  }

  private static @Nullable String sched(Keys keys) {
    String sched = keys.has("sched") ? keys.string("sched") : "cosine";
    if (sched == null) return null;
    String why = switch (sched) {
      case "plateau" -> "lowers the lr when the eval metric stops improving: only the run knows when; use step or"
          + " multistep at the epochs you expect";
      default -> null;
    };
    if (why != null) {
      keys.problem("sched", false, Rule.UNSUPPORTED_TYPE, "timm: sched must be cosine, tanh, step, multistep or poly, got "
          + sched + ", which " + why);
      return null;
    }
    if (!SCHEDS.contains(sched)) {
      String meant = Suggest.closest(sched, SCHEDS);
      keys.problem("sched", false, Rule.UNKNOWN_TYPE, "timm: sched must be one of " + String.join(", ", SCHEDS)
          + ", got " + sched + (meant == null ? "" : "; did you mean " + meant + "?")
          + " (timm's create_scheduler_v2 makes no scheduler for it: the lr would stay at lr)", meant);
      return null;
    }
    return sched;
  }

  /** Settings that make the schedule random or that no native node follows. */
  private static void refuse(Keys keys) {
    JsonNode noise = keys.get("lr_noise");
    if (noise != null && !(noise.isArray() && noise.isEmpty())) {
      keys.problem("lr_noise", false, Rule.UNSUPPORTED_TYPE, "timm: lr_noise must be null, got " + Keys.shown(noise)
          + ": the noise is random (seeded per epoch), not a schedule anneal can draw; leave it out to see the"
          + " schedule under it");
    }
    double k = keys.number("lr_k_decay", 1.0);
    if (!(k > 0) || !Double.isFinite(k)) keys.wrong("lr_k_decay", Rule.OUT_OF_RANGE, "a finite number > 0");
  }

  private long count(String key, double byDefault) {
    double value = keys.number(key, byDefault) * unit;
    if (value != Math.rint(value) || value < 0) {
      keys.wrong(key, Rule.INVALID_VALUE, "a whole number of " + (unit == 1 ? "epochs" : "updates") + " >= 0");
      return -1;
    }
    return (long) value;
  }

  /** {@code num_epochs} as create_scheduler_v2 returns it: the schedule's length, in epochs. */
  private long epochs(String sched) {
    long epochs = keys.integer("epochs", 300);
    long warmup = keys.integer("warmup_epochs", 5);
    boolean prefix = keys.bool("warmup_prefix", false);
    if (!sched.equals("step") && !sched.equals("multistep")) {
      long cycles = Math.max(1, keys.integer("lr_cycle_limit", 1));
      double mul = keys.number("lr_cycle_mul", 1.0);
      long t = mul == 1.0 ? epochs * cycles : (long) Math.floor(-epochs * (Math.pow(mul, cycles) - 1) / (1 - mul));
      return (prefix ? t + warmup : t) + keys.integer("cooldown_epochs", 0);
    }
    return prefix ? epochs + warmup : epochs;
  }

  private @Nullable ObjectNode build(String sched, double lr) {
    long warmup = count("warmup_epochs", 5);
    boolean prefix = keys.bool("warmup_prefix", false);
    double warmupLr = keys.number("warmup_lr", 1e-5);
    HfParts main = new HfParts(tree);
    boolean ok = switch (sched) {
      case "step" -> step(main, lr);
      case "multistep" -> multistep(main, lr);
      default -> cycles(main, sched, lr);
    };
    if (!ok || warmup < 0 || !keys.problems.isEmpty()) return null;
    ObjectNode body = main.schedule(schedAt);
    if (warmup == 0) return body;
    double target = sched.equals("tanh") && !prefix ? tanhAt(warmup, lr) : lr;
    parts.linear(warmupLr, target, warmup, keys.has("warmup_epochs") ? keys.pointer("warmup_epochs") : schedAt);
    if (prefix) {
      parts.parts.add(body);
    } else {
      ObjectNode shift = tree.node("shift", keys.has("warmup_prefix") ? keys.pointer("warmup_prefix") : schedAt);
      shift.put("by", -warmup);
      shift.set("of", body);
      parts.parts.add(shift);
    }
    return parts.schedule(schedAt);
  }

  private boolean step(HfParts main, double lr) {
    long every = count("decay_epochs", 90);
    if (every < 1) {
      if (every == 0) keys.wrong("decay_epochs", Rule.OUT_OF_RANGE, "> 0");
      return false;
    }
    ObjectNode part = main.add("step", schedAt, lr, null);
    part.put("gamma", keys.number("decay_rate", 0.1));
    part.put("every", every);
    return true;
  }

  private boolean multistep(HfParts main, double lr) {
    JsonNode given = keys.get("decay_milestones");
    List<Long> milestones = new ArrayList<>();
    if (given == null) {
      for (long m : new long[] {90, 180, 270}) milestones.add(m * unit);
    } else if (!given.isArray() || given.isEmpty()) {
      keys.wrong("decay_milestones", Rule.TYPE_MISMATCH, "a list of epochs");
      return false;
    } else {
      for (JsonNode m : given) milestones.add(m.isIntegralNumber() ? m.longValue() * unit : -1);
    }
    ObjectNode part = main.add("multistep", schedAt, lr, null);
    part.put("gamma", keys.number("decay_rate", 0.1));
    var list = part.putArray("milestones");
    milestones.forEach(list::add);
    if (given != null) tree.tag(part, "milestones", keys.pointer("decay_milestones"));
    return true;
  }

  /** cosine, tanh or poly: {@code lr_cycle_limit} cycles of {@code t_initial * lr_cycle_mul^i}, peaks {@code lr * lr_cycle_decay^i}. */
  private boolean cycles(HfParts main, String sched, double lr) {
    long initial = count("epochs", 300);
    long limit = keys.integer("lr_cycle_limit", 1);
    double mul = keys.number("lr_cycle_mul", 1.0);
    double decay = keys.number("lr_cycle_decay", 0.5);
    double min = keys.number("min_lr", 0);
    if (initial < 1 || limit < 1 || !(mul > 0) || !(min >= 0)) {
      if (initial == 0) keys.wrong("epochs", Rule.OUT_OF_RANGE, "an integer >= 1");
      if (limit < 1) keys.wrong("lr_cycle_limit", Rule.OUT_OF_RANGE, "an integer >= 1");
      if (!(mul > 0)) keys.wrong("lr_cycle_mul", Rule.OUT_OF_RANGE, "a number > 0");
      if (!(min >= 0)) keys.wrong("min_lr", Rule.OUT_OF_RANGE, "a number >= 0");
      return false;
    }
    boolean restarts = limit > 1 && mul >= 1 && (min == 0 || decay == 1);
    for (long i = 0; i < (restarts ? 1 : limit); i++) {
      double length = Math.pow(mul, i) * initial;
      if (length != Math.rint(length)) {
        keys.wrong("lr_cycle_mul", Rule.INVALID_VALUE, "a factor that keeps every cycle a whole number of steps (cycle "
            + i + " lasts " + length + ")");
        return false;
      }
      ObjectNode part = cycle(sched, lr * Math.pow(decay, i), min, (long) length);
      if (!restarts) main.parts.add(part);
      if (restarts) {
        // min 0 or no decay: restarts' e + (v - e) * decay^i is timm's min + (lr * decay^i - min) * shape
        ObjectNode node = tree.node("restarts", keys.has("lr_cycle_limit") ? keys.pointer("lr_cycle_limit") : schedAt);
        node.set("of", part);
        node.put("period_mult", mul);
        node.put("decay", decay);
        node.put("cycles", limit);
        main.parts.add(node);
      }
    }
    return true;
  }

  /** The tanh schedule's value at (unshifted) step t, as timm computes it. */
  private double tanhAt(long t, double lr) {
    return TimmTanh.at(t, lr, (long) (keys.number("epochs", 300) * unit), keys.number("lr_cycle_mul", 1.0),
        keys.number("lr_cycle_decay", 0.5), keys.integer("lr_cycle_limit", 1), keys.number("min_lr", 0));
  }

  private ObjectNode cycle(String sched, double peak, double min, long length) {
    ObjectNode part = tree.node(switch (sched) {
      case "cosine" -> "cosine";
      case "poly" -> "polynomial";
      default -> "tanh";
    }, schedAt);
    part.put("from", peak);
    part.put("to", min);
    part.put("steps", length);
    if (sched.equals("poly")) part.put("power", keys.number("decay_rate", 0.1));
    double k = keys.number("lr_k_decay", 1.0);
    if (k != 1.0 && !sched.equals("tanh")) part.put("k", k);
    return part;
  }
}
