package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.training.optimizer.Optimizer;
import com.oracle.labs.mlrg.olcut.config.ConfigurationManager;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.djl.AnnealTracker;
import dev.anneal.adapters.nd4j.AnnealSchedule;
import dev.anneal.adapters.tribuo.AnnealSGD;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;
import org.nd4j.linalg.schedule.ScheduleType;
import org.tribuo.math.StochasticGradientOptimiser;

/**
 * Every Java block of the README's section "Use it in training", verbatim, with what it must give,
 * and its Tribuo configuration file loaded through OLCUT. (The Kotlin twins are in
 * KotlinReadmeAdaptersTest; core's README tests check the blocks outside this section.)
 */
class ReadmeAdaptersTest {
  @Test
  void djl() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
    Optimizer sgd = Optimizer.sgd()
        .setLearningRateTracker(AnnealTracker.of(file, "lr"))   // or AnnealTracker.of(schedule)
        .build();

    assertThat(sgd).isNotNull();
    assertThat(AnnealTracker.of(file, "lr").getNewValue(501)).isEqualTo((float) file.compile("lr").valueAt(500));
  }

  @Test
  void deeplearning4j() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml"));
    IUpdater updater = new Nesterovs(
        AnnealSchedule.of(ScheduleType.ITERATION, file, "lr"),
        AnnealSchedule.of(ScheduleType.ITERATION, file, "momentum"));
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().updater(updater)
        .list().layer(new OutputLayer.Builder(LossFunction.MSE).nIn(4).nOut(1).activation(Activation.IDENTITY).build()).build();

    MultiLayerConfiguration back = MultiLayerConfiguration.fromJson(conf.toJson());
    Nesterovs saved = (Nesterovs) ((BaseLayer) back.getConf(0).getLayer()).getIUpdater();
    Schedule momentum = file.compile("momentum");
    assertThat(saved.currentMomentum(1000, 0)).isEqualTo(momentum.valueAt(1000));
  }

  @Test
  void tribuo() {
    StochasticGradientOptimiser sgd = AnnealSGD.of(ScheduleFile.load(Path.of("samples/warmup-cosine.yaml")), "lr");

    assertThat(((AnnealSGD) sgd).learningRate()).isEqualTo(0.0);   // step 0 of the warmup
  }

  @Test
  void tribuoConfigurationFile(@TempDir Path dir) throws IOException {
    Matcher xml = Pattern.compile("```xml\n(<config>.*?)```", Pattern.DOTALL).matcher(training());
    assertThat(xml.find()).isTrue();
    Path config = dir.resolve("sgd.xml");
    Files.writeString(config, xml.group(1));
    AnnealSGD sgd = (AnnealSGD) new ConfigurationManager(config.toString()).lookup("sgd");
    assertThat(sgd.learningRate()).isEqualTo(0.1);
  }

  @Test
  void everyJavaBlockOfTheSectionIsHere() throws IOException {
    List<String> here = trimmed(Files.readString(Path.of("adapters/src/test/java/dev/anneal/adapters/ReadmeAdaptersTest.java")));
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(training());
    while (m.find()) blocks.add(m.group(1));
    assertThat(blocks).hasSize(3);
    for (String block : blocks) {
      List<String> code = new ArrayList<>();
      for (String line : trimmed(block)) {
        if (line.startsWith("import ")) assertThat(here).contains(line);
        else code.add(line);
      }
      assertThat(Collections.indexOfSubList(here, code)).as("a Java block of the README:\n%s", block).isNotNegative();
    }
  }

  /** The README's section "Use it in training". */
  static String training() throws IOException {
    Matcher section = Pattern.compile("(?s)\n## Use it in training\n(.*?)\n## ").matcher(Files.readString(Path.of("README.md")));
    assertThat(section.find()).isTrue();
    return section.group(1);
  }

  private static List<String> trimmed(String text) {
    return text.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
  }
}
