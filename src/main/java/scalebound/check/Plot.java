package scalebound.check;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A figure a numeric check leaves for the report: named series of (x, y) points, vertical
 * markers (e.g. the derived threshold C*), axis labels and scales. Series named in
 * {@code scatter} are drawn as points, the rest as lines. Plotting itself is the report's
 * business.
 */
public record Plot(String title, String xLabel, String yLabel, boolean logX, boolean logY,
    Map<String, double[][]> series, Map<String, Double> markers, Set<String> scatter) {

  public Plot {
    series = new LinkedHashMap<>(series);
    markers = new LinkedHashMap<>(markers);
    scatter = new LinkedHashSet<>(scatter);
  }
}
