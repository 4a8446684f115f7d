package scalebound.check;

import scalebound.verdict.Status;
import scalebound.verdict.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Shrinkable;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.math.DoubleFunction;

/**
 * Phase check (the optimization phase of a bound with an exponential term): on each draw the
 * measured curve of the quantity against compute must (1) drop by at least {@code minimum-drop}
 * from its start to its floor, (2) decay exponentially before the plateau (log-linear fit with
 * R^2 >= {@code minimum-fit}), (3) flatten before the end of the run, and (4) decay at least as
 * fast as the bound's exponential term: the measured rate in C is at least the derived rate
 * (the engine's optimization phase, e.g. 2·lambda·eta/(m·n) for T1) divided by {@code factor},
 * with the rate's symbols bound to quantities measured independently of the curve (lambda the
 * least eigenvalue of the Gram matrix, not the fitted decay).
 *
 * <p>The comparison is one-sided, as the theorem is: an upper bound promises decay no slower
 * than its term. Binding a symbol of the rate to what the check judges ({@link #JUDGED}: the
 * fitted decay, the measured threshold, the floor) would compare the measurement with itself
 * and is refused as bad input. The derived threshold shown beside it, Log(R0/floor)/rate, is
 * where the bound's exponential term meets the measured floor.
 */
final class PhaseCheck {
  private PhaseCheck() {}

  /** The measured quantities a phase check judges; the rate's symbols may not be bound to them. */
  static final Set<String> JUDGED = Set.of("decayRate", "decayFit", "measuredThreshold", "onsetIndex", "floor");

  record Finding(boolean holds, String text, double derived, double measured, double ratio) {}

  static Finding judge(Trial t, DoubleFunction rate, Parameters p, Observations o) {
    Scenario.Phase ph = (Scenario.Phase) t.scenario.check();
    Map<String, Double> row = o.rows().get(0);
    double[] x = t.binding.symbols(row, p);
    double derivedRate = rate.at(x);
    double measuredRate = row.get("decayRate");
    double derived = Math.log(row.get("R0") / row.get("floor")) / derivedRate;
    double measured = row.get("measuredThreshold");
    double drop = row.get("R0") / row.get("floor");
    double fit = row.get("decayFit");
    int points = o.curves().values().iterator().next()[0].length;
    boolean flattened = row.get("onsetIndex") < 0.9 * (points - 1);
    double ratio = measuredRate / derivedRate;
    List<String> wrong = new ArrayList<>();
    Binding.Outside outside = t.binding.violatedHypothesis(x);
    if (outside != null && outside.undefined()) {
      wrong.add("the hypothesis " + outside.text());
    }
    if (!(drop >= ph.minimumDrop())) {
      wrong.add("drops only by a factor " + ExactCheck.fmt(drop) + " < " + ph.minimumDrop());
    }
    if (!(fit >= ph.minimumFit())) {
      wrong.add("the decay before the plateau is not exponential (R^2 " + ExactCheck.fmt(fit) + " < "
          + ph.minimumFit() + ")");
    }
    if (!flattened) {
      wrong.add("no plateau before the end of the run");
    }
    if (!(derivedRate > 0 && Double.isFinite(derivedRate))) {
      wrong.add("the derived rate is " + ExactCheck.fmt(derivedRate) + " at the bound values, not a positive number");
    } else if (!(ratio >= 1 / ph.factor())) {
      wrong.add("the curve decays at " + ExactCheck.fmt(measuredRate) + " per unit of C, slower than the bound's "
          + ExactCheck.fmt(derivedRate) + (ph.factor() > 1 ? " / " + ph.factor() : ""));
    }
    String text = "drop x" + ExactCheck.fmt(drop) + ", exponential fit R^2 " + ExactCheck.fmt(fit)
        + ", decay rate " + ExactCheck.fmt(measuredRate) + " vs derived " + ExactCheck.fmt(derivedRate)
        + " (ratio " + ExactCheck.fmt(ratio) + "), measured threshold " + ExactCheck.fmt(measured)
        + " vs derived C* " + ExactCheck.fmt(derived);
    return new Finding(wrong.isEmpty(), wrong.isEmpty() ? text : String.join("; ", wrong) + " — " + text, derived,
        measured, ratio);
  }

