package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.core.Linear;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.djl.AnnealTracker;
import org.junit.jupiter.api.Test;

/**
 * Real training on DJL's PyTorch engine (its CPU native library for linux-x86_64, from the class
 * path, offline): a linear regression (y = 3x + 1, 32 points, full batch) trained for 40 updates by
 * DJL's {@code Sgd} over an {@link AnnealTracker}. The learning rate applied at each update is
 * read back from the weight (before minus after, over its gradient) and is anneal's value at that
 * step, to float precision (DJL's parameters are floats).
 */
class TrainingDjlTest {
  static final String YAML = TrainingDl4jTest.YAML;

  @Test
  void sgdAppliesAnnealsLrAtEveryUpdate() {
    ScheduleFile file = ScheduleFile.parse("lr.yaml", YAML);
    Schedule lr = file.compile("lr");
    DefaultTrainingConfig config = new DefaultTrainingConfig(Loss.l2Loss())
        .optOptimizer(Optimizer.sgd().setLearningRateTracker(AnnealTracker.of(file, "lr")).build())
        .optDevices(new Device[] {Device.cpu()});
    double worst = 0;
    Engine.getEngine("PyTorch").setRandomSeed(16);
    try (Model model = Model.newInstance("linear", "PyTorch")) {
      model.setBlock(Linear.builder().setUnits(1).build());
      try (Trainer trainer = model.newTrainer(config)) {
        trainer.initialize(new Shape(32, 1));
        NDManager manager = trainer.getManager();
        NDArray x = manager.linspace(-1f, 1f, 32).reshape(32, 1);
        NDArray y = x.mul(3).add(1);
        Parameter weight = model.getBlock().getParameters().get("weight");
        float[] losses = new float[40];
        for (int step = 0; step < 40; step++) {
          try (GradientCollector collector = trainer.newGradientCollector()) {
            NDArray prediction = trainer.forward(new NDList(x)).singletonOrThrow();
            NDArray loss = trainer.getLoss().evaluate(new NDList(y), new NDList(prediction));
            losses[step] = loss.getFloat();
            collector.backward(loss);
          }
          float before = weight.getArray().getFloat(0, 0);
          float gradient = weight.getArray().getGradient().getFloat(0, 0);
          trainer.step();
          float after = weight.getArray().getFloat(0, 0);
          double applied = ((double) before - after) / gradient;
          double error = Math.abs(applied - lr.valueAt(step)) / lr.valueAt(step);
          worst = Math.max(worst, error);
          assertThat(error).as("update %d: applied %s, anneal %s", step, applied, lr.valueAt(step)).isLessThan(1e-3);
        }
        assertThat(losses[39]).isLessThan(losses[0]);   // it learns
        System.out.println("TrainingDjlTest: 40 updates, worst relative error of the applied lr " + worst
            + "; loss " + losses[0] + " -> " + losses[39]);
      }
    }
  }
}
