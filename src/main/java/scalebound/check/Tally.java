package scalebound.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.theorem.Kind;

/**
 * What a run of exact or probabilistic draws saw, for its verdict: draws discarded and why,
 * observations checked or skipped (outside the theorem's hypotheses), the tightest ratio of
 * bound to measured value, and the (bound, measured) points for the report's plot.
 */
final class Tally {
  int discarded;
  int observations;
  int skipped;
  double tightest = Double.POSITIVE_INFINITY;
  final List<double[]> points = new ArrayList<>();
  private final Map<String, Integer> reasons = new LinkedHashMap<>();

  void discard(String why) {
    discarded++;
    reasons.merge(why.replaceAll("[-0-9.E]+", "#"), 1, Integer::sum);
  }

  void observe(Kind kind, double measured, double bound) {
    if (measured > 0 && bound > 0) {
      points.add(new double[] {bound, measured});
      tightest = Math.min(tightest, kind == Kind.LOWER_BOUND ? measured / bound : bound / measured);
    }
  }

  List<String> details(int tries, int run, long seed) {
    List<String> d = new ArrayList<>();
    d.add("draws: " + run + " of " + tries + " run, " + discarded + " discarded, " + observations + " observations, "
        + skipped + " outside the theorem's hypotheses");
    reasons.forEach((r, c) -> d.add("discarded " + c + "x: " + r));
    if (Double.isFinite(tightest)) {
      d.add("tightest observation: bound/measured = " + ExactCheck.fmt(tightest) + " (1 means the bound is attained)");
    }
    d.add("seed " + seed);
    return d;
  }
}
