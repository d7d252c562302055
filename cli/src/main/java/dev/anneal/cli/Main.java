package dev.anneal.cli;

import dev.anneal.ScheduleFile;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import picocli.CommandLine;

/** {@code anneal}: validate, tabulate, plot and explain learning-rate schedule files. */
public final class Main {
  /** The commands that load schedule files, for which the schema is loaded while picocli starts. */
  private static final Set<String> READS_FILES = Set.of("validate", "table", "plot", "explain", "convert", "export");

  /** The subcommands in help order, each made only when needed. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("validate", () -> new ValidateCommand().spec);
    commands.put("table", () -> new TableCommand().spec);
    commands.put("plot", () -> new PlotCommand().spec);
    commands.put("explain", () -> new ExplainCommand().spec);
    commands.put("convert", () -> new ConvertCommand().spec);
    commands.put("export", () -> new ExportCommand().spec);
    commands.put("schema", () -> new SchemaCommand().spec);
    // picocli's own two commands are annotated; they are only made for help and completion
    commands.put("generate-completion", picocli.AutoComplete.GenerateCompletion::new);
    commands.put("help", CommandLine.HelpCommand::new);
    return commands;
  }

  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    Stdout stdout = Stdout.install();
    int status = stdout.finish(run(args), System.err);
    // returning from main exits with 0 without System.exit's logger set-up; every thread left is a daemon
    if (status != 0) System.exit(status);
  }

  /** Runs the command line and returns its exit status; never throws. */
  public static int run(String... args) {
    // the schema validator logs through SLF4J; without a provider SLF4J would warn on stderr
    if (System.getProperty("slf4j.internal.verbosity") == null) System.setProperty("slf4j.internal.verbosity", "ERROR");
    String first = args.length > 0 ? args[0] : "";
    if (READS_FILES.contains(first)) ScheduleFile.prepare();
    CommandLine cli = new CommandLine(Specs.command(new Main(), "anneal",
        new String[] {"Learning-rate schedules as values: check them, see them, use the very same numbers as PyTorch."},
        "", "Examples:",
        "  anneal validate configs/*.yaml            check files in CI (--format github for annotations)",
        "  anneal table --every 100 run.yaml        the values as CSV",
        "  anneal plot -o lr.png run.yaml            see the curve (--term for a terminal preview)",
        "  anneal explain run.yaml                   the phases, peak and lowest value in words",
        "  anneal explain --dialect hf train.yaml    a Hugging Face / axolotl config (hf) read the same way",
        "  anneal convert --from hf train.yaml       its schedule as a native anneal file",
        "  anneal export --to pytorch run.yaml       a Python module: make_scheduler(optimizer)",
        "  source <(anneal generate-completion)      tab completion in bash or zsh",
        "", "Exit status: 0 ok, 1 a file has problems, 2 the command line is wrong, 3 a file could not be read."));
    // picocli builds a command's model by reflection when it is added: a run that names a command
    // gets that one alone, --version none; help, completion and anything else get them all
    boolean alone = COMMANDS.containsKey(first) && !first.equals("help") && !first.equals("generate-completion");
    boolean none = args.length == 1 && (first.equals("--version") || first.equals("-V"));
    COMMANDS.forEach((name, command) -> {
      if (!none && (!alone || name.equals(first))) cli.addSubcommand(name, command.get());
    });
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof FileOptions.Exit exit) return exit.status;
      command.getErr().println("anneal: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return 1;
    });
    return cli.execute(args);
  }
}
