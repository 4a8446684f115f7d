package scalebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator_;
import org.knowm.xchart.internal.chartpart.Chart;
import scalebound.verdict.Plot;

/**
 * The plots' one axis convention, read off the ticks XChart lays out once a chart is painted: a
 * logarithmic quantity is drawn as log10 of its values on a linear axis, so 31 decades get a
 * few labels that do not collide (a log axis labels every decade) and one decade (m = 16..128)
 * gets several (a log axis labels only 100).
 */
class ChartsTest {
  private static Plot plot(double[] x, double[] y) {
    return new Plot("title", "m", "gap", true, true, List.of(Plot.Series.points("measured", x, y)), List.of(),
        "caption");
  }

  @Test
  void thirtyOneDecadesOnYGetAFewLabelsThatDoNotOverlap() throws Exception {
    double[] y = new double[40];
    double[] x = new double[40];
    for (int i = 0; i < y.length; i++) {
      x[i] = i + 1;
      y[i] = Math.pow(10, -31 * Math.sqrt(i / 39.0));
    }
    XYChart chart = painted(plot(x, y));
    assertEquals("log10 gap", chart.getYAxisTitle());
    Map<Double, String> labels = labelled(ticks(chart, false));
    assertTrue(labels.size() >= 3 && labels.size() <= 10, "a few y labels: " + labels);
    FontMetrics font = metrics(chart);
    Double previous = null;
    for (double at : labels.keySet()) {
      if (previous != null) {
        assertTrue(at - previous > font.getHeight(), "labels " + labels.get(previous) + " and " + labels.get(at)
            + " are " + (at - previous) + " px apart, a label is " + font.getHeight() + " px high: " + labels);
      }
      previous = at;
    }
  }

  @Test
  void mFrom16To128OnXGetsSeveralLabelledTicks() throws Exception {
    double[] x = {16, 32, 64, 128};
    XYChart chart = painted(plot(x, new double[] {1, 0.5, 0.25, 0.125}));
    assertEquals("log10 m", chart.getXAxisTitle());
    Map<Double, String> labels = labelled(ticks(chart, true));
    assertTrue(labels.size() >= 3, "several labelled x ticks: " + labels);
    for (String label : labels.values()) {
      double v = Double.parseDouble(label);
      assertTrue(v >= Math.log10(16) - 0.2 && v <= Math.log10(128) + 0.2, "a tick at log10 m = " + label);
    }
  }

  /** The labelled ticks by their position in pixels along the axis (a log axis leaves minor ticks unlabelled). */
  private static Map<Double, String> labelled(AxisTickCalculator_ ticks) {
    Map<Double, String> labels = new TreeMap<>();
    for (int i = 0; i < ticks.getTickLabels().size(); i++) {
      if (ticks.getTickLabels().get(i) != null) {
        labels.put(ticks.getTickLocations().get(i), ticks.getTickLabels().get(i));
      }
    }
    return labels;
  }

  private static XYChart painted(Plot plot) {
    XYChart chart = Charts.chart(plot);
    BitmapEncoder.getBufferedImage(chart);
    return chart;
  }

  private static FontMetrics metrics(XYChart chart) {
    Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
    try {
      return g.getFontMetrics(chart.getStyler().getAxisTickLabelsFont());
    } finally {
      g.dispose();
    }
  }

  /** The tick calculator XChart made for the x or the y axis when the chart was painted (not public API). */
  private static AxisTickCalculator_ ticks(XYChart chart, boolean x)
      throws ReflectiveOperationException {
    Field field = Chart.class.getDeclaredField("axisPair");
    field.setAccessible(true);
    AxisPair<?, ?> pair = (AxisPair<?, ?>) field.get(chart);
    Method getter = AxisPair.class.getDeclaredMethod(x ? "getXAxis" : "getYAxis");
    getter.setAccessible(true);
    return ((Axis<?, ?>) getter.invoke(pair)).getAxisTickCalculator();
  }
}
