package dev.anneal.cli;

import dev.anneal.CheckedFile;
import dev.anneal.Schedule;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code anneal table}: the schedule as CSV, one row per step. */
final class TableCommand implements Callable<Integer> {
  /** Rows in a chunk of the table, made at once. */
  static final int CHUNK = 8192;

  final CommandSpec spec = Specs.command(this, "table",
      new String[] {"Print the schedule as CSV: step,lr[,other schedules], one row per step 0, K, 2K, ... below N."},
      "", "Example:", "  anneal table --steps 1000 --every 100 samples/warmup-cosine.yaml");

  {
    FileOptions.addTo(spec);
    Specs.option(spec, "--steps", "N", Long.class, null, "Rows below step N (default: the file's total_steps).");
    Specs.option(spec, "--every", "K", long.class, "1", "One row every K steps (default: 1).");
    Specs.flag(spec, "--factor", "Print lr / base_lr (column lr_factor), the factor a PyTorch LambdaLR returns.");
  }

  @Override
  public Integer call() {
    @Nullable Long steps = Specs.value(spec, "--steps");
    long every = Specs.value(spec, "--every");
    FileOptions input = FileOptions.of(spec);
    if (every < 1) throw new ParameterException(spec.commandLine(), "--every must be >= 1, got " + every);
    if (steps != null && steps < 0) throw new ParameterException(spec.commandLine(), "--steps must be >= 0, got " + steps);
    CheckedFile checked = input.check(spec.commandLine(), steps);
    long n = input.runLength(steps, checked.file(), spec.commandLine());
    Map<String, Schedule> schedules = checked.schedules();
    if (Specs.<Boolean>value(spec, "--factor")) schedules = factors(schedules, checked.file().baseLr(), input);
    write(schedules, n, every);
    return 0;
  }

  /** The schedules with {@code lr} replaced by {@code lr_factor}, {@code lr / base_lr}, first. */
  private Map<String, Schedule> factors(Map<String, Schedule> schedules, @Nullable Double baseLr, FileOptions input) {
    if (baseLr == null || baseLr == 0) {
      throw new ParameterException(spec.commandLine(), "--factor divides by base_lr, and " + input.file
          + (baseLr == null ? " sets none" : " sets it to 0"));
    }
    Schedule lr = schedules.get("lr");
    double base = baseLr;
    Map<String, Schedule> out = new LinkedHashMap<>();
    out.put("lr_factor", step -> lr.valueAt(step) / base);
    schedules.forEach((name, schedule) -> {
      if (!name.equals("lr")) out.put(name, schedule);
    });
    return out;
  }

  /**
   * The rows are cut into chunks of {@value #CHUNK}; on a machine with more than one core, worker
   * threads turn chunks into text while this thread writes the finished ones out in order (a value
   * depends on its step alone, so chunks are independent). When the reader goes away
   * ({@code | head}), the rows stop: there is nothing to report.
   */
  private static void write(Map<String, Schedule> schedules, long n, long every) {
    Schedule[] columns = schedules.values().toArray(Schedule[]::new);
    String[] names = schedules.keySet().toArray(String[]::new);
    PrintStream out = System.out;
    String header = "step," + String.join(",", schedules.keySet()) + "\n";
    if (!write(out, header.getBytes(StandardCharsets.US_ASCII))) return;
    long rows = n <= 0 ? 0 : (n - 1) / every + 1;
    long chunks = (rows + CHUNK - 1) / CHUNK;
    int workers = (int) Math.min(Runtime.getRuntime().availableProcessors(), Math.min(chunks, 4));
    if (workers <= 1) {
      for (long chunk = 0; chunk < chunks; chunk++) {
        if (!write(out, rows(columns, names, chunk, rows, every))) return;
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "anneal-table");
      thread.setDaemon(true);
      return thread;
    });
    try {
      Deque<Future<byte[]>> pending = new ArrayDeque<>();
      long next = 0;
      while (next < chunks || !pending.isEmpty()) {
        while (next < chunks && pending.size() < 2 * workers) {
          long chunk = next++;
          pending.add(pool.submit(() -> rows(columns, names, chunk, rows, every)));
        }
        if (!write(out, pending.remove().get())) return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** Rows {@code chunk * CHUNK} up to the next chunk (or {@code rows}) as CSV text. */
  private static byte[] rows(Schedule[] columns, String[] names, long chunk, long rows, long every) {
    long first = chunk * CHUNK;
    int count = (int) Math.min(CHUNK, rows - first);
    double[][] values = new double[columns.length][count];
    for (int c = 0; c < columns.length; c++) columns[c].fill(values[c], first * every, every);
    StringBuilder text = new StringBuilder(count * (8 + 24 * columns.length));
    long step = first * every;
    for (int i = 0; i < count; i++, step += every) {
      text.append(step);
      for (int c = 0; c < values.length; c++) text.append(',').append(Finite.check(names[c], step, values[c][i]));
      text.append('\n');
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** Writes {@code bytes}; false when the output is gone. */
  private static boolean write(PrintStream out, byte[] bytes) {
    out.write(bytes, 0, bytes.length);
    out.flush();
    return !out.checkError();
  }
}
