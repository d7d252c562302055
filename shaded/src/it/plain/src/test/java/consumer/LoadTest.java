package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadTest {
  @Test
  void aFileLoads() throws Exception {
    Schedule lr = ScheduleFile.load(Path.of(System.getProperty("sample"))).compile("lr");
    assertEquals(1.7614821163876486E-4, lr.valueAt(5000));
    assertEquals(3.0e-4, lr.valueAt(500), 1e-18);
  }

  @Test
  void theLibraryBringsNoCommandLine() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.anneal.cli.Main"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("picocli.CommandLine"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("org.jfree.chart.JFreeChart"));
  }
}
