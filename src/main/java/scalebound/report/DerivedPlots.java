package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import scalebound.verdict.Plot;
import scalebound.derive.Derivation;
import scalebound.derive.Frontier;
import scalebound.derive.Law;
import scalebound.derive.PhaseCurve;
import scalebound.theorem.Theorem;

/**
 * Plots of what the engine derived, from the derivation's numeric series: the compute-optimal
 * frontier (the numerically minimised bound against C, beside the derived law) and the two
 * phases of the bound at fixed other resources with the derived threshold C* marked.
 */
final class DerivedPlots {
  private DerivedPlots() {}

  private static String fraction(org.apache.commons.math3.fraction.BigFraction f) {
    return f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }

  static List<Plot> of(Theorem t, Derivation d) {
    List<Plot> plots = new ArrayList<>();
    if (d.frontier().isPresent() && d.compute().isPresent() && d.frontier().get().cost().length > 1) {
      Frontier frontier = d.frontier().get();
      Law law = d.compute().get();
      double e = law.exponent().doubleValue();
      double l = law.logPower() == null ? 0 : law.logPower().doubleValue();
      double[] c = frontier.cost();
      int mid = c.length / 2;
      double scale = frontier.excess()[mid] / (Math.pow(c[mid], e) * Math.pow(Math.log(c[mid]), l));
      double[] line = new double[c.length];
      for (int i = 0; i < line.length; i++) {
        line[i] = scale * Math.pow(c[i], e) * Math.pow(Math.log(c[i]), l);
      }
      List<Plot.Series> series = List.of(
          Plot.Series.points("numerical minimum over allocations", c, frontier.excess()),
          Plot.Series.line("derived law C^(" + fraction(law.exponent()) + ")"
              + (l == 0 ? "" : " (Log C)^(" + fraction(law.logPower()) + ")"), c, line));
      plots.add(new Plot(t.id() + ": compute-optimal frontier", "compute C = " + t.cost().map(x -> x.text()).orElse("C"),
          "min " + t.quantity() + " bound - floor", true, true, series, List.of()));
    }
    if (d.phaseCurve().isPresent() && d.phase().isPresent()) {
      PhaseCurve phase = d.phaseCurve().get();
      double[] c = phase.cost();
      List<Plot.Series> series = List.of(
          Plot.Series.line("bound at fixed other resources", c, phase.bound()),
          Plot.Series.line("floor (statistical phase)", new double[] {c[0], c[c.length - 1]},
              new double[] {phase.floor(), phase.floor()}));
      plots.add(new Plot(t.id() + ": optimization phase, then statistical phase", "compute C (only "
          + d.phase().get().time() + " grows)", t.quantity() + " bound", true, true, series,
          List.of(new Plot.Marker("derived C*", phase.threshold()))));
    }
    return plots;
  }
}
