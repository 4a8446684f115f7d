package scalebound.check;

import scalebound.verdict.Plot;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Shrinkable;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.math.DoubleFunction;

/**
 * Phase check (T1's two phases): on each draw the measured curve of the quantity against compute
 * must (1) drop by at least {@code minimum-drop} from its start to its floor, (2) decay
 * exponentially before the plateau (log-linear fit with R^2 >= {@code minimum-fit}),
 * (3) flatten before the end of the run, and (4) reach the plateau within {@code factor} of the
 * derived threshold C*, evaluated with the theorem's symbols bound to measured constants.
 * The experiment reports {@code R0}, {@code floor}, {@code measuredThreshold}, {@code decayFit},
 * {@code onsetIndex} and its curve.
 */
final class PhaseCheck {
  private PhaseCheck() {}

  record Finding(boolean holds, String text, double derived, double measured) {}

  static Finding judge(Trial t, DoubleFunction threshold, Parameters p, Observations o) {
    Scenario.Phase ph = (Scenario.Phase) t.scenario.check();
    Map<String, Double> row = o.rows().get(0);
    double[] x = t.binding.symbols(row, p);
    double derived = threshold.at(x);
    double measured = row.get("measuredThreshold");
    double drop = row.get("R0") / row.get("floor");
    double fit = row.get("decayFit");
    int points = o.curves().values().iterator().next()[0].length;
    boolean flattened = row.get("onsetIndex") < 0.9 * (points - 1);
    double ratio = measured / derived;
    List<String> wrong = new ArrayList<>();
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
    if (!(ratio >= 1 / ph.factor() && ratio <= ph.factor())) {
      wrong.add("measured threshold " + ExactCheck.fmt(measured) + " is " + ExactCheck.fmt(ratio)
          + " x the derived C* = " + ExactCheck.fmt(derived) + ", outside the factor " + ph.factor());
    }
    String text = "drop x" + ExactCheck.fmt(drop) + ", exponential fit R^2 " + ExactCheck.fmt(fit)
        + ", measured threshold " + ExactCheck.fmt(measured) + " vs derived C* " + ExactCheck.fmt(derived)
        + " (ratio " + ExactCheck.fmt(ratio) + ")";
    return new Finding(wrong.isEmpty(), wrong.isEmpty() ? text : String.join("; ", wrong) + " — " + text, derived,
        measured);
  }

  static NumericVerdict run(Trial t, DoubleFunction threshold) {
    List<String> details = new ArrayList<>();
    List<Plot> plots = new ArrayList<>();
    int judged = 0;
    for (int i = 0; i < t.scenario.tries() * Seeds.effort(); i++) {
      Shrinkable<Parameters> draw = t.next();
      Parameters p = draw.value();
      Observations o = t.run(p);
      if (o.isDiscarded()) {
        details.add("draw " + (i + 1) + " discarded: " + o.discarded());
        continue;
      }
      judged++;
      Finding f = judge(t, threshold, p, o);
      details.add("draw " + (i + 1) + ": " + f.text() + " [" + p + "]");
      plots.add(plot(t, o, f, i + 1));
      if (!f.holds()) {
        Trial.Shrunk s = t.shrink(draw, c -> {
          Observations oc = t.run(c);
          return !oc.isDiscarded() && !judge(t, threshold, c, oc).holds();
        });
        Observations os = t.run(s.parameters());
        Finding g = judge(t, threshold, s.parameters(), os);
        details.add("seed " + t.seed);
        return new NumericVerdict(t.theorem.id(), t.scenario, false, "refuted: " + g.text(), details,
            t.counterexample(s, t.binding.named(t.binding.symbols(os.rows().get(0), s.parameters())), g.text()),
            t.seed, List.of(plot(t, os, g, 0)));
      }
    }
    details.add("seed " + t.seed);
    return new NumericVerdict(t.theorem.id(), t.scenario, judged > 0,
        judged > 0 ? "held: exponential decay then a plateau, at the derived threshold within a factor "
            + ((Scenario.Phase) t.scenario.check()).factor() + ", on all " + judged + " draws" : "every draw was discarded",
        details, Optional.empty(), t.seed, plots);
  }

  private static Plot plot(Trial t, Observations o, Finding f, int draw) {
    List<Plot.Series> series = new ArrayList<>();
    o.curves().forEach((name, xy) -> series.add(Plot.Series.line("measured " + name, xy[0], xy[1])));
    double floor = o.rows().get(0).get("floor");
    double[] c = series.get(0).x();
    double from = java.util.Arrays.stream(c).filter(x -> x > 0).min().orElse(Double.NaN);
    series.add(Plot.Series.line("measured floor", new double[] {from, c[c.length - 1]}, new double[] {floor, floor}));
    List<Plot.Marker> markers = List.of(new Plot.Marker("derived C*", f.derived()),
        new Plot.Marker("measured threshold", f.measured()));
    return new Plot(t.theorem.quantity() + " against compute C" + (draw > 0 ? " (draw " + draw + ")" : " (counterexample)"),
        "compute C = m n T", t.theorem.quantity(), true, true, series, markers);
  }
}
