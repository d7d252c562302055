package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.tribuo.AnnealSGD;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.math.la.DenseVector;
import org.tribuo.math.la.Tensor;
import org.tribuo.math.optimisers.SGD;

/**
 * The Tribuo optimiser: configured from an OLCUT configuration file holding the YAML, each
 * {@code step} moves a parameter by anneal's learning rate at that step times the gradient
 * (read from the update {@code step} returns, not from the optimiser), and {@code copy()} starts over.
 */
class TribuoSgdTest {
  @TempDir Path dir;

  static final String YAML = """
      total_steps: 100
      schedule:
        type: sequence
        parts:
          - {type: linear, from: 0.0, to: 0.5, steps: 10}
          - {type: cosine, to: 0.01, steps: rest}
      """;

  @Test
  void eachStepAppliesAnnealsValue() {
    SGD sgd = new AnnealSGD(YAML, "lr");
    Schedule lr = ScheduleFile.parse("lr.yaml", YAML).compile("lr");
    for (int step = 0; step < 120; step++) {
      Tensor[] update = sgd.step(new Tensor[] {DenseVector.createDenseVector(new double[] {2.0})}, 1.0);
      assertThat(((DenseVector) update[0]).get(0)).as("step " + step).isEqualTo(2.0 * lr.valueAt(step));
    }
    AnnealSGD fresh = (AnnealSGD) sgd.copy();
    Tensor[] first = fresh.step(new Tensor[] {DenseVector.createDenseVector(new double[] {2.0})}, 1.0);
    assertThat(((DenseVector) first[0]).get(0)).isEqualTo(0.0);
  }

  @Test
  void itIsConfiguredFromAnOlcutFile() throws Exception {
    Path config = dir.resolve("sgd.xml");
    Files.writeString(config, """
        <?xml version="1.0" encoding="UTF-8"?>
        <config>
          <component name="sgd" type="dev.anneal.adapters.tribuo.AnnealSGD">
            <property name="initialLearningRate" value="1.0"/>
            <property name="useMomentum" value="NONE"/>
            <property name="schedule" value="%s"/>
          </component>
        </config>
        """.formatted(YAML.replace("\n", "&#10;")));
    ConfigurationManager cm = new ConfigurationManager(config.toString());
    AnnealSGD sgd = (AnnealSGD) cm.lookup("sgd");
    assertThat(sgd.name()).isEqualTo("lr");
    sgd.step(new Tensor[] {DenseVector.createDenseVector(new double[] {1.0})}, 1.0);
    for (int i = 0; i < 10; i++) sgd.step(new Tensor[] {DenseVector.createDenseVector(new double[] {1.0})}, 1.0);
    assertThat(sgd.learningRate()).isEqualTo(0.5);   // the 11th step: step 10, where the cosine starts
    assertThat(sgd.getProvenance().getConfiguredParameters()).containsKey("schedule");
  }
}
