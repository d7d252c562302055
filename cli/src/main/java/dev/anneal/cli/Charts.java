package dev.anneal.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Figures of schedules: one panel per named schedule, stacked over a shared step axis. */
final class Charts {
  private Charts() {}

  static final int WIDTH = 1000;
  static final int PANEL_HEIGHT = 300;
  static final int MIN_HEIGHT = 500;
  static final int MAX_POINTS = 2000;

  private static final Color INK = new Color(0x1f, 0x4e, 0x99);
  private static final Color GRID = new Color(0xe4, 0xe4, 0xe4);
  private static final Color AXIS = new Color(0x33, 0x33, 0x33);
  private static final Color BOUNDARY = new Color(0x99, 0x99, 0x99);
  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 18);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  /** One named panel: sampled steps and values, and where its phases start. */
  record Panel(String name, long[] steps, double[] values, List<Long> boundaries) {}

  /**
   * At most about {@link #MAX_POINTS} steps evenly over {@code 0..n-1}, always with 0, n-1 and
   * both sides of every boundary.
   */
  static long[] sampleSteps(long n, List<Long> boundaries) {
    if (n <= MAX_POINTS) {
      long[] all = new long[(int) n];
      for (int i = 0; i < n; i++) all[i] = i;
      return all;
    }
    TreeSet<Long> steps = new TreeSet<>();
    for (int i = 0; i < MAX_POINTS; i++) steps.add(Math.round(i * ((n - 1) / (double) (MAX_POINTS - 1))));
    steps.add(n - 1);
    for (long b : boundaries) {
      if (b - 1 >= 0) steps.add(b - 1);
      if (b < n) steps.add(b);
    }
    return steps.stream().mapToLong(Long::longValue).toArray();
  }

  static int height(int panels) {
    return Math.max(MIN_HEIGHT, PANEL_HEIGHT * panels);
  }

  static JFreeChart chart(String title, List<Panel> panels, long n, boolean log) {
    NumberAxis stepAxis = new NumberAxis("step");
    style(stepAxis);
    stepAxis.setAutoRangeIncludesZero(false);
    stepAxis.setRange(0, Math.max(1, n - 1));
    double stepUnit = Math.max(1, TickFormat.niceUnit(n - 1, 8));
    stepAxis.setTickUnit(new NumberTickUnit(stepUnit, new TickFormat(true, false, n - 1)));
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(stepAxis);
    plot.setGap(14);
    plot.setOrientation(PlotOrientation.VERTICAL);
    for (Panel panel : panels) plot.add(subplot(panel, log), 1);
    JFreeChart chart = new JFreeChart(title, TITLE, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    chart.setPadding(new RectangleInsets(10, 10, 10, 22));
    TextTitle t = chart.getTitle();
    t.setPaint(AXIS);
    t.setMargin(4, 0, 8, 0);
    return chart;
  }

  private static XYPlot subplot(Panel panel, boolean log) {
    XYSeries series = new XYSeries(panel.name(), false, true);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < panel.steps().length; i++) {
      double v = panel.values()[i];
      if (!Double.isFinite(v) || (log && v <= 0)) continue;
      series.add(panel.steps()[i], v);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    ValueAxis axis = log ? logAxis(panel.name(), min, max) : linearAxis(panel.name(), min, max);
    style(axis);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, INK);
    renderer.setDrawSeriesLineAsPath(true); // one path: smooth joins, small SVG
    renderer.setSeriesStroke(0, new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    XYPlot plot = new XYPlot(new XYSeriesCollection(series), null, axis, renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(AXIS);
    plot.setOutlineStroke(new BasicStroke(0.8f));
    plot.setDomainGridlinePaint(GRID);
    plot.setRangeGridlinePaint(GRID);
    plot.setDomainGridlineStroke(new BasicStroke(0.8f));
    plot.setRangeGridlineStroke(new BasicStroke(0.8f));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    for (long b : panel.boundaries()) {
      ValueMarker marker = new ValueMarker(b, BOUNDARY, new BasicStroke(1.0f, BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f));
      plot.addDomainMarker(marker);
    }
    return plot;
  }

  /** A log axis over {@code [min, max]} (the finite positive values), whole decades when it spans one. */
  private static LogAxis logAxis(String name, double min, double max) {
    LogAxis logAxis = new LogAxis(name + " (log)");
    logAxis.setBase(10);
    logAxis.setSmallestValue(min > 0 && Double.isFinite(min) ? min / 10 : 1e-12);
    TickFormat format = new TickFormat(false, true, 0);
    logAxis.setNumberFormatOverride(format);
    if (Double.isFinite(min) && max / min >= 10) {
      // whole decades, one tick each
      logAxis.setRange(Math.pow(10, Math.floor(Math.log10(min))), Math.pow(10, Math.ceil(Math.log10(max))));
      logAxis.setAutoTickUnitSelection(false);
      logAxis.setTickUnit(new NumberTickUnit(1.0, format));
      logAxis.setMinorTickCount(9);
      logAxis.setMinorTickMarksVisible(true);
    }
    return logAxis;
  }

  /** A linear axis over {@code [min, max]} (the finite values) with some room, from 0 when it comes near. */
  private static NumberAxis linearAxis(String name, double min, double max) {
    NumberAxis numberAxis = new NumberAxis(name);
    numberAxis.setAutoRangeIncludesZero(false);
    double big = Math.max(Math.abs(min), Math.abs(max));
    boolean scientific = Double.isFinite(big) && big > 0 && (big < 1e-2 || big >= 1e5);
    if (!Double.isFinite(min)) return numberAxis;
    double lo = min;
    double hi = max;
    if (lo == hi) { // a constant: drawn against 0, so that it reads as a level, not as noise
      if (lo > 0) {
        lo = 0;
      } else if (hi < 0) {
        hi = 0;
      } else {
        lo = -1;
        hi = 1;
      }
    } else if (lo >= 0 && lo < (hi - lo) * 0.25) {
      lo = 0; // a curve that comes near 0 is drawn from 0, as readers expect of a learning rate
    }
    double span = hi - lo;
    numberAxis.setRange(lo - span * 0.05, hi + span * 0.06);
    numberAxis.setTickUnit(new NumberTickUnit(TickFormat.niceUnit(span, 6), new TickFormat(false, scientific, 0)));
    return numberAxis;
  }

  /**
   * The chart as SVG, drawn by Batik's SVG generator into a document of the JDK's own DOM, and
   * written without a DOCTYPE, so that readers need not fetch the DTD.
   */
  private static void writeSvg(JFreeChart chart, Path out, int width, int height) throws IOException {
    try {
      Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
      SVGGraphics2D g = new SVGGraphics2D(document);
      g.setSVGCanvasSize(new Dimension(width, height));
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      chart.draw(g, new Rectangle(0, 0, width, height));
      Element svg = g.getRoot();
      svg.setAttribute("viewBox", "0 0 " + width + " " + height);
      Transformer xml = TransformerFactory.newInstance().newTransformer();
      xml.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      try (OutputStream file = Files.newOutputStream(out)) {
        xml.transform(new DOMSource(svg), new StreamResult(file));
      }
    } catch (ParserConfigurationException | TransformerException e) {
      throw new IOException(e.getMessage(), e);
    }
  }

  private static void style(ValueAxis axis) {
    axis.setLabelFont(LABEL);
    axis.setTickLabelFont(TICK);
    axis.setLabelPaint(AXIS);
    axis.setTickLabelPaint(AXIS);
    axis.setAxisLinePaint(AXIS);
    axis.setTickMarkPaint(AXIS);
    axis.setAxisLineVisible(false);
  }

  /** Writes the chart to {@code out} as PNG or SVG (by its extension), whole or not at all. */
  static void write(JFreeChart chart, Path out, int width, int height) throws IOException {
    String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
    WholeFile.write(out, partial -> {
      if (name.endsWith(".svg")) {
        writeSvg(chart, partial, width, height);
      } else {
        try (OutputStream png = Files.newOutputStream(partial)) {
          ChartUtils.writeChartAsPNG(png, chart, width, height);
        }
      }
    });
  }
}
