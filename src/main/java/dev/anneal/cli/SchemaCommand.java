package dev.anneal.cli;

import dev.anneal.internal.SchemaCheck;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code anneal schema}: the JSON Schema of schedule files, exactly as shipped. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (2020-12) of schedule files, e.g. for an editor or another validator.")
final class SchemaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(SchemaCheck.text());
    out.flush();
    return 0;
  }
}
