package dev.anneal.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run behind the launcher's class cache (AppCDS on JDK 17 to 24, the AOT cache on
 * JDK 25+): the commands people run most, on the shipped samples, with all output dropped, so that
 * the classes (and on JDK 25 the method profiles) those commands need are in the cache.
 * {@code java -XX:AOTCacheOutput=... -cp anneal-cli.jar dev.anneal.cli.Training samples/}.
 */
final class Training {
  private Training() {}

  public static void main(String[] args) throws Exception {
    Path samples = Path.of(args[0]);
    List<String> files = new ArrayList<>();
    try (Stream<Path> listing = Files.list(samples)) {
      listing.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(p.toString()));
    }
    PrintStream out = System.out;
    PrintStream err = System.err;
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
    System.setOut(nowhere);
    System.setErr(nowhere);
    try {
      List<String> validate = new ArrayList<>(List.of("validate"));
      validate.addAll(files);
      for (int round = 0; round < 3; round++) Main.run(validate.toArray(String[]::new));
      for (String file : files) {
        if (!file.endsWith("experiment-config.yaml")) Main.run("table", "--steps", "20000", file);
      }
      Main.run("table", "--steps", "50000", samples.resolve("warmup-cosine.yaml").toString());
      Main.run("explain", samples.resolve("gpt-warmup-cosine.yaml").toString());
      Main.run("validate", "--format", "json", samples.resolve("experiment-config.yaml").toString());
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }
}
