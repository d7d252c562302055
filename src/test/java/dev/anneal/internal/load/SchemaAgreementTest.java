package dev.anneal.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.anneal.CorpusTest;
import dev.anneal.ValidationTest;
import dev.anneal.diagnostic.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The loader skips the JSON Schema for a file the binder accepts (when {@link SchemaShortcut}
 * applies): sound only if the binder then accepts no file that the schema refuses. Checked on every file of the corpus, the samples and the golden
 * cases, and on 20,000 mutations of them.
 */
class SchemaAgreementTest {

  /** The schema's problems with a document the binder accepts: there must be none. */
  private static List<Problem> schemaProblemsOfABoundFile(String name, String text, String at) {
    List<Problem> read = new ArrayList<>();
    Located document = Reader.read(name, text, read);
    if (document == null) return List.of();
    JsonNode target = at.isEmpty() ? document.root() : document.root().at(at);
    if (target.isMissingNode() || !SchemaShortcut.applies(target)) return List.of();
    List<Problem> bound = new ArrayList<>();
    try {
      if (Binder.bind(name, document, at, bound) == null || !bound.isEmpty()) return List.of();
    } catch (RuntimeException e) {
      return List.of(); // refused, one way or another: the loader then asks the schema
    }
    List<Problem> schema = new ArrayList<>();
    SchemaCheck.check(name, document, at, target, schema);
    return schema;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void noFileOfTheCorpusSamplesOrGoldenCasesPassesTheBinderButNotTheSchema() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int files = 0;
    for (CorpusTest.Broken b : CorpusTest.broken()) {
      if (b.path().toString().endsWith(".bin")) continue;
      String text;
      try {
        text = Files.readString(b.path());
      } catch (IOException e) {
        continue; // not UTF-8: never reaches the binder
      }
      files++;
      List<Problem> p = schemaProblemsOfABoundFile(b.name(), text, b.at());
      if (!p.isEmpty()) disagreements.add(b.name() + ": " + p);
    }
    List<Path> others = new ArrayList<>();
    try (Stream<Path> s = Stream.concat(Files.walk(Path.of("samples")), Files.walk(Path.of("src/test/resources/golden")))) {
      s.filter(p -> p.toString().endsWith(".yaml") && !p.toString().contains("dialects")).sorted().forEach(others::add);
    }
    for (Path p : others) {
      files++;
      String at = read(p).contains("# anneal: at=/train/optim") ? "/train/optim" : "";
      List<Problem> problems = schemaProblemsOfABoundFile(p.toString(), read(p), at);
      if (!problems.isEmpty()) disagreements.add(p + ": " + problems);
    }
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
        Files.newInputStream(Path.of("src/test/resources/golden/torch-diff/cases.jsonl.gz"))),
        java.nio.charset.StandardCharsets.UTF_8))) {
      tools.jackson.databind.ObjectMapper json = new tools.jackson.databind.ObjectMapper();
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode c = json.readTree(line);
        files++;
        List<Problem> problems = schemaProblemsOfABoundFile(c.get("id").stringValue() + ".yaml", c.get("yaml").stringValue(), "");
        if (!problems.isEmpty()) disagreements.add(c.get("id").stringValue() + ": " + problems);
      }
    }
    assertThat(files).isGreaterThan(4000);
    assertThat(disagreements).isEmpty();
  }

  @Test
  void noMutatedFilePassesTheBinderButNotTheSchema() throws IOException {
    List<String> samples = ValidationTest.samples();
    Random random = new Random(20261202);
    List<String> disagreements = new ArrayList<>();
    for (int round = 0; round < 20_000; round++) {
      String text = ValidationTest.mutate(samples.get(random.nextInt(samples.size())), random);
      String name = random.nextInt(10) == 0 ? "f.json" : "f.yaml";
      List<Problem> p = schemaProblemsOfABoundFile(name, text, "");
      if (!p.isEmpty() && disagreements.size() < 10) disagreements.add(p + " for:\n" + text);
    }
    assertThat(disagreements).isEmpty();
  }
}
