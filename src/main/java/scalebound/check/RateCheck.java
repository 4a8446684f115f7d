package scalebound.check;

import scalebound.verdict.Status;
import scalebound.verdict.Plot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Shrinkable;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.numerics.measure.SlopeFit;
import scalebound.theorem.Kind;

/**
 * Rate check: sweep one parameter, measure the theorem's quantity at each value over several
 * seeds, and fit the log-log slope with a bootstrap confidence interval over seeds. The claimed
 * exponent e comes from the theorem, never from the scenario ({@link ClaimedExponent}): the
 * derived isolated exponent when the swept symbol is a resource (a symbolic one evaluated at the
 * bound constants, in the region of the phase diagram that holds there), else the bound's own
 * log-log slope in that symbol. No exponent: inconclusive. An upper bound is refuted when the
 * measured quantity decays more slowly than x^e with confidence (the whole interval beyond e by
 * more than {@code slack}); a lower bound when it decays faster.
 */
final class RateCheck {
  private RateCheck() {}

  record Sweep(SlopeFit fit, double claimed, String claimSource, double[] x, double[][] y, String discarded) {}

  /** The k-th seed of a sweep over a draw is the draw's seed plus k times this. */
  private static final long SEED_STEP = 7919L;

  static Sweep sweep(Trial t, Parameters base) {
    Scenario.Rate r = (Scenario.Rate) t.scenario.check();
    int seeds = r.seeds() * Seeds.effort();
    double[] x = r.values().stream().mapToDouble(Double::doubleValue).toArray();
    double[][] y = new double[seeds][x.length];
    List<double[]> observed = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      for (int i = 0; i < x.length; i++) {
        Object value = base.values().get(r.parameter()) instanceof Integer ? (Object) (int) Math.round(x[i])
            : (Object) x[i];
        Parameters p = base.with(r.parameter(), value).withSeed(base.seed() + SEED_STEP * s);
        Observations o = t.run(p);
        if (o.isDiscarded()) {
          return new Sweep(null, Double.NaN, null, x, y, o.discarded());
        }
        double sum = 0;
        for (Map<String, Double> row : o.rows()) {
          Binding.Outside outside = t.binding.violatedHypothesis(t.binding.symbols(row, p));
          if (outside != null) {
            return new Sweep(null, Double.NaN, null, x, y, "at " + r.parameter() + " = " + ExactCheck.fmt(x[i])
                + " the observation is outside the theorem's hypothesis " + outside.text());
          }
          sum += t.binding.measured(row, p);
        }
        y[s][i] = sum / o.rows().size();
        for (Map<String, Double> row : o.rows()) {
          observed.add(t.binding.symbols(row, p));
        }
      }
    }
    ClaimedExponent claim = ClaimedExponent.resolve(t, observed, x);
    if (!claim.determined()) {
      return new Sweep(null, Double.NaN, null, x, y, NO_EXPONENT + claim.missing());
    }
    for (double[] row : y) {
      for (double v : row) {
        if (!(v > 0)) {
          return new Sweep(null, claim.value(), claim.source(), x, y, "a measured value is not positive (" + v
              + "); no log-log fit");
        }
      }
    }
    return new Sweep(SlopeFit.of(x, y, r.level(), base.seed()), claim.value(), claim.source(), x, y, null);
  }

  /** How a sweep without a claimed exponent is discarded. */
  static final String NO_EXPONENT = "no claimed exponent: ";

  static boolean refutes(Kind kind, boolean towardInfinity, SlopeFit fit, double e, double slack) {
    boolean slower = towardInfinity ? fit.lower() > e + slack : fit.upper() < e - slack;
    boolean faster = towardInfinity ? fit.upper() < e - slack : fit.lower() > e + slack;
    return switch (kind) {
      case UPPER_BOUND -> slower;
      case LOWER_BOUND -> faster;
      case ESTIMATE -> slower || faster;
    };
  }

  /**
   * What the sweeps could have caught: the claimed exponents that at least one of them refutes.
   * A draw refutes an exponent e beyond its interval by more than the slack on the refuting side
   * ({@link #refutes}), so the refuted claims are those below the highest lower end minus the
   * slack, or above the lowest upper end plus it, on the side the kind of bound makes refuting.
   */
  static String power(Kind kind, boolean towardInfinity, double highestLower, double lowestUpper, double slack) {
    String below = "below " + ExactCheck.fmt(highestLower - slack);
    String above = "above " + ExactCheck.fmt(lowestUpper + slack);
    boolean slowSideBelow = towardInfinity;
    String side = switch (kind) {
      case UPPER_BOUND -> slowSideBelow ? below : above;
      case LOWER_BOUND -> slowSideBelow ? above : below;
      case ESTIMATE -> below + " or " + above;
    };
    return "would refute a claimed exponent " + side;
  }

  /** How far beyond the exponent, on the favourable side, a whole interval marks a loose bound. */
  static final double LOOSE = 0.25;

  /**
   * Why a passing sweep is weak evidence, or null: its fitted slope lies beyond the exponent on
   * the refuting side by more than the slack (it passed only because the interval is wide: -0.50
   * against an upper bound's -0.60), or its whole interval lies beyond the exponent on the
   * favourable side by more than {@value #LOOSE} (the bound is loose there, the check sees a
   * different rate than the one claimed).
   */
  static String weakness(Kind kind, boolean towardInfinity, SlopeFit fit, double e, double slack) {
    double sign = towardInfinity ? 1 : -1;
    double beyond = sign * (fit.slope() - e);
    boolean upper = kind != Kind.LOWER_BOUND;
    boolean lower = kind != Kind.UPPER_BOUND;
    if ((upper && beyond > slack) || (lower && -beyond > slack)) {
      return "the fitted slope " + ExactCheck.fmt(fit.slope()) + " is beyond the exponent " + ExactCheck.fmt(e)
          + " on the refuting side by more than the slack " + slack + "; it passed only because the interval is wide";
    }
    double near = upper ? sign * (towardInfinity ? fit.upper() - e : fit.lower() - e)
        : -sign * (towardInfinity ? fit.lower() - e : fit.upper() - e);
    if (kind != Kind.ESTIMATE && near < -LOOSE) {
      return "the whole interval " + ExactCheck.fmt(fit.lower()) + " .. " + ExactCheck.fmt(fit.upper())
          + " lies beyond the exponent " + ExactCheck.fmt(e) + " on the favourable side by more than " + LOOSE
          + ": the bound is loose here and the claimed rate itself is not observed";
    }
    return null;
  }

  static NumericVerdict run(Trial t) {
    Scenario.Rate r = (Scenario.Rate) t.scenario.check();
    int tries = t.scenario.tries() * Seeds.effort();
    List<String> details = new ArrayList<>();
    List<Plot> plots = new ArrayList<>();
    int fitted = 0;
    if (t.theorem.resources().contains(r.symbol()) && !t.derivation.isolated().containsKey(r.symbol())
        && ClaimedExponent.diagram(t.derivation, r.symbol()) == null) {
      return new NumericVerdict(t.theorem.id(), t.scenario, Status.INCONCLUSIVE,
          "inconclusive: " + ClaimedExponent.noLaw(t, r.symbol()),
          List.of("nothing was simulated", "seed " + t.seed), Optional.empty(), t.seed, List.of());
    }
    String firstDiscard = null;
    int weakDraws = 0;
    double highestLower = Double.NEGATIVE_INFINITY;
    double lowestUpper = Double.POSITIVE_INFINITY;
    for (int i = 0; i < tries; i++) {
      Shrinkable<Parameters> draw = t.next();
      Sweep s = sweep(t, draw.value());
      if (s.discarded() != null) {
        details.add("draw " + (i + 1) + " discarded: " + s.discarded());
        if (firstDiscard == null) {
          firstDiscard = s.discarded();
        }
        if (s.discarded().startsWith(NO_EXPONENT)) {
          break;
        }
        continue;
      }
      fitted++;
      highestLower = Math.max(highestLower, s.fit().lower());
      lowestUpper = Math.min(lowestUpper, s.fit().upper());
      details.add("draw " + (i + 1) + ": " + describe(s, r) + " [" + draw.value() + "]");
      plots.add(plot(t, draw.value(), s, i + 1));
      if (refutes(t.theorem.kind(), r.towardInfinity(), s.fit(), s.claimed(), r.slack())) {
        Trial.Shrunk shrunk = t.shrink(draw, c -> {
          Sweep sc = sweep(t, c);
          return sc.discarded() == null && refutes(t.theorem.kind(), r.towardInfinity(), sc.fit(), sc.claimed(),
              r.slack());
        });
        Sweep last = shrunk.steps() == 0 ? s : sweep(t, shrunk.parameters());
        String finding = "measured slope in " + r.symbol() + " " + describe(last, r) + " contradicts the "
            + t.theorem.kind().key() + "'s exponent " + ExactCheck.fmt(last.claimed());
        details.add("seed " + t.seed);
        return new NumericVerdict(t.theorem.id(), t.scenario, Status.REFUTED, "refuted: " + finding, details,
            t.counterexample(shrunk, Map.of(r.symbol() + " (swept)", r.values().get(0)), finding), t.seed,
            List.of(plot(t, shrunk.parameters(), last, 0)));
      }
      String weak = weakness(t.theorem.kind(), r.towardInfinity(), s.fit(), s.claimed(), r.slack());
      if (weak != null) {
        weakDraws++;
        details.add("WEAK draw " + (i + 1) + ": " + weak);
      }
    }
    details.add("seed " + t.seed);
    boolean any = fitted > 0;
    return new NumericVerdict(t.theorem.id(), t.scenario, any ? Status.TESTED : Status.INCONCLUSIVE,
        any ? "held: the measured slope in " + r.symbol() + " is consistent with the " + t.theorem.kind().key()
            + "'s exponent on all " + fitted + " draws"
            + (weakDraws == 0 ? "" : " (weak: " + weakDraws + " of them pass only weakly, see WEAK below)")
            + "; " + power(t.theorem.kind(), r.towardInfinity(), highestLower, lowestUpper, r.slack())
            : firstDiscard != null && firstDiscard.startsWith(NO_EXPONENT)
                ? "inconclusive: " + firstDiscard.substring(NO_EXPONENT.length())
                : "every draw was discarded; nothing was checked" + (firstDiscard == null ? "" : " (first: " + firstDiscard + ")"),
        details, Optional.empty(), t.seed, plots);
  }

  private static String describe(Sweep s, Scenario.Rate r) {
    return ExactCheck.fmt(s.fit().slope()) + " (" + Math.round(r.level() * 100) + "% CI " + ExactCheck.fmt(s.fit().lower())
        + " .. " + ExactCheck.fmt(s.fit().upper()) + ", " + s.fit().seeds() + " seeds) vs claimed "
        + ExactCheck.fmt(s.claimed()) + " ± slack " + r.slack() + " as " + r.symbol() + " -> "
        + (r.towardInfinity() ? "infinity" : "0") + " (claimed: " + s.claimSource() + ")";
  }

  private static Plot plot(Trial t, Parameters base, Sweep s, int draw) {
    List<Plot.Series> series = new ArrayList<>();
    int seeds = s.y().length;
    int n = s.x().length;
    double[][] all = new double[2][seeds * n];
    double[] mean = new double[n];
    for (int k = 0; k < seeds; k++) {
      for (int i = 0; i < n; i++) {
        all[0][k * n + i] = s.x()[i];
        all[1][k * n + i] = s.y()[k][i];
        mean[i] += Math.log(s.y()[k][i]) / seeds;
      }
    }
    series.add(Plot.Series.points("measured (each seed)", all[0], all[1]));
    double xm = 0;
    double ym = 0;
    for (int i = 0; i < n; i++) {
      xm += Math.log(s.x()[i]) / n;
      ym += mean[i] / n;
    }
    double[][] fit = new double[2][n];
    double[][] claim = new double[2][n];
    double[][] lo = new double[2][n];
    double[][] hi = new double[2][n];
    for (int i = 0; i < n; i++) {
      double dx = Math.log(s.x()[i]) - xm;
      fit[0][i] = claim[0][i] = lo[0][i] = hi[0][i] = s.x()[i];
      fit[1][i] = Math.exp(ym + s.fit().slope() * dx);
      lo[1][i] = Math.exp(ym + s.fit().lower() * dx);
      hi[1][i] = Math.exp(ym + s.fit().upper() * dx);
      claim[1][i] = Math.exp(ym + s.claimed() * dx);
    }
    series.add(Plot.Series.line("fitted slope " + ExactCheck.fmt(s.fit().slope()), fit[0], fit[1]));
    series.add(Plot.Series.interval("CI low " + ExactCheck.fmt(s.fit().lower()), lo[0], lo[1]));
    series.add(Plot.Series.interval("CI high " + ExactCheck.fmt(s.fit().upper()), hi[0], hi[1]));
    series.add(Plot.Series.reference("claimed exponent " + ExactCheck.fmt(s.claimed()), claim[0], claim[1]));
    String r = ((Scenario.Rate) t.scenario.check()).symbol();
    return new Plot(t.theorem.quantity() + " against " + r + (draw > 0 ? " (draw " + draw + ")" : " (counterexample)"),
        r, t.theorem.quantity(), true, true, series, List.of(), caption(t, base, draw));
  }

  /**
   * A rate plot's caption: the draw's parameters except the swept one, then the sweep (the
   * swept values and the seeds of each value's runs).
   */
  private static String caption(Trial t, Parameters base, int draw) {
    Scenario.Rate r = (Scenario.Rate) t.scenario.check();
    Map<String, Object> fixed = new LinkedHashMap<>(base.values());
    fixed.remove(r.parameter());
    int seeds = r.seeds() * Seeds.effort();
    List<String> values = r.values().stream()
        .map(v -> v == Math.rint(v) ? String.valueOf(v.longValue()) : String.valueOf(v)).toList();
    return t.caption(draw, new Parameters(fixed, base.seed())) + "; " + r.parameter() + " swept over "
        + String.join(", ", values) + ", " + seeds + " runs each with seeds " + base.seed() + " + " + SEED_STEP
        + " k (k = 0.." + (seeds - 1) + ")";
  }
}
