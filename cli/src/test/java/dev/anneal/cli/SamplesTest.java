package dev.anneal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every recipe in samples/ goes through table, explain and plot (PNG and SVG). */
class SamplesTest {
  @TempDir static Path out;

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("samples"))) {
      List<Path> list = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertThat(list).hasSizeGreaterThanOrEqualTo(11);
      return list.stream();
    }
  }

  /** The command line for {@code sample}: {@code --at /train/optim} for the experiment config. */
  static String[] args(Path sample, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    if (sample.getFileName().toString().startsWith("experiment-config")) args.addAll(List.of("--at", "/train/optim"));
    args.add(sample.toString());
    return args.toArray(String[]::new);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void startsWithTheSchemaComment(Path sample) throws IOException {
    // a schedule inside a larger config takes the embedded schema (docs/editors.md)
    String schema = sample.getFileName().toString().startsWith("experiment-config") ? "anneal-embedded.schema.json"
        : "anneal.schema.json";
    assertThat(Files.readAllLines(sample).get(0)).isEqualTo("# yaml-language-server: $schema=../schemas/" + schema);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void tables(Path sample) {
    String csv = run(args(sample, "table", "--every", "97"));
    assertThat(csv).startsWith("step,lr");
    assertThat(csv.lines().count()).isGreaterThan(2);
  }

  @ParameterizedTest
  @MethodSource("samples")
  void explains(Path sample) {
    String text = run(args(sample, "explain"));
    assertThat(text).contains("lr (").contains("phase 1: steps 0 to ").contains("peak ").contains("lowest ");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void plotsPngAndSvg(Path sample) throws Exception {
    String stem = sample.getFileName().toString().replace(".yaml", "");
    Path png = out.resolve(stem + ".png");
    Path svg = out.resolve(stem + ".svg");
    run(args(sample, "plot", "-o", png.toString()));
    run(args(sample, "plot", "--log", "-o", svg.toString()));
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(600);
    assertThat(image.getHeight()).isGreaterThanOrEqualTo(300);
    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    var svgDoc = xml.newDocumentBuilder().parse(svg.toFile());
    assertThat(svgDoc.getDocumentElement().getNodeName()).isEqualTo("svg");
  }

  @ParameterizedTest
  @MethodSource("samples")
  void previewsInTheTerminal(Path sample) {
    String text = run(args(sample, "plot", "--term"));
    assertThat(text.lines().count()).isGreaterThanOrEqualTo(Terminal.ROWS);
  }

  /** Runs the command line, asserts exit 0, and returns what it printed on stdout. */
  static String run(String... args) {
    Cli.Run run = Cli.run(args);
    assertThat(run.status()).as(String.join(" ", args) + "\n" + run.out() + run.err()).isZero();
    return run.out();
  }

}
