package com.saharamarketing.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The elbow chart, drawn with JFreeChart: {@code mean_squared_distance} against k on the left axis,
 * the Davies–Bouldin index (dashed) on the right axis, and a vertical marker with a ring at the
 * suggested k. Written as PNG (JFreeChart's encoder) and SVG (JFreeSVG).
 *
 * <p>The files are deterministic for the same data, fonts and Java version: the SVG's element ids
 * use a fixed prefix instead of JFreeSVG's time-based default, and the PNG carries no timestamp.
 */
public final class ElbowChart {
  /** Width of both files, in pixels (PNG) or user units (SVG). */
  public static final int WIDTH = 800;
  /** Height of both files. */
  public static final int HEIGHT = 500;
  /** File name of the PNG in the output folder. */
  public static final String PNG = "elbow.png";
  /** File name of the SVG in the output folder. */
  public static final String SVG = "elbow.svg";

  private static final Color MSD_COLOR = new Color(0x1f, 0x77, 0xb4);
  private static final Color DB_COLOR = new Color(0x7f, 0x7f, 0x7f);
  private static final Color MARK_COLOR = new Color(0xd6, 0x27, 0x28);

  private ElbowChart() {}

  /** The chart as a JFreeChart object. */
  public static JFreeChart chart(List<ElbowPoint> points, KSuggestion suggestion) {
    XYSeries msd = new XYSeries("mean_squared_distance");
    XYSeries db = new XYSeries("davies_bouldin_index");
    for (ElbowPoint p : points) {
      msd.add(p.k(), p.meanSquaredDistance());
      if (Double.isFinite(p.daviesBouldinIndex())) {
        db.add(p.k(), p.daviesBouldinIndex());
      }
    }
    NumberAxis kAxis = new NumberAxis("k (clusters)");
    kAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
    kAxis.setAutoRangeIncludesZero(false);
    NumberAxis msdAxis = new NumberAxis("mean squared distance");
    msdAxis.setAutoRangeIncludesZero(false);
    msdAxis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(Locale.ROOT));
    XYLineAndShapeRenderer msdRenderer = new XYLineAndShapeRenderer(true, true);
    msdRenderer.setSeriesPaint(0, MSD_COLOR);
    msdRenderer.setSeriesStroke(0, new BasicStroke(2.5f));
    XYPlot plot = new XYPlot(new XYSeriesCollection(msd), kAxis, msdAxis, msdRenderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xdd, 0xdd, 0xdd));
    plot.setRangeGridlinePaint(new Color(0xdd, 0xdd, 0xdd));

    if (db.getItemCount() > 0) {
      NumberAxis dbAxis = new NumberAxis("Davies–Bouldin index (dashed)");
      dbAxis.setAutoRangeIncludesZero(false);
      dbAxis.setNumberFormatOverride(java.text.NumberFormat.getNumberInstance(Locale.ROOT));
      XYLineAndShapeRenderer dbRenderer = new XYLineAndShapeRenderer(true, true);
      dbRenderer.setSeriesPaint(0, DB_COLOR);
      dbRenderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
      plot.setRangeAxis(1, dbAxis);
      plot.setDataset(1, new XYSeriesCollection(db));
      plot.setRenderer(1, dbRenderer);
      plot.mapDatasetToRangeAxis(1, 1);
    }

    ValueMarker marker = new ValueMarker(suggestion.k(), MARK_COLOR, new BasicStroke(1.5f));
    marker.setLabel("suggested k = " + suggestion.k() + (suggestion.kneeK().isPresent() ? " (knee)" : " (no clear knee)"));
    marker.setLabelFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    marker.setLabelPaint(MARK_COLOR);
    marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
    marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    plot.addDomainMarker(marker);
    points.stream().filter(p -> p.k() == suggestion.k()).findFirst().ifPresent(p ->
        plot.addAnnotation(new XYShapeAnnotation(ring(plot, p), new BasicStroke(2.5f), MARK_COLOR)));

    JFreeChart chart = new JFreeChart("Elbow of the k-means models", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    return chart;
  }

  /** A small ellipse around the point, sized in data units so that it shows as a ring. */
  private static Rectangle2D.Double bounds(double x, double y, double w, double h) {
    return new Rectangle2D.Double(x - w / 2, y - h / 2, w, h);
  }

  private static Ellipse2D ring(XYPlot plot, ElbowPoint p) {
    double xRange = plot.getDomainAxis().getRange().getLength();
    double yRange = plot.getRangeAxis().getRange().getLength();
    Rectangle2D.Double r = bounds(p.k(), p.meanSquaredDistance(), xRange * 0.04, yRange * 0.06);
    return new Ellipse2D.Double(r.x, r.y, r.width, r.height);
  }

  /** Writes {@value #PNG} and {@value #SVG} into the folder, creating it if needed. */
  public static void write(Path folder, List<ElbowPoint> points, KSuggestion suggestion) throws IOException {
    Files.createDirectories(folder);
    JFreeChart chart = chart(points, suggestion);
    try (OutputStream out = Files.newOutputStream(folder.resolve(PNG))) {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    }
    SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
    svg.setDefsKeyPrefix("elbow"); // the default prefix is System.nanoTime()
    chart.draw(svg, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
    // No DOCTYPE: SVG 2 drops it, and parsers would fetch the DTD from the network.
    Files.writeString(folder.resolve(SVG), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.getSVGElement() + "\n",
        StandardCharsets.UTF_8);
  }
}
