package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** {@code anneal validate --format sarif|junit} and {@code --output}. */
class ValidateReportsTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String BAD = "total_steps: 100\nschedule: {type: cosin, steps: 100}\n";
  static final String WARNS = "total_steps: 100\nschedule: {type: cosine, from: 0.1, steps: 50}\n";

  @TempDir Path dir;

  Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static Schema sarifSchema() throws IOException {
    String text = Files.readString(Path.of("cli/src/test/resources/sarif/sarif-2.1.0-rtm.5.json"));
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(text, InputFormat.JSON);
  }

  @Test
  void sarifPassesTheOfficialSchemaAndLocatesEveryResult() throws IOException {
    Path bad = write("bad file.yaml", BAD);
    Path warns = write("warns.yaml", WARNS);
    Cli.Run r = Cli.run("validate", "--format", "sarif", bad.toString(), warns.toString(), "samples/warmup-cosine.yaml");
    assertThat(r.status()).isEqualTo(1);
    assertThat(sarifSchema().validate(r.out(), InputFormat.JSON)).isEmpty();
    assertThat(sarifSchema().validate(r.out().replace("\"startLine\" : 2", "\"startLine\" : 0"), InputFormat.JSON))
        .as("the schema checks what it is given").isNotEmpty();
    JsonNode run = JSON.readTree(r.out()).get("runs").get(0);
    assertThat(run.at("/tool/driver/name").stringValue()).isEqualTo("anneal");
    JsonNode results = run.get("results");
    assertThat(results.size()).isEqualTo(2);
    JsonNode first = results.get(0);
    assertThat(first.get("ruleId").stringValue()).isEqualTo("unknown-type");
    assertThat(first.get("level").stringValue()).isEqualTo("error");
    assertThat(first.at("/locations/0/physicalLocation/artifactLocation/uri").stringValue())
        .isEqualTo(bad.toUri().toString());
    assertThat(first.at("/locations/0/physicalLocation/region/startLine").intValue()).isEqualTo(2);
    assertThat(first.at("/locations/0/physicalLocation/region/startColumn").intValue()).isEqualTo(18);
    assertThat(first.at("/locations/0/logicalLocations/0/fullyQualifiedName").stringValue()).isEqualTo("/schedule/type");
    assertThat(run.at("/tool/driver/rules/" + first.get("ruleIndex").intValue() + "/id").stringValue())
        .isEqualTo("unknown-type");
    assertThat(results.get(1).get("level").stringValue()).isEqualTo("warning");
  }

  @Test
  void sarifNamesRelativeFilesFromTheSourceRoot() throws IOException {
    Cli.Run r = Cli.run("validate", "--format", "sarif", "src/test/resources/corpus/broken/gpt-top-key-typo.yaml");
    assertThat(sarifSchema().validate(r.out(), InputFormat.JSON)).isEmpty();
    JsonNode artifact = JSON.readTree(r.out()).at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation");
    assertThat(artifact.get("uri").stringValue()).isEqualTo("src/test/resources/corpus/broken/gpt-top-key-typo.yaml");
    assertThat(artifact.get("uriBaseId").stringValue()).isEqualTo("%SRCROOT%");
    assertThat(Sarif.uri("a b/c#d.yaml")).isEqualTo("a%20b/c%23d.yaml");
  }

  @Test
  void junitHasOneTestCasePerFileAndFailsOnlyTheFailingOnes() throws Exception {
    Path bad = write("bad.yaml", BAD);
    Path warns = write("warns.yaml", WARNS);
    Cli.Run r = Cli.run("validate", "--format", "junit", bad.toString(), warns.toString(), "samples/warmup-cosine.yaml");
    assertThat(r.status()).isEqualTo(1);
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("tests")).isEqualTo("3");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    var cases = xml.getElementsByTagName("testcase");
    assertThat(((Element) cases.item(0)).getAttribute("name")).isEqualTo(bad.toString());
    Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("unknown-type");
    assertThat(failure.getTextContent()).startsWith(bad + ":2:18: error: /schedule/type:");
    assertThat(((Element) cases.item(1)).getElementsByTagName("failure").getLength()).isZero();
    assertThat(((Element) cases.item(1)).getElementsByTagName("system-out").item(0).getTextContent())
        .contains("warning").contains("[ends-before-run]");
    assertThat(((Element) cases.item(2)).getChildNodes().getLength()).isZero();
    Cli.Run strict = Cli.run("validate", "--strict", "--format", "junit", warns.toString());
    assertThat(strict.status()).isEqualTo(1);
    assertThat(strict.out()).contains("failures=\"1\"").contains("<failure type=\"ends-before-run\"");
  }

  @Test
  void outputGoesToTheFileWholeAndNotToStandardOutput() throws IOException {
    Path bad = write("bad.yaml", BAD);
    Path report = dir.resolve("report.json");
    Cli.Run r = Cli.run("validate", "--format", "json", "--output", report.toString(), bad.toString());
    assertThat(r).isEqualTo(new Cli.Run(1, "", ""));
    assertThat(JSON.readTree(Files.readString(report)).get(0).get("rule").stringValue()).isEqualTo("unknown-type");
    Cli.Run nowhere = Cli.run("validate", "-o", dir.resolve("no/such/folder/r.txt").toString(), bad.toString());
    assertThat(nowhere.status()).isEqualTo(1);
    assertThat(nowhere.err()).startsWith("anneal: cannot write " + dir.resolve("no/such/folder/r.txt") + ": ");
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("bad.yaml", "report.json");
    }
  }
}
