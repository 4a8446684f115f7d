package scalebound.numerics.experiments;

import java.util.List;
import java.util.Map;

/**
 * What one run measured: a list of observations (one per time point, say), each mapping
 * quantity names to values; or, when the draw lies outside the regime the experiment can
 * measure faithfully, no observations and the reason. {@code curves} carries named series
 * (x, y) for plots.
 */
public record Observations(List<Map<String, Double>> rows, String discarded, Map<String, double[][]> curves) {
  public static Observations of(List<Map<String, Double>> rows) {
    return new Observations(rows, null, Map.of());
  }

  public static Observations of(List<Map<String, Double>> rows, Map<String, double[][]> curves) {
    return new Observations(rows, null, curves);
  }

  public static Observations discarded(String why) {
    return new Observations(List.of(), why, Map.of());
  }

  public boolean isDiscarded() {
    return discarded != null;
  }
}
