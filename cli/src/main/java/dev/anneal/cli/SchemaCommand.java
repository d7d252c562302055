package dev.anneal.cli;

import dev.anneal.ScheduleFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code anneal schema}: the JSON Schema of schedule files, exactly as shipped. */
final class SchemaCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "schema",
      new String[] {"Print the JSON Schema (2020-12) of schedule files, e.g. for an editor or another validator."});

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(ScheduleFile.schema());
    out.flush();
    return 0;
  }
}
