package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.anneal.Schedule;
import dev.anneal.ScheduleFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LoadTest {
  @Test
  void theClassPathHoldsJacksonAnnotations2_15() {
    // the Jackson 2 of this class path: 2.15.2, which has no JsonSerializeAs (Jackson 3 needs it)
    assertEquals("2.15.2", JsonProperty.class.getPackage().getImplementationVersion());
    assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.annotation.JsonSerializeAs"));
  }

  @Test
  void aFileLoadsWithTheShadedArtifact() throws Exception {
    Schedule lr = ScheduleFile.load(Path.of(System.getProperty("sample"))).compile("lr");
    assertEquals(1.7614821163876486E-4, lr.valueAt(5000));
    assertEquals(3.0e-4, lr.valueAt(500), 1e-18);
  }
}
