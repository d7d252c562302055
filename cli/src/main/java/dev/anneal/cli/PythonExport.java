package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.ScheduleFile;
import dev.anneal.spec.Node;
import dev.anneal.spec.TorchNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * A schedule file as a self-contained Python module (the standard library and torch only) that
 * defines {@code make_scheduler(optimizer)}, {@code SCHEDULES} (each schedule of the file as a
 * function of the step) and {@code BASE_LR} when the file sets {@code base_lr}. A {@code torch.*}
 * tree becomes the real PyTorch schedulers; a native tree a {@code LambdaLR} over its closed form,
 * computed by the runtime in {@code pytorch_runtime.py} in anneal's own floating-point steps.
 */
final class PythonExport {
  /** Names a module-level alias of a schedule may not take: Python's keywords, the names the module uses. */
  private static final Set<String> RESERVED = Set.of("and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
      "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "min",
      "max", "float", "int", "len", "math", "bisect", "warnings", "torch", "lr_scheduler", "make_scheduler");

  private PythonExport() {}

  /** {@return the module for {@code checked}, read from {@code source} (named in its docstring)} */
  static String module(CheckedFile checked, String source) {
    ScheduleFile file = checked.file();
    Node lr = file.schedules().get("lr");
    boolean torch = lr instanceof TorchNode;
    StringBuilder out = new StringBuilder();
    out.append(header(source, torch));
    out.append("import bisect\nimport math\nimport warnings\n\nimport torch\nfrom torch.optim import lr_scheduler\n\n");
    if (file.baseLr() != null) out.append("BASE_LR = ").append(Python.literal(file.baseLr())).append("\n");
    out.append("_TORCH_LR = ").append(file.baseLr() != null ? "BASE_LR" : "1.0").append("\n\n");
    out.append(runtime()).append("\n\n# ---- the schedules of ").append(source).append(" ----\n\n");
    if (torch) {
      out.append("def _build_lr(optimizer):\n    return ").append(PythonTorch.of((TorchNode) lr, "    ")).append("\n\n\n");
    }
    out.append("SCHEDULES = {\n");
    for (Map.Entry<String, Node> schedule : file.schedules().entrySet()) {
      String expression = torch && schedule.getKey().equals("lr") ? "_torch(_build_lr, _TORCH_LR)"
          : PythonNodes.of(schedule.getValue(), file.context(), "    ");
      out.append("    ").append(Python.quoted(schedule.getKey())).append(": _schedule(").append(expression).append("),\n");
    }
    if (torch && checked.schedules().containsKey("momentum") && !file.schedules().containsKey("momentum")) {
      out.append("    'momentum': _schedule(_torch(_build_lr, _TORCH_LR, 'momentum')),\n");
    }
    out.append("}\n");
    for (String name : checked.schedules().keySet()) {
      if (!RESERVED.contains(name)) out.append(name).append(" = SCHEDULES[").append(Python.quoted(name)).append("]\n");
    }
    out.append("\n\n").append(torch ? TORCH_SCHEDULER : LAMBDA_SCHEDULER);
    return out.toString();
  }

  private static final String TORCH_SCHEDULER = """
      def make_scheduler(optimizer):
          \"""The file's PyTorch schedulers on `optimizer`, built in file order.\"""
          return _build_lr(optimizer)
      """;

  private static final String LAMBDA_SCHEDULER = """
      def make_scheduler(optimizer):
          \"""A LambdaLR that sets param group 0's lr to lr(k) after k steps (other groups keep their ratio to it).\"""
          group = optimizer.param_groups[0]
          base = group.get("initial_lr", group["lr"])
          return lr_scheduler.LambdaLR(optimizer, lambda step: lr_of(step) / base)
      """.replace("lr_of(step)", "SCHEDULES['lr'](step)");

  private static String header(String source, boolean torch) {
    String how = torch
        ? "It builds the real PyTorch schedulers with the file's arguments: create the optimizer\nwith lr=BASE_LR"
            + " (and momentum, for a scheduler that cycles it)."
        : "It is a LambdaLR over the schedule's closed form: any positive lr of the optimizer works,\nand other"
            + " param groups keep their ratio to group 0.";
    return "\"\"\"The schedules of " + source.replace("\\", "/").replace("\"", "'") + ", written by `anneal export --to pytorch`.\n\n"
        + "Needs the Python standard library and torch only. make_scheduler(optimizer) returns a scheduler\n"
        + "that, stepped k times, leaves anneal's lr at step k (row k of `anneal table`) in\n"
        + "optimizer.param_groups[0][\"lr\"]. " + how + "\n"
        + "SCHEDULES maps each schedule's name to its function of the step (lr(k), ...).\n\"\"\"\n";
  }

  private static String runtime() {
    try (InputStream in = PythonExport.class.getResourceAsStream("pytorch_runtime.py")) {
      if (in == null) throw new IllegalStateException("pytorch_runtime.py is missing from the jar");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
