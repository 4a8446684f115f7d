package scalebound.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.Derivation;
import scalebound.derive.Frontier;
import scalebound.derive.Law;
import scalebound.derive.PhaseCurve;
import scalebound.derive.PhaseDiagram;
import scalebound.theorem.Theorem;
import scalebound.verdict.Plot;

/**
 * Plots of what the engine derived, from the derivation's numeric series: the compute-optimal
 * frontier (the numerically minimised bound against C, beside the derived law), the two
 * phases of the bound at fixed other resources with the derived threshold C* marked, and the
 * regions of a phase diagram over two constants of its exponents.
 */
final class DerivedPlots {
  private DerivedPlots() {}

  private static String fraction(BigFraction f) {
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
      String derived = "derived law C^(" + fraction(law.exponent()) + ")"
          + (l == 0 ? "" : " (Log C)^(" + fraction(law.logPower()) + ")");
      List<Plot.Series> series = List.of(
          Plot.Series.points("numerical minimum over allocations", c, frontier.excess()),
          Plot.Series.reference(derived, c, line));
      String cost = t.cost().map(x -> x.text()).orElse("C");
      plots.add(new Plot(t.id() + ": compute-optimal frontier", "compute C = " + cost,
          "min " + t.quantity() + " bound - floor", true, true, series, List.of(),
          "Points: at each compute C = " + cost + ", the bound minus its floor, minimised numerically over the "
              + "allocations of that compute. Dashed: the " + derived + ", scaled to meet the minimum at C = "
              + number(c[mid]) + "." + (frontier.constants().isEmpty() ? ""
              : " Constants at " + values(frontier.constants()) + ".")));
    }
    if (d.phaseCurve().isPresent() && d.phase().isPresent()) {
      PhaseCurve phase = d.phaseCurve().get();
      double[] c = phase.cost();
      List<Plot.Series> series = List.of(
          Plot.Series.line("bound at fixed other resources", c, phase.bound()),
          Plot.Series.reference("floor (statistical phase)", new double[] {c[0], c[c.length - 1]},
              new double[] {phase.floor(), phase.floor()}));
      String time = d.phase().get().time();
      plots.add(new Plot(t.id() + ": optimization phase, then statistical phase", "compute C (only "
          + time + " grows)", t.quantity() + " bound", true, true, series,
          List.of(new Plot.Marker("derived C*", phase.threshold())),
          "The bound against compute C as only " + time + " grows, two decades either side of the derived "
              + "threshold C* = " + number(phase.threshold()) + ", beside its floor " + number(phase.floor())
              + " (dashed)." + (phase.at().isEmpty() ? "" : " Every other symbol at " + values(phase.at()) + ".")));
    }
    d.diagrams().forEach((law, diagram) -> regionMap(t, law, diagram).ifPresent(plots::add));
    return plots;
  }

  /**
   * A phase diagram with several regions over the first two constants of its exponents: each
   * region's sample points (where the exact programme found that region's active set), one
   * colour per region.
   */
  private static Optional<Plot> regionMap(Theorem t, String law, PhaseDiagram diagram) {
    TreeSet<String> constants = new TreeSet<>();
    diagram.regions().forEach(r -> constants.addAll(r.exponent().symbols()));
    constants.retainAll(t.constants().keySet());
    if (diagram.regions().size() < 2 || constants.size() < 2) {
      return Optional.empty();
    }
    String a = constants.first();
    String b = constants.higher(a);
    List<Plot.Series> series = new ArrayList<>();
    int n = 1;
    for (PhaseDiagram.Region r : diagram.regions()) {
      double[] x = r.samples().stream().mapToDouble(p -> p.get(a)).toArray();
      double[] y = r.samples().stream().mapToDouble(p -> p.get(b)).toArray();
      series.add(Plot.Series.points("region " + n++ + ": exponent " + r.exponent().text(), x, y));
    }
    boolean positive = series.stream().allMatch(s -> Arrays.stream(s.x()).allMatch(v -> v > 0)
        && Arrays.stream(s.y()).allMatch(v -> v > 0));
    return Optional.of(new Plot(t.id() + ": phase diagram of the " + law.replace('.', ' ') + " law over ("
        + a + ", " + b + ")", a, b, positive, positive, series, List.of(),
        "Each point is a sample of the theorem's domain, placed by its constants " + a + " and " + b
            + " and coloured by the region of the " + law.replace('.', ' ')
            + " law's phase diagram whose active set the exact programme found there."));
  }

  private static String number(double v) {
    return String.format("%.3g", v);
  }

  /** name = value pairs, as a caption lists the values a curve is evaluated at. */
  private static String values(Map<String, Double> values) {
    return values.entrySet().stream().map(e -> e.getKey() + " = " + number(e.getValue()))
        .collect(Collectors.joining(", "));
  }
}
