package dev.anneal.internal.dialect;

import dev.anneal.diagnostic.Rule;
import dev.anneal.internal.load.Suggest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Lightning CLI config: {@code lr_scheduler: {class_path: torch.optim.lr_scheduler.X, init_args: {...}}}
 * beside {@code optimizer: {class_path: ..., init_args: {lr: ...}}}, as a {@code torch.X} node on the
 * optimizer's lr. Lightning steps the scheduler after every optimizer step ({@code interval: step}) or
 * at the end of every epoch ({@code interval: epoch}, LightningCLI's default), every {@code frequency}
 * of them ({@code _update_learning_rates}: {@code (batch_idx or current_epoch) + 1} divisible by it).
 */
final class Lightning {
  /** PyTorch 1.13's schedulers, for "did you mean". */
  static final List<String> SCHEDULERS = List.of("LambdaLR", "MultiplicativeLR", "StepLR", "MultiStepLR", "ConstantLR",
      "LinearLR", "ExponentialLR", "SequentialLR", "CosineAnnealingLR", "ChainedScheduler", "ReduceLROnPlateau",
      "CyclicLR", "CosineAnnealingWarmRestarts", "OneCycleLR", "PolynomialLR");
  /** torch.optim's default lr by optimizer (SGD has none). */
  private static final Map<String, Double> DEFAULT_LR = Map.ofEntries(Map.entry("Adam", 1e-3), Map.entry("AdamW", 1e-3),
      Map.entry("Adamax", 2e-3), Map.entry("NAdam", 2e-3), Map.entry("RAdam", 1e-3), Map.entry("RMSprop", 1e-2),
      Map.entry("Adagrad", 1e-2), Map.entry("Adadelta", 1.0), Map.entry("ASGD", 1e-2), Map.entry("Rprop", 1e-2),
      Map.entry("SparseAdam", 1e-3), Map.entry("LBFGS", 1.0));
  private static final String PREFIX = "torch.optim.lr_scheduler.";

  private Lightning() {}

  /** The {@code lr_scheduler}'s native node, with base_lr, total_steps set on the tree's root; null after a problem. */
  static @Nullable ObjectNode translate(Keys keys, RunFlags flags, NativeTree tree) {
    if (!keys.has("lr_scheduler")) {
      keys.problem("", false, Rule.MISSING_SCHEDULE, "lightning: lr_scheduler must be given (class_path and init_args),"
          + " got none");
      return null;
    }
    Keys scheduler = keys.inner("lr_scheduler");
    if (!scheduler.isMapping()) {
      keys.wrong("lr_scheduler", Rule.TYPE_MISMATCH, "a mapping with class_path and init_args");
      return null;
    }
    String name = schedulerName(scheduler);
    Double lr = lr(keys);
    String interval = scheduler.has("interval") ? scheduler.string("interval") : "epoch";
    long frequency = scheduler.integer("frequency", 1);
    if (interval != null && !interval.equals("step") && !interval.equals("epoch")) {
      scheduler.wrong("interval", Rule.NOT_ONE_OF, "step or epoch");
    }
    if (frequency < 1) scheduler.wrong("frequency", Rule.OUT_OF_RANGE, "an integer >= 1");
    Keys init = scheduler.inner("init_args");
    if (scheduler.has("init_args") && !init.isMapping()) scheduler.wrong("init_args", Rule.TYPE_MISMATCH, "a mapping");
    Keys trainer = keys.inner("trainer");
    long maxSteps = trainer.integer("max_steps", -1);
    long maxEpochs = trainer.integer("max_epochs", 1000);
    if (name == null || lr == null || interval == null || !keys.problems.isEmpty()) return null;
    Long perEpoch = flags.stepsPerEpoch();
    Long every = every(scheduler, interval, frequency, perEpoch, trainer);
    if (every == null) return null;
    ObjectNode node = tree.node("torch." + name, scheduler.pointer("class_path"));
    for (String key : init.names()) {
      node.set(key, init.get(key).deepCopy());
      tree.tag(node, key, init.pointer(key));
    }
    tree.root.put("base_lr", lr);
    if (keys.inner("optimizer").inner("init_args").has("lr")) {
      tree.tag(tree.root, "base_lr", keys.inner("optimizer").inner("init_args").pointer("lr"));
    }
    Long total = flags.totalSteps() != null ? flags.totalSteps() : maxSteps > 0 ? (Long) maxSteps
        : perEpoch != null ? (Long) (maxEpochs * perEpoch) : null;
    if (total != null) tree.root.put("total_steps", total);
    if (every == 1) return node;
    ObjectNode hold = tree.node("hold", scheduler.has("interval") ? scheduler.pointer("interval") : scheduler.at);
    hold.put("every", every);
    hold.set("of", node);
    return hold;
  }

  /** {@code X} of {@code class_path: torch.optim.lr_scheduler.X} (or just {@code X}); null after a problem. */
  private static @Nullable String schedulerName(Keys scheduler) {
    if (!scheduler.has("class_path")) {
      scheduler.problem("", false, Rule.MISSING_KEY, "lightning: lr_scheduler must have class_path, got none");
      return null;
    }
    String path = scheduler.string("class_path");
    if (path == null) return null;
    String name = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path.contains(".") ? null : path;
    if (path.endsWith("ReduceLROnPlateau") || List.of("LambdaLR", "MultiplicativeLR").contains(name)) {
      scheduler.problem("class_path", false, Rule.UNSUPPORTED_TYPE, "lightning: class_path must be a scheduler of the"
          + " step alone, got " + path + (path.endsWith("ReduceLROnPlateau")
          ? ", which lowers the lr when a monitored metric stops improving: only the run knows when; use"
            + " CosineAnnealingLR or MultiStepLR at the epochs you expect"
          : ", which needs Python code; write the schedule as a native anneal file"));
      return null;
    }
    if (List.of("SequentialLR", "ChainedScheduler").contains(name)) {
      scheduler.problem("class_path", false, Rule.UNSUPPORTED_TYPE, "lightning: class_path must be a scheduler that"
          + " a config can build, got " + path + ", which takes scheduler objects; write it as a native file with"
          + " torch." + name);
      return null;
    }
    if (name == null || !SCHEDULERS.contains(name)) {
      String last = path.substring(path.lastIndexOf('.') + 1);
      String meant = Suggest.closest(last, SCHEDULERS);
      scheduler.problem("class_path", false, Rule.UNKNOWN_TYPE, "lightning: class_path must be one of PyTorch's"
          + " schedulers (" + PREFIX + "X), got " + path
          + (meant == null ? "" : "; did you mean " + PREFIX + meant + "?"), meant == null ? null : PREFIX + meant);
      return null;
    }
    return name;
  }

  /** The optimizer's lr: {@code optimizer.init_args.lr}, else torch.optim's default for its class. */
  private static @Nullable Double lr(Keys keys) {
    Keys optimizer = keys.inner("optimizer");
    Keys init = optimizer.inner("init_args");
    if (init.has("lr")) {
      double lr = init.number("lr", Double.NaN);
      return Double.isNaN(lr) ? null : lr;
    }
    String path = optimizer.has("class_path") ? optimizer.string("class_path") : null;
    Double byDefault = path == null ? null : DEFAULT_LR.get(path.substring(path.lastIndexOf('.') + 1));
    if (byDefault == null) {
      keys.problem(keys.has("optimizer") ? "optimizer" : "", true, Rule.MISSING_SETTING, "lightning: optimizer.init_args.lr"
          + " must be given (the lr the scheduler starts from), got none"
          + (path == null ? "" : " and " + path + " has no default lr that anneal knows"));
      return null;
    }
    return byDefault;
  }

  /** Optimizer steps per scheduler step, or null after a problem. */
  private static @Nullable Long every(Keys scheduler, String interval, long frequency, @Nullable Long perEpoch,
      Keys trainer) {
    if (interval.equals("epoch")) {
      if (perEpoch == null) {
        scheduler.problem(scheduler.has("interval") ? "interval" : "class_path", false, Rule.MISSING_SETTING,
            "lightning: --steps-per-epoch must be given for interval epoch (" + (scheduler.has("interval")
            ? "set here" : "LightningCLI's default") + "), got none: the scheduler steps once an epoch, whose"
            + " optimizer steps Lightning counts from the dataset; give --steps-per-epoch N (1 to count in epochs)");
        return null;
      }
      return perEpoch * frequency;
    }
    if (frequency == 1) return 1L;
    if (perEpoch == null || perEpoch % frequency != 0 || trainer.integer("accumulate_grad_batches", 1) > 1) {
      scheduler.problem("frequency", false, Rule.INVALID_VALUE, "lightning: frequency must divide the batches of an"
          + " epoch for interval step, got " + frequency + (perEpoch == null ? " and no --steps-per-epoch"
          : " with " + perEpoch + " steps per epoch") + ": Lightning counts it from each epoch's first batch"
          + " (and counts batches, not optimizer steps, under accumulate_grad_batches)");
      return null;
    }
    return frequency;
  }
}
