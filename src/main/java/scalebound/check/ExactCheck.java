package scalebound.check;

import scalebound.verdict.Status;
import scalebound.verdict.Plot;
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

  /**
   * One pass over a draw's observations: each is skipped if outside the theorem's hypotheses,
   * else recorded in {@code tally} (which may be null) and compared with the bound. Returns the
   * first violation. {@code symbols}, if not null, sees the theorem's symbols of every observation.
   */
  static Optional<Violation> violation(Trial t, Parameters p, Observations o, Tally tally,
      java.util.function.Consumer<double[]> symbols) {
    Optional<Violation> first = Optional.empty();
    for (Map<String, Double> row : o.rows()) {
      double[] x = t.binding.symbols(row, p);
      if (symbols != null) {
        symbols.accept(x);
      }
      Binding.Outside outside = t.binding.violatedHypothesis(x);
      if (outside != null && outside.undefined()) {
        if (first.isEmpty()) {
          first = Optional.of(new Violation(t.binding.named(x), Double.NaN, Double.NaN));
        }
        continue;
      }
      if (outside != null) {
        if (tally != null) {
          tally.skipped++;
        }
        continue;
      }
      double q = t.binding.measured(row, p);
      double b = t.binding.bound(x);
      if (tally != null) {
        tally.observations++;
        tally.observe(t.theorem.kind(), q, b);
      }
      if (first.isEmpty() && violates(t.theorem.kind(), q, b, t.tolerance(), t.absoluteTolerance())) {
        first = Optional.of(new Violation(t.binding.named(x), q, b));
      }
    }
    return first;
  }

  static Optional<Violation> violation(Trial t, Parameters p, Observations o) {
    return violation(t, p, o, null, null);
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
    Tally tally = new Tally();
    for (int i = 0; i < tries; i++) {
      Shrinkable<Parameters> draw = t.next();
      Parameters p = draw.value();
      Observations o = t.run(p);
      if (o.isDiscarded()) {
        tally.discard(o.discarded());
        continue;
      }
      Optional<Violation> v = violation(t, p, o, tally, null);
      if (v.isPresent()) {
        Trial.Shrunk s = t.shrink(draw, c -> {
          Observations oc = t.run(c);
          return !oc.isDiscarded() && violation(t, c, oc).isPresent();
        });
        Violation w = violation(t, s.parameters(), t.run(s.parameters())).orElse(v.get());
        String finding = "measured " + t.theorem.quantity() + " = " + fmt(w.measured()) + " "
            + (t.theorem.kind() == Kind.LOWER_BOUND ? "<" : ">") + " bound " + fmt(w.bound());
        return new NumericVerdict(t.theorem.id(), t.scenario, Status.REFUTED,
            "refuted on draw " + (i + 1) + " of " + tries + ": " + finding, tally.details(tries, i + 1, t.seed),
            t.counterexample(s, w.symbols(), finding), t.seed, List.of(scatter(t, tally.points, i + 1)));
      }
    }
    boolean enough = tally.observations > 0;
    String summary = enough
        ? "held on all " + tally.observations + " observations of " + (tries - tally.discarded)
            + " draws (tightest ratio " + fmt(tally.tightest) + ")"
        : "nothing was checked: " + (tally.discarded == tries ? "every draw was discarded"
            : "no observation of the " + (tries - tally.discarded) + " draws kept was inside the theorem's hypotheses ("
                + tally.skipped + " outside)");
    return new NumericVerdict(t.theorem.id(), t.scenario, enough ? Status.TESTED : Status.INCONCLUSIVE, summary, tally.details(tries, tries, t.seed),
        Optional.empty(), t.seed, List.of(scatter(t, tally.points, tries)));
  }

  /** The (bound, measured) points of the first {@code draws} draws, beside the line measured = bound. */
  private static Plot scatter(Trial t, List<double[]> points, int draws) {
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
    List<Plot.Series> series = new java.util.ArrayList<>();
    series.add(Plot.Series.points("observations", xy[0], xy[1]));
    if (hi > 0) {
      series.add(Plot.Series.reference("measured = bound", new double[] {lo, hi}, new double[] {lo, hi}));
    }
    return new Plot(t.theorem.quantity() + ": measured against the bound", "bound (theorem, measured constants)",
        "measured " + t.theorem.quantity(), true, true, series, List.of(),
        points.size() + " observations of draws 1.." + draws + " of scenario " + t.scenario.id() + " (trial seed "
            + t.seed + "), each draw from " + t.space());
  }

  static String fmt(double v) {
    return String.format("%.6g", v);
  }
}
