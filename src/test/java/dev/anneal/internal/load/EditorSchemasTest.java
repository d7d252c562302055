package dev.anneal.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.anneal.ScheduleFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The schemas as published for editors: {@code $id} is the URL of the schema in the release (the
 * raw file at the release's tag), the same in what {@code anneal schema} prints and in the SchemaStore
 * entry; the embedded schema finds a schedule file inside a larger config and checks it there.
 */
class EditorSchemasTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MAIN = text("schemas/anneal.schema.json");
  private static final String EMBEDDED = text("schemas/anneal-embedded.schema.json");

  /** {@code https://raw.githubusercontent.com/OWNER/NAME/vVERSION/schemas/}, from pom.xml. */
  static String releaseFolder() {
    String pom = text("pom.xml");
    Matcher url = Pattern.compile("<url>https://github.com/([^/<]+/[^/<]+)</url>").matcher(pom);
    Matcher version = Pattern.compile("<artifactId>anneal-parent</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(url.find() && version.find()).isTrue();
    return "https://raw.githubusercontent.com/" + url.group(1) + "/v" + version.group(1).replace("-SNAPSHOT", "")
        + "/schemas/";
  }

  @Test
  void theIdIsTheSchemasUrlInTheRelease() {
    String id = JSON.readTree(MAIN).get("$id").stringValue();
    assertThat(id).isEqualTo(releaseFolder() + "anneal.schema.json");
    assertThat(JSON.readTree(EMBEDDED).get("$id").stringValue()).isEqualTo(releaseFolder() + "anneal-embedded.schema.json");
    // anneal schema prints the file as shipped, $id included
    assertThat(ScheduleFile.schema()).isEqualTo(MAIN);
  }

  @Test
  void theSchemaStoreEntryIsReadyToSubmit() {
    JsonNode entry = JSON.readTree(text("schemas/schemastore-entry.json"));
    assertThat(entry.propertyNames()).containsExactly("name", "description", "fileMatch", "url");
    assertThat(entry.get("name").stringValue()).isEqualTo("anneal");
    assertThat(entry.get("description").stringValue()).isNotBlank();
    List<String> fileMatch = new ArrayList<>();
    for (JsonNode glob : entry.get("fileMatch")) fileMatch.add(glob.stringValue());
    assertThat(fileMatch).containsExactly("*.anneal.yaml", "*.anneal.yml", "anneal.yaml");
    assertThat(entry.get("url").stringValue()).isEqualTo(JSON.readTree(MAIN).get("$id").stringValue());
  }

  @Test
  void everySampleIsValidUnderTheEmbeddedSchema() throws IOException {
    Schema embedded = embedded();
    try (Stream<Path> samples = Files.list(Path.of("samples"))) {
      for (Path sample : samples.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        assertThat(embedded.validate(yaml(Files.readString(sample)))).as(sample.toString()).isEmpty();
      }
    }
  }

  @Test
  void theEmbeddedSchemaChecksTheScheduleWhereverItSits() {
    String config = text("samples/experiment-config.yaml");
    List<Error> errors = embedded().validate(yaml(config.replace("steps: rest}", "stpes: rest}")));
    assertThat(errors).isNotEmpty();
    assertThat(errors).allSatisfy(e -> assertThat(SchemaCheck.pointer(e.getInstanceLocation())).startsWith("/train/optim"));
    assertThat(errors.stream().map(e -> SchemaCheck.pointer(e.getInstanceLocation())))
        .contains("/train/optim/schedules/lr/parts/1");
    // keys that only look like a schedule (a cron string, a list) are the config's own
    assertThat(embedded().validate(yaml("name: nightly\nschedule: \"0 3 * * *\"\njobs: [{schedules: [a, b]}]\n")))
        .isEmpty();
  }

  private static Schema embedded() {
    String folder = releaseFolder();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(Map.of(folder + "anneal.schema.json", MAIN, folder + "anneal-embedded.schema.json", EMBEDDED)));
    return registry.getSchema(SchemaLocation.of(folder + "anneal-embedded.schema.json"));
  }

  private static JsonNode yaml(String text) {
    return new YAMLMapper().readTree(text);
  }

  private static String text(String path) {
    try {
      return Files.readString(Path.of(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
