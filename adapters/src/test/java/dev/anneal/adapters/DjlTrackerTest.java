package dev.anneal.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.internal.NDArrayEx;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import dev.anneal.adapters.djl.AnnealTracker;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The DJL tracker inside DJL's own {@code Sgd} optimizer: the learning rate that {@code Sgd.update}
 * hands to the engine's {@code sgdUpdate} kernel at each update (captured from a stand-in array, as
 * no engine is loaded here) is anneal's value at that step, rounded to a float.
 */
class DjlTrackerTest {
  @Test
  void sgdAppliesAnnealsValueAtEachUpdate() {
    ScheduleFile file = ScheduleFile.load(Path.of("samples/warmup-cosine.yaml"));
    Schedule lr = file.compile("lr");
    Optimizer sgd = Optimizer.sgd().setLearningRateTracker(AnnealTracker.of(file, "lr")).build();
    List<Float> applied = new ArrayList<>();
    NDArray weight = stub(applied);
    for (int step = 0; step < 700; step++) sgd.update("w", weight, weight);
    assertThat(applied).hasSize(700);
    for (int step = 0; step < 700; step++) assertThat(applied.get(step)).as("step " + step).isEqualTo((float) lr.valueAt(step));
  }

  @Test
  void aTrackerIsAParameterTrackerCountingFromOne() {
    Schedule lr = step -> 1.0 / (step + 1);
    ParameterTracker tracker = AnnealTracker.of(lr);
    assertThat(tracker.getNewValue("w", 1)).isEqualTo(1.0f);
    assertThat(tracker.getNewValue("b", 4)).isEqualTo(0.25f);
    assertThat(AnnealTracker.of(lr).getNewValue(0)).isEqualTo(1.0f);
  }

  /** An NDArray whose internal ops record the learning rate of each {@code sgdUpdate}. */
  static NDArray stub(List<Float> applied) {
    NDArrayEx ex = (NDArrayEx) Proxy.newProxyInstance(NDArrayEx.class.getClassLoader(), new Class<?>[] {NDArrayEx.class},
        (proxy, method, args) -> {
          if (method.getName().equals("sgdUpdate")) applied.add((Float) args[2]);
          return null;
        });
    return (NDArray) Proxy.newProxyInstance(NDArray.class.getClassLoader(), new Class<?>[] {NDArray.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "getNDArrayInternal" -> ex;
          case "getDevice" -> Device.cpu();
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> null;
        });
  }
}
