package scalebound.verdict;

import java.util.List;

/**
 * A figure a check leaves for the report: named series of (x, y) points, drawn as lines, as
 * points or as reference lines, vertical markers (e.g. the derived threshold C*), axis labels,
 * which axes are logarithmic, and a caption saying what was drawn (a check's draw parameters
 * and seed, or the constants a derived curve is evaluated at), printed under the figure while
 * the title stays in the image. Plotting itself is the report's business.
 */
public record Plot(String title, String xLabel, String yLabel, boolean logX, boolean logY, List<Series> series,
    List<Marker> markers, String caption) {
  public Plot {
    series = List.copyOf(series);
    markers = List.copyOf(markers);
  }

  /**
   * How a series is drawn: a measured or computed line, points, a reference line to compare
   * with (a claimed exponent, "measured = bound", a floor), or an interval's end (a confidence
   * bound).
   */
  public enum Style { LINE, POINTS, REFERENCE, INTERVAL }

  /** One series: x[i] against y[i]. */
  public record Series(String name, double[] x, double[] y, Style style) {
    public Series {
      if (x.length != y.length) {
        throw new IllegalArgumentException("series " + name + ": " + x.length + " x values, " + y.length + " y values");
      }
    }

    public static Series line(String name, double[] x, double[] y) {
      return new Series(name, x, y, Style.LINE);
    }

    public static Series points(String name, double[] x, double[] y) {
      return new Series(name, x, y, Style.POINTS);
    }

    public static Series reference(String name, double[] x, double[] y) {
      return new Series(name, x, y, Style.REFERENCE);
    }

    public static Series interval(String name, double[] x, double[] y) {
      return new Series(name, x, y, Style.INTERVAL);
    }
  }

  /** A vertical line at x. */
  public record Marker(String name, double x) {}
}
