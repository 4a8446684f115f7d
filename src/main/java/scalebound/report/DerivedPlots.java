package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import scalebound.verdict.Plot;
import scalebound.derive.Derivation;
import scalebound.derive.Law;
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
    double[][] frontier = d.curves().get("frontier");
    if (frontier != null && d.compute().isPresent() && frontier[0].length > 1) {
      Law law = d.compute().get();
      double e = law.exponent().doubleValue();
      double l = law.logPower() == null ? 0 : law.logPower().doubleValue();
      int mid = frontier[0].length / 2;
      double scale = frontier[1][mid] / (Math.pow(frontier[0][mid], e) * Math.pow(Math.log(frontier[0][mid]), l));
      double[][] line = new double[2][frontier[0].length];
      for (int i = 0; i < line[0].length; i++) {
        line[0][i] = frontier[0][i];
        line[1][i] = scale * Math.pow(frontier[0][i], e) * Math.pow(Math.log(frontier[0][i]), l);
      }
      List<Plot.Series> series = List.of(
          Plot.Series.points("numerical minimum over allocations", frontier[0], frontier[1]),
          Plot.Series.line("derived law C^(" + fraction(law.exponent()) + ")"
              + (l == 0 ? "" : " (Log C)^(" + fraction(law.logPower()) + ")"), line[0], line[1]));
      plots.add(new Plot(t.id() + ": compute-optimal frontier", "compute C = " + t.cost().map(c -> c.text()).orElse("C"),
          "min " + t.quantity() + " bound - floor", true, true, series, List.of()));
    }
    double[][] phase = d.curves().get("phase");
    if (phase != null && d.phase().isPresent()) {
      double star = phase[2][0];
      double floor = phase[3][0];
      List<Plot.Series> series = List.of(
          Plot.Series.line("bound at fixed other resources", phase[0], phase[1]),
          Plot.Series.line("floor (statistical phase)", new double[] {phase[0][0], phase[0][phase[0].length - 1]},
              new double[] {floor, floor}));
      plots.add(new Plot(t.id() + ": optimization phase, then statistical phase", "compute C (only "
          + d.phase().get().time() + " grows)", t.quantity() + " bound", true, true, series,
          List.of(new Plot.Marker("derived C*", star))));
    }
    return plots;
  }
}
