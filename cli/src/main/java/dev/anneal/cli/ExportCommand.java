package dev.anneal.cli;

import dev.anneal.CheckedFile;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal export --to pytorch}: the schedule file as code for a training loop elsewhere. */
final class ExportCommand implements Callable<Integer> {
  final CommandSpec spec = Specs.command(this, "export",
      new String[] {"Print the schedule file as a self-contained Python module (standard library and torch only):"
          + " make_scheduler(optimizer), SCHEDULES, and BASE_LR when the file sets base_lr."},
      "", "Stepped k times, make_scheduler(optimizer) leaves anneal's lr at step k in optimizer.param_groups[0][\"lr\"]:",
      "torch.* nodes as the real PyTorch schedulers, native trees as a LambdaLR over their closed form.",
      "", "Example:", "  anneal export --to pytorch samples/warmup-cosine.yaml > schedule.py");

  {
    Specs.option(spec, "--to", "TARGET", String.class, null, "What to write: pytorch (required).");
    FileOptions.addTo(spec);
  }

  @Override
  public Integer call() {
    @Nullable String to = Specs.value(spec, "--to");
    if (to == null) throw new ParameterException(spec.commandLine(), "--to is required: --to pytorch");
    if (!to.equals("pytorch")) throw new ParameterException(spec.commandLine(), "--to must be pytorch, got " + to);
    FileOptions input = FileOptions.of(spec);
    CheckedFile checked = input.check(spec.commandLine(), null);
    PrintWriter out = spec.commandLine().getOut();
    out.print(PythonExport.module(checked, input.file.toString()));
    out.flush();
    return 0;
  }
}
