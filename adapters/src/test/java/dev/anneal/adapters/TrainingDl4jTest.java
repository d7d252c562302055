package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.nd4j.AnnealSchedule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.optimize.api.BaseTrainingListener;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ScheduleType;

/**
 * Real training on ND4J's native CPU back-end: a linear regression (y = 3x + 1, 32 points, full
 * batch) fitted for 40 iterations by DL4J's {@code Sgd} over an {@link AnnealSchedule}, whose
 * configuration goes through DL4J's JSON first and whose network is saved and restored half-way by
 * {@code ModelSerializer}. The learning rate applied at each iteration is read back from the
 * parameters (the size of the step over the size of the gradient, in double precision) by a listener, and is
 * anneal's value at that step.
 */
class TrainingDl4jTest {
  static final String YAML = """
      total_steps: 40
      schedule:
        type: sequence
        parts:
          - {type: linear, from: 0.0005, to: 0.02, steps: 8}
          - {type: cosine, to: 0.001, steps: rest}
      """;

  /** Records the parameters and gradient before each update and the parameters after it. */
  static final class AppliedLr extends BaseTrainingListener {
    final List<Double> applied = new ArrayList<>();
    INDArray before;
    INDArray gradient;

    @Override
    public void onGradientCalculation(Model model) {
      before = model.params().dup();
      gradient = model.gradient().gradient().dup();
    }

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
      INDArray after = model.params();
      int largest = Nd4j.argMax(Nd4j.math().abs(gradient)).getInt(0);
      // the size of the step over the size of the gradient (DL4J's gradient view and its step
      // function disagree on the sign)
      applied.add(Math.abs(before.getDouble(largest) - after.getDouble(largest)) / Math.abs(gradient.getDouble(largest)));
    }
  }

  @Test
  void sgdAppliesAnnealsLrAtEveryIteration(@TempDir Path dir) throws Exception {
    ScheduleFile file = ScheduleFile.parse("lr.yaml", YAML);
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder()
        .seed(16).dataType(DataType.DOUBLE).miniBatch(false).weightInit(WeightInit.XAVIER)
        .updater(new Sgd(AnnealSchedule.of(ScheduleType.ITERATION, file, "lr")))
        .list()
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).activation(Activation.IDENTITY).nIn(1).nOut(1).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(MultiLayerConfiguration.fromJson(conf.toJson()));
    net.init();
    INDArray x = Nd4j.linspace(-1, 1, 32, DataType.DOUBLE).reshape(32, 1);
    DataSet data = new DataSet(x, x.mul(3).add(1));
    AppliedLr listener = new AppliedLr();
    net.setListeners(listener);
    double first = net.score(data);
    for (int i = 0; i < 20; i++) net.fit(data);
    Path saved = dir.resolve("net.zip");
    ModelSerializer.writeModel(net, saved.toFile(), true);
    MultiLayerNetwork restored = ModelSerializer.restoreMultiLayerNetwork(saved.toFile(), true);
    restored.setListeners(listener);
    for (int i = 20; i < 40; i++) restored.fit(data);

    Schedule lr = file.compile("lr");
    assertThat(restored.score(data)).isLessThan(first / 10);   // it learns
    assertThat(listener.applied).hasSize(40);
    double worst = 0;
    for (int step = 0; step < 40; step++) {
      double error = Math.abs(listener.applied.get(step) - lr.valueAt(step)) / lr.valueAt(step);
      worst = Math.max(worst, error);
      assertThat(error).as("iteration %d: applied %s, anneal %s", step, listener.applied.get(step), lr.valueAt(step))
          .isLessThan(1e-7);   // read back from doubles: the error grows as the steps shrink
    }
    System.out.println("TrainingDl4jTest: 40 iterations, worst relative error of the applied lr " + worst
        + "; loss " + first + " -> " + restored.score(data));
  }
}
