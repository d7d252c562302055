package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.nd4j.AnnealSchedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.shade.jackson.databind.ObjectMapper;

/**
 * The ND4J schedule in a DL4J updater's configuration: the values {@code Nesterovs} gives its
 * updater at each iteration, and the same after the configuration goes through JSON (as DL4J saves
 * it, the class named), Java serialization and {@code clone()}.
 */
class Nd4jScheduleTest {
  static final ScheduleFile FILE = ScheduleFile.load(Path.of("samples/multi-hyperparameter.yaml"));

  @Test
  void nesterovsTakesLrAndMomentumByIteration() {
    Nesterovs updater = new Nesterovs(AnnealSchedule.of(ScheduleType.ITERATION, FILE, "lr"),
        AnnealSchedule.of(ScheduleType.ITERATION, FILE, "momentum"));
    Schedule lr = FILE.compile("lr");
    Schedule momentum = FILE.compile("momentum");
    for (int iteration = 0; iteration < 3000; iteration += 7) {
      assertThat(updater.getLearningRate(iteration, 99)).isEqualTo(lr.valueAt(iteration));
      assertThat(updater.currentMomentum(iteration, 99)).isEqualTo(momentum.valueAt(iteration));
    }
  }

  @Test
  void byEpochTheStepIsTheEpoch() {
    ISchedule schedule = AnnealSchedule.of(ScheduleType.EPOCH, FILE, "lr");
    Schedule lr = FILE.compile("lr");
    assertThat(schedule.valueAt(123_456, 7)).isEqualTo(lr.valueAt(7));
  }

  @Test
  void theConfigurationSurvivesJson() throws Exception {
    Nesterovs updater = new Nesterovs(AnnealSchedule.of(ScheduleType.ITERATION, FILE, "lr"),
        AnnealSchedule.of(ScheduleType.EPOCH, FILE, "momentum"));
    ObjectMapper mapper = new ObjectMapper();
    String json = mapper.writeValueAsString(updater);
    assertThat(json).contains("dev.anneal.adapters.nd4j.AnnealSchedule", "\"yaml\"", "\"scheduleType\":\"EPOCH\"");
    Nesterovs back = (Nesterovs) mapper.readValue(json, IUpdater.class);
    assertThat(back.getLearningRateSchedule()).isEqualTo(updater.getLearningRateSchedule());
    assertThat(back.getMomentumISchedule()).isEqualTo(updater.getMomentumISchedule());
    assertThat(back.getLearningRate(1234, 0)).isEqualTo(updater.getLearningRate(1234, 0));
  }

  @Test
  void javaSerializationAndCloneGiveTheSameSchedule() throws Exception {
    AnnealSchedule schedule = AnnealSchedule.of(ScheduleType.ITERATION, FILE, "lr");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(schedule);
    }
    AnnealSchedule back;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      back = (AnnealSchedule) in.readObject();
    }
    ISchedule copy = schedule.clone();
    for (int i : new int[] {0, 1, 499, 2500, 49_999}) {
      assertThat(back.valueAt(i, 0)).isEqualTo(schedule.valueAt(i, 0));
      assertThat(copy.valueAt(i, 0)).isEqualTo(schedule.valueAt(i, 0));
    }
    assertThat(back).isEqualTo(schedule).isEqualTo(copy).isNotSameAs(copy);
  }
}
