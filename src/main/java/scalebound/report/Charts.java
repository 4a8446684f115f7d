package scalebound.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import scalebound.verdict.Plot;
import scalebound.verdict.Plot.Marker;
import scalebound.verdict.Plot.Series;

/**
 * Renders a {@link Plot} to PNG with XChart, headless: labelled axes, log scales where the
 * plot asks for them, scatter series as points, the rest as lines, and vertical markers (such
 * as the derived threshold C*) as dashed lines across the data's range.
 */
public final class Charts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private Charts() {}

  public static byte[] png(Plot given) {
    Plot plot = narrowLogY(wideLogX(given));
    XYChart chart = new XYChartBuilder().width(760).height(440).title(plot.title()).xAxisTitle(plot.xLabel())
        .yAxisTitle(plot.yLabel()).build();
    chart.getStyler().setXAxisLogarithmic(plot.logX());
    chart.getStyler().setYAxisLogarithmic(plot.logY());
    chart.getStyler().setXAxisLogarithmicDecadeOnly(true);
    chart.getStyler().setYAxisLogarithmicDecadeOnly(true);
    if (!plot.logX()) {
      chart.getStyler().setXAxisDecimalPattern("#0.##");
    }
    if (!plot.logY()) {
      chart.getStyler().setYAxisDecimalPattern("#0.##");
    }
    chart.getStyler().setPlotGridLinesColor(new Color(235, 235, 235));
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
    chart.getStyler().setMarkerSize(5);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int added = 0;
    for (Series e : plot.series()) {
      double[][] xy = usable(plot, e);
      if (xy[0].length == 0) {
        continue;
      }
      for (double y : xy[1]) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      XYSeries s = chart.addSeries(e.name(), xy[0], xy[1]);
      if (e.style() == Plot.Style.POINTS) {
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
      } else {
        s.setMarker(SeriesMarkers.NONE);
      }
      added++;
    }
    if (added > 0) {
      for (Marker m : plot.markers()) {
        double x = m.x();
        if (Double.isFinite(x) && (!plot.logX() || x > 0)) {
          XYSeries s = chart.addSeries(m.name() + " = " + String.format("%.3g", x), new double[] {x, x},
              new double[] {lo, hi});
          s.setMarker(SeriesMarkers.NONE);
          s.setLineStyle(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f},
              0f));
        }
      }
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A log axis spanning less than two decades gets at most one labelled tick; such a plot is
   * drawn with log10 of its values on a linear axis instead, so every tick is labelled.
   */
  private static Plot narrowLogY(Plot plot) {
    if (!plot.logY()) {
      return plot;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (Series xy : plot.series()) {
      for (double y : xy.y()) {
        if (y > 0 && Double.isFinite(y)) {
          lo = Math.min(lo, y);
          hi = Math.max(hi, y);
        }
      }
    }
    if (!(hi > 0) || hi / lo >= 100) {
      return plot;
    }
    List<Series> series = new ArrayList<>();
    for (Series xy : plot.series()) {
      double[] y = new double[xy.y().length];
      for (int i = 0; i < y.length; i++) {
        y[i] = xy.y()[i] > 0 ? Math.log10(xy.y()[i]) : Double.NaN;
      }
      series.add(new Series(xy.name(), xy.x(), y, xy.style()));
    }
    return new Plot(plot.title(), plot.xLabel(), "log10 " + plot.yLabel(), plot.logX(), false, series, plot.markers());
  }

  /**
   * A log axis over more than ten decades labels every decade and the labels collide; such a
   * plot is drawn against log10 of x on a linear axis (markers moved alike).
   */
  private static Plot wideLogX(Plot plot) {
    if (!plot.logX()) {
      return plot;
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (Series xy : plot.series()) {
      for (double x : xy.x()) {
        if (x > 0 && Double.isFinite(x)) {
          lo = Math.min(lo, x);
          hi = Math.max(hi, x);
        }
      }
    }
    if (!(hi > 0) || hi / lo <= 1e10) {
      return plot;
    }
    List<Series> series = new ArrayList<>();
    for (Series xy : plot.series()) {
      double[] x = new double[xy.x().length];
      for (int i = 0; i < x.length; i++) {
        x[i] = xy.x()[i] > 0 ? Math.log10(xy.x()[i]) : Double.NaN;
      }
      series.add(new Series(xy.name(), x, xy.y(), xy.style()));
    }
    List<Marker> markers = new ArrayList<>();
    plot.markers().forEach(m -> markers.add(new Marker(m.name(), Math.log10(m.x()))));
    return new Plot(plot.title(), "log10 " + plot.xLabel(), plot.yLabel(), false, plot.logY(), series, markers);
  }

  /** Finite points, positive on log axes. */
  private static double[][] usable(Plot plot, Series series) {
    double[][] xy = {series.x(), series.y()};
    int n = 0;
    for (int i = 0; i < xy[0].length; i++) {
      if (ok(xy[0][i], plot.logX()) && ok(xy[1][i], plot.logY())) {
        n++;
      }
    }
    double[][] out = new double[2][n];
    int k = 0;
    for (int i = 0; i < xy[0].length; i++) {
      if (ok(xy[0][i], plot.logX()) && ok(xy[1][i], plot.logY())) {
        out[0][k] = xy[0][i];
        out[1][k] = xy[1][i];
        k++;
      }
    }
    return out;
  }

  private static boolean ok(double v, boolean log) {
    return Double.isFinite(v) && (!log || v > 0);
  }
}
