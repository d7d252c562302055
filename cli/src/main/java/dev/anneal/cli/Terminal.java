package dev.anneal.cli;

import dev.anneal.Schedule;
import java.util.Locale;

/** A braille-dot preview of a schedule for a terminal: each character is 2x4 dots. */
final class Terminal {
  private Terminal() {}

  static final int COLUMNS = 72;
  static final int ROWS = 16;

  /** Bit of the braille dot at (x in 0..1, y in 0..3, from the top) of a cell. */
  private static final int[][] DOT = {{0x01, 0x08}, {0x02, 0x10}, {0x04, 0x20}, {0x40, 0x80}};

  static String preview(String name, Schedule schedule, long n) {
    int w = COLUMNS * 2;
    int h = ROWS * 4;
    double[] values = new double[w];
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int x = 0; x < w; x++) {
      long step = Math.round(x * ((n - 1) / (double) (w - 1)));
      values[x] = schedule.valueAt(Math.max(0, step));
      if (Double.isFinite(values[x])) {
        min = Math.min(min, values[x]);
        max = Math.max(max, values[x]);
      }
    }
    if (!Double.isFinite(min)) {
      min = 0;
      max = 1;
    }
    double span = max > min ? max - min : Math.max(Math.abs(max), 1) * 0.1;
    double lo = max > min ? min : min - span / 2;
    int[][] cells = new int[ROWS][COLUMNS];
    int previous = -1;
    for (int x = 0; x < w; x++) {
      if (!Double.isFinite(values[x])) {
        previous = -1;
        continue;
      }
      int y = (int) Math.round((h - 1) * (1 - (values[x] - lo) / span));
      y = Math.max(0, Math.min(h - 1, y));
      int from = previous < 0 ? y : Math.min(previous, y);
      int to = previous < 0 ? y : Math.max(previous, y);
      // join to the previous column, half of the jump in each column
      for (int yy = from; yy <= to; yy++) {
        boolean nearPrev = previous >= 0 && Math.abs(yy - previous) < Math.abs(yy - y);
        int xx = nearPrev && x > 0 ? x - 1 : x;
        cells[yy / 4][xx / 2] |= DOT[yy % 4][xx % 2];
      }
      previous = y;
    }
    String top = format(lo + span);
    String bottom = format(lo);
    int margin = Math.max(top.length(), bottom.length());
    StringBuilder out = new StringBuilder();
    out.append(" ".repeat(margin + 1)).append(name).append('\n');
    for (int r = 0; r < ROWS; r++) {
      String label = r == 0 ? top : r == ROWS - 1 ? bottom : "";
      out.append(" ".repeat(margin - label.length())).append(label).append(r == 0 || r == ROWS - 1 ? '┤' : '│');
      for (int c = 0; c < COLUMNS; c++) out.append((char) (0x2800 + cells[r][c]));
      out.append('\n');
    }
    out.append(" ".repeat(margin)).append('└').append("─".repeat(COLUMNS)).append('\n');
    String left = "0";
    String right = Long.toString(n - 1);
    out.append(" ".repeat(margin + 1)).append(left)
        .append(" ".repeat(Math.max(1, COLUMNS - left.length() - right.length() - 4)))
        .append("step ").append(right).append('\n');
    return out.toString();
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.3g", v);
  }
}
