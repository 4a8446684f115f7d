package scalebound.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Shrinkable;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.theorem.Kind;

/**
 * Exact check: the bound holds on every observation of every draw, up to tolerances for
 * floating-point rounding (upper bound: measured <= bound (1 + tol) + abs; lower bound:
 * measured >= bound (1 - tol) - abs). Observations outside the theorem's hypotheses are skipped and
 * counted. The first failing draw is shrunk and reported.
 */
final class ExactCheck {
  private ExactCheck() {}

  /** The first violated observation of a draw, if any, as "measured vs bound". */
  record Violation(Map<String, Double> symbols, double measured, double bound) {}

  static Optional<Violation> violation(Trial t, Parameters p, Observations o, int[] skipped) {
    for (Map<String, Double> row : o.rows()) {
      double[] x = t.binding.symbols(row, p);
      if (t.binding.violatedHypothesis(x) != null) {
        skipped[0]++;
        continue;
      }
      double q = t.binding.measured(row, p);
      double b = t.binding.bound(x);
      if (violates(t.theorem.kind(), q, b, t.scenario.tolerance(), t.scenario.absoluteTolerance())) {
        return Optional.of(new Violation(t.binding.named(x), q, b));
      }
    }
    return Optional.empty();
  }

  static boolean violates(Kind kind, double measured, double bound, double tolerance, double absolute) {
    if (Double.isNaN(measured) || Double.isNaN(bound)) {
      return true;
    }
    return kind == Kind.LOWER_BOUND ? measured < bound * (1 - tolerance) - absolute
        : measured > bound * (1 + tolerance) + absolute;
  }

  static NumericVerdict run(Trial t) {
    int tries = t.scenario.tries() * Seeds.effort();
    int discarded = 0;
    int observations = 0;
    int[] skipped = {0};
    Map<String, Integer> reasons = new LinkedHashMap<>();
    double tightest = Double.POSITIVE_INFINITY;
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < tries; i++) {
      Shrinkable<Parameters> draw = t.next();
      Parameters p = draw.value();
      Observations o = t.run(p);
      if (o.isDiscarded()) {
        discarded++;
        reasons.merge(o.discarded().replaceAll("[-0-9.E]+", "#"), 1, Integer::sum);
        continue;
      }
      observations += o.rows().size();
      for (Map<String, Double> row : o.rows()) {
        double[] x = t.binding.symbols(row, p);
        if (t.binding.violatedHypothesis(x) == null) {
          double q = t.binding.measured(row, p);
          double b = t.binding.bound(x);
          if (q > 0 && b > 0) {
            points.add(new double[] {b, q});
            tightest = Math.min(tightest, t.theorem.kind() == Kind.LOWER_BOUND ? q / b : b / q);
          }
        }
      }
      Optional<Violation> v = violation(t, p, o, skipped);
      if (v.isPresent()) {
        Trial.Shrunk s = t.shrink(draw, c -> {
          Observations oc = t.run(c);
          return !oc.isDiscarded() && violation(t, c, oc, new int[1]).isPresent();
        });
        Observations os = t.run(s.parameters());
        Violation w = violation(t, s.parameters(), os, new int[1]).orElse(v.get());
        String finding = "measured " + t.theorem.quantity() + " = " + fmt(w.measured()) + " "
            + (t.theorem.kind() == Kind.LOWER_BOUND ? "<" : ">") + " bound " + fmt(w.bound());
        return new NumericVerdict(t.theorem.id(), t.scenario, false,
            "refuted on draw " + (i + 1) + " of " + tries + ": " + finding,
            details(tries, i + 1, discarded, skipped[0], observations, reasons, tightest, t.seed),
            t.counterexample(s, w.symbols(), finding), t.seed, List.of(scatter(t, points)));
      }
    }
    boolean enough = discarded < tries;
    String summary = enough
        ? "held on all " + observations + " observations of " + (tries - discarded) + " draws (tightest ratio "
            + fmt(tightest) + ")"
        : "every draw was discarded; nothing was checked";
    return new NumericVerdict(t.theorem.id(), t.scenario, enough, summary,
        details(tries, tries, discarded, skipped[0], observations, reasons, tightest, t.seed), Optional.empty(), t.seed,
        List.of(scatter(t, points)));
  }

  static List<String> details(int tries, int run, int discarded, int skipped, int observations,
      Map<String, Integer> reasons, double tightest, long seed) {
    List<String> d = new ArrayList<>();
    d.add("draws: " + run + " of " + tries + " run, " + discarded + " discarded, " + observations + " observations, "
        + skipped + " outside the theorem's hypotheses");
    reasons.forEach((r, c) -> d.add("discarded " + c + "x: " + r));
    if (Double.isFinite(tightest)) {
      d.add("tightest observation: bound/measured = " + fmt(tightest) + " (1 means the bound is attained)");
    }
    d.add("seed " + seed);
    return d;
  }

  private static Plot scatter(Trial t, List<double[]> points) {
    double[][] xy = new double[2][points.size()];
    for (int i = 0; i < points.size(); i++) {
      xy[0][i] = points.get(i)[0];
      xy[1][i] = points.get(i)[1];
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = 0;
    for (double[] p : points) {
      lo = Math.min(lo, Math.min(p[0], p[1]));
      hi = Math.max(hi, Math.max(p[0], p[1]));
    }
    Map<String, double[][]> series = new LinkedHashMap<>();
    series.put("observations", xy);
    if (hi > 0) {
      series.put("measured = bound", new double[][] {{lo, hi}, {lo, hi}});
    }
    return new Plot(t.theorem.quantity() + ": measured against the bound", "bound (theorem, measured constants)",
        "measured " + t.theorem.quantity(), true, true, series, Map.of(), java.util.Set.of("observations"));
  }

  static String fmt(double v) {
    return String.format("%.6g", v);
  }
}
