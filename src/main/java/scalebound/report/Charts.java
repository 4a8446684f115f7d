package scalebound.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;
import scalebound.verdict.Plot;
import scalebound.verdict.Plot.Marker;
import scalebound.verdict.Plot.Series;

/**
 * Renders a {@link Plot} to PNG with XChart, headless, with one axis convention for every plot:
 * a quantity the plot marks as logarithmic is drawn as log10 of its values on a linear axis
 * titled "log10 ...", so XChart's linear tick logic labels it (a few legible ticks whether the
 * range is one decade or thirty). Series take colours from a fixed colour-blind-safe palette;
 * points are drawn as points, lines solid, reference lines dashed, interval ends dotted, and
 * vertical markers (such as the derived threshold C*) dash-dotted across the data's range, over
 * a light grid at the ticks.
 */
public final class Charts {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  /**
   * Okabe and Ito's palette without its yellow (too faint on white), in the order the rate plots
   * use it: points, fitted line, the interval's two ends, and the claimed exponent in black.
   */
  private static final Color[] PALETTE = {new Color(0x00, 0x72, 0xB2), new Color(0xD5, 0x5E, 0x00),
      new Color(0x00, 0x9E, 0x73), new Color(0xCC, 0x79, 0xA7), Color.BLACK, new Color(0xE6, 0x9F, 0x00),
      new Color(0x56, 0xB4, 0xE9)};

  private static final BasicStroke SOLID = new BasicStroke(2f);
  private static final BasicStroke DASHED = dashes(2.2f, BasicStroke.CAP_BUTT, 7f, 5f);
  private static final BasicStroke DOTTED = dashes(2.4f, BasicStroke.CAP_ROUND, 0.5f, 4.5f);
  private static final BasicStroke DASH_DOT = dashes(1.6f, BasicStroke.CAP_BUTT, 10f, 4f, 2f, 4f);

  private Charts() {}

  public static byte[] png(Plot plot) {
    try {
      return BitmapEncoder.getBitmapBytes(chart(plot), BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plot as an XChart chart, not yet painted. */
  static XYChart chart(Plot plot) {
    XYChart chart = new XYChartBuilder().width(760).height(440).title(plot.title())
        .xAxisTitle(axisTitle(plot.xLabel(), plot.logX())).yAxisTitle(axisTitle(plot.yLabel(), plot.logY())).build();
    chart.getStyler().setXAxisDecimalPattern("#0.##");
    chart.getStyler().setYAxisDecimalPattern("#0.##");
    chart.getStyler().setXAxisTickMarkSpacingHint(90);
    chart.getStyler().setYAxisTickMarkSpacingHint(50);
    chart.getStyler().setPlotGridLinesColor(new Color(236, 236, 236));
    chart.getStyler().setPlotGridLinesStroke(new BasicStroke(0.8f));
    chart.getStyler().setPlotBorderColor(new Color(200, 200, 200));
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setSeriesColors(PALETTE);
    chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
    chart.getStyler().setMarkerSize(5);
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int added = 0;
    for (Series e : plot.series()) {
      double[][] xy = usable(axis(e.x(), plot.logX()), axis(e.y(), plot.logY()));
      if (xy[0].length == 0) {
        continue;
      }
      for (double y : xy[1]) {
        lo = Math.min(lo, y);
        hi = Math.max(hi, y);
      }
      XYSeries s = chart.addSeries(e.name(), xy[0], xy[1]);
      switch (e.style()) {
        case POINTS -> s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        case LINE -> line(s, SOLID);
        case REFERENCE -> line(s, DASHED);
        case INTERVAL -> line(s, DOTTED);
      }
      added++;
    }
    if (added > 0) {
      for (Marker m : plot.markers()) {
        double x = plot.logX() ? Math.log10(m.x()) : m.x();
        if (Double.isFinite(x)) {
          line(chart.addSeries(m.name() + " = " + String.format("%.3g", m.x()), new double[] {x, x},
              new double[] {lo, hi}), DASH_DOT);
        }
      }
    }
    return chart;
  }

  private static String axisTitle(String label, boolean log) {
    return log ? "log10 " + label : label;
  }

  private static void line(XYSeries s, BasicStroke stroke) {
    s.setMarker(SeriesMarkers.NONE);
    s.setLineStyle(stroke);
  }

  private static BasicStroke dashes(float width, int cap, float... pattern) {
    return new BasicStroke(width, cap, BasicStroke.JOIN_MITER, 10f, pattern, 0f);
  }

  /** The values as drawn: log10 of each on a logarithmic axis (NaN where not positive), else as given. */
  private static double[] axis(double[] values, boolean log) {
    if (!log) {
      return values;
    }
    double[] out = new double[values.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = values[i] > 0 ? Math.log10(values[i]) : Double.NaN;
    }
    return out;
  }

  /** The points whose coordinates are both finite. */
  private static double[][] usable(double[] x, double[] y) {
    int n = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        n++;
      }
    }
    double[][] out = new double[2][n];
    int k = 0;
    for (int i = 0; i < x.length; i++) {
      if (Double.isFinite(x[i]) && Double.isFinite(y[i])) {
        out[0][k] = x[i];
        out[1][k] = y[i];
        k++;
      }
    }
    return out;
  }
}