  static NumericVerdict run(Trial t, DoubleFunction rate) {
    List<String> details = new ArrayList<>();
    List<Plot> plots = new ArrayList<>();
    int judged = 0;
    double largestRatio = 0;
    for (int i = 0; i < t.scenario.tries() * Seeds.effort(); i++) {
      Shrinkable<Parameters> draw = t.next();
      Parameters p = draw.value();
      Observations o = t.run(p);
      if (o.isDiscarded()) {
        details.add("draw " + (i + 1) + " discarded: " + o.discarded());
        continue;
      }
      Binding.Outside outside = t.binding.violatedHypothesis(t.binding.symbols(o.rows().get(0), p));
      if (outside != null && !outside.undefined()) {
        details.add("draw " + (i + 1) + " outside the theorem's hypothesis " + outside.text() + " [" + p + "]");
        continue;
      }
      judged++;
      Finding f = judge(t, rate, p, o);
      largestRatio = Math.max(largestRatio, f.ratio());
      details.add("draw " + (i + 1) + ": " + f.text() + " [" + p + "]");
      plots.add(plot(t, p, o, f, i + 1));
      if (!f.holds()) {
        Trial.Shrunk s = t.shrink(draw, c -> {
          Observations oc = t.run(c);
          return !oc.isDiscarded() && !judge(t, rate, c, oc).holds();
        });
        Observations os = t.run(s.parameters());
        Finding g = judge(t, rate, s.parameters(), os);
        details.add("seed " + t.seed);
        return new NumericVerdict(t.theorem.id(), t.scenario, Status.REFUTED, "refuted: " + g.text(), details,
            t.counterexample(s, t.binding.named(t.binding.symbols(os.rows().get(0), s.parameters())), g.text()),
            t.seed, List.of(plot(t, s.parameters(), os, g, 0)));
      }
    }
    details.add("seed " + t.seed);
    double factor = ((Scenario.Phase) t.scenario.check()).factor();
    return new NumericVerdict(t.theorem.id(), t.scenario, judged > 0 ? Status.TESTED : Status.INCONCLUSIVE,
        judged > 0 ? "held: exponential decay then a plateau, no slower than the derived rate"
            + (factor > 1 ? " / " + factor : "") + ", on all " + judged + " draws; " + power(factor, largestRatio)
            : "every draw was discarded",
        details, Optional.empty(), t.seed, plots);
  }

  /**
   * What the check could have caught: a bound whose exponential rate is k times the true one is
   * refuted on a draw when measured/(k·derived) < 1/factor, so on every draw once k exceeds
   * factor × the largest measured/derived ratio seen.
   */
  static String power(double factor, double largestRatio) {
    return "refutes on every draw a rate inflated x" + ExactCheck.fmt(factor * largestRatio) + " or more (factor "
        + factor + " x the largest measured/derived ratio " + ExactCheck.fmt(largestRatio) + ")";
  }

  private static Plot plot(Trial t, Parameters p, Observations o, Finding f, int draw) {
    List<Plot.Series> series = new ArrayList<>();
    o.curves().forEach((name, xy) -> series.add(Plot.Series.line("measured " + name, xy[0], xy[1])));
    double floor = o.rows().get(0).get("floor");
    double[] c = series.get(0).x();
    double from = java.util.Arrays.stream(c).filter(x -> x > 0).min().orElse(Double.NaN);
    series.add(Plot.Series.reference("measured floor", new double[] {from, c[c.length - 1]}, new double[] {floor, floor}));
    List<Plot.Marker> markers = List.of(new Plot.Marker("derived C* at the measured floor", f.derived()),
        new Plot.Marker("measured threshold", f.measured()));
    return new Plot(t.theorem.quantity() + " against compute C" + (draw > 0 ? " (draw " + draw + ")" : " (counterexample)"),
        "compute C = m n T", t.theorem.quantity(), true, true, series, markers, t.caption(draw, p));
  }
}
