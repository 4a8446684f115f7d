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
  /** Discard reasons that differ only in their numbers, grouped: the first one seen and how many. */
  private final Map<String, Reason> reasons = new LinkedHashMap<>();

  private record Reason(String first, int count) {}

  void discard(String why) {
    discarded++;
    reasons.merge(why.replaceAll("[-0-9.E]+", "0"), new Reason(why, 1), (a, b) -> new Reason(a.first(), a.count() + 1));
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
    reasons.values().forEach(r -> d.add("discarded " + r.count() + "x" + (r.count() > 1 ? ", the first: " : ": ")
        + r.first()));
    if (Double.isFinite(tightest)) {
      d.add("tightest observation: bound/measured = " + ExactCheck.fmt(tightest) + " (1 means the bound is attained)");
    }
    d.add("seed " + seed);
    return d;
  }
}
