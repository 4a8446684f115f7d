package scalebound.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.Derivation;
import scalebound.derive.Law;
import scalebound.derive.PhaseDiagram;
import scalebound.math.DoubleFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * The exponent a rate check compares the measured slope with, and where it comes from; or why
 * there is none (then the check is inconclusive, never a fallback to another number).
 *
 * <ul>
 *   <li>the swept symbol is a resource with a rational isolated law: that law's exponent;
 *   <li>its isolated law is a phase diagram (exponents in constants, {@code n^(-2*r*b/(2*r*b+1))}):
 *       the exponent of the region whose condition holds at the constants' bound values,
 *       evaluated there. No region, or regions that disagree there, or a constant that is not
 *       bound (or varies across the sweep): no exponent;
 *   <li>a resource with no derived law: no exponent (the engine's reason is given);
 *   <li>not a resource (a tunable or constant, L2s's {@code eta}): the bound's own log-log slope
 *       in it across the sweep, the other symbols at their bound values.
 * </ul>
 */
record ClaimedExponent(double value, String source, String missing) {
  /** Agreement of two evaluations of one exponent (floating-point rounding only). */
  private static final double SAME = 1e-9;

  static ClaimedExponent of(double value, String source) {
    return new ClaimedExponent(value, source, null);
  }

  static ClaimedExponent none(String why) {
    return new ClaimedExponent(Double.NaN, null, why);
  }

  boolean determined() {
    return missing == null;
  }

  /** The isolated law in {@code symbol} as a phase diagram, if the derivation gives one. */
  static PhaseDiagram diagram(Derivation d, String symbol) {
    return d.diagrams().get("isolated." + symbol);
  }

  /**
   * The symbols a rate check on {@code symbol} must bind beyond the measured quantity, or null
   * when it evaluates the bound itself (then every symbol of the theorem must be bound).
   */
  static Set<String> required(Theorem theorem, Derivation d, String symbol) {
    if (d.isolated().containsKey(symbol)) {
      return Set.of();
    }
    PhaseDiagram diagram = diagram(d, symbol);
    if (diagram != null) {
      return diagram.symbols();
    }
    if (theorem.resources().contains(symbol)) {
      return Set.of();
    }
    return null;
  }

  /**
   * @param symbols the theorem's symbols (in {@link Binding#symbolNames()} order) at every
   *     observation of the sweep
   */
  static ClaimedExponent resolve(Trial t, List<double[]> symbols, double[] x) {
    String symbol = ((Scenario.Rate) t.scenario.check()).symbol();
    Law law = t.derivation.isolated().get(symbol);
    if (law != null) {
      BigFraction e = law.exponent();
      return of(e.doubleValue(), "the derived isolated exponent " + (e.getDenominatorAsLong() == 1 ? e.getNumerator().toString() : e.toString().replace(" ", "")));
    }
    PhaseDiagram diagram = diagram(t.derivation, symbol);
    if (diagram != null) {
      return fromDiagram(t, diagram, symbol, symbols);
    }
    if (t.theorem.resources().contains(symbol)) {
      return none(noLaw(t, symbol));
    }
    double[] first = symbols.get(0);
    int k = t.binding.symbolNames().indexOf(symbol);
    double[] a = first.clone();
    double[] b = first.clone();
    a[k] = x[0];
    b[k] = x[x.length - 1];
    double slope = Math.log(t.binding.bound(b) / t.binding.bound(a)) / Math.log(x[x.length - 1] / x[0]);
    if (!Double.isFinite(slope)) {
      return none("the bound's log-log slope in " + symbol + " is not finite at the bound values " + describe(t, first));
    }
    return of(slope, "the bound's log-log slope in " + symbol);
  }

  /** Why a resource with neither a law nor a phase diagram has no exponent. */
  static String noLaw(Trial t, String symbol) {
    return "the engine derives no isolated law in " + symbol + " ("
        + t.derivation.notes().getOrDefault("isolated." + symbol, "no reason recorded")
        + "), so there is no exponent to compare the measured slope with";
  }

  private static ClaimedExponent fromDiagram(Trial t, PhaseDiagram diagram, String symbol, List<double[]> symbols) {
    List<String> names = t.binding.symbolNames();
    double[] first = symbols.get(0);
    Set<String> unbound = new TreeSet<>();
    for (String s : diagram.symbols()) {
      if (Double.isNaN(first[names.indexOf(s)])) {
        unbound.add(s);
      }
    }
    if (!unbound.isEmpty()) {
      return none("the law in " + symbol + " has exponents in " + String.join(", ", diagram.symbols())
          + ", and " + String.join(", ", unbound) + " has no value here (bind it in the scenario)");
    }
    double value = Double.NaN;
    String source = null;
    for (double[] at : symbols) {
      ClaimedExponent e = atPoint(t, diagram, symbol, at);
      if (!e.determined()) {
        return e;
      }
      if (source == null) {
        value = e.value();
        source = e.source();
      } else if (Math.abs(e.value() - value) > SAME * Math.max(1, Math.abs(value))) {
        return none("the exponent of the law in " + symbol + " changes across the sweep (" + ExactCheck.fmt(value)
            + " at " + describe(t, diagram, first) + ", " + ExactCheck.fmt(e.value()) + " at " + describe(t, diagram, at)
            + "): its constants must not vary with " + symbol);
      }
    }
    return of(value, source);
  }

  private static ClaimedExponent atPoint(Trial t, PhaseDiagram diagram, String symbol, double[] at) {
    List<String> names = t.binding.symbolNames();
    List<Integer> holding = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    try {
      for (int i = 0; i < diagram.regions().size(); i++) {
        PhaseDiagram.Region r = diagram.regions().get(i);
        boolean holds = true;
        for (Expression part : r.parts()) {
          holds &= DoubleFunction.compile(part, names).holds(at);
        }
        if (holds) {
          holding.add(i);
          values.add(DoubleFunction.compile(r.exponent(), names).at(at));
        }
      }
    } catch (EvaluationRefused e) {
      return none("the law in " + symbol + " cannot be evaluated at " + describe(t, diagram, at) + ": " + e.getMessage());
    }
    if (holding.isEmpty()) {
      return none("no region of the phase diagram of the law in " + symbol + " contains " + describe(t, diagram, at));
    }
    double v = values.get(0);
    for (double w : values) {
      if (!(Math.abs(w - v) <= SAME * Math.max(1, Math.abs(v)))) {
        return none("regions " + holding.stream().map(i -> String.valueOf(i + 1)).toList() + " of the law in " + symbol
            + " all contain " + describe(t, diagram, at) + " and give different exponents " + values);
      }
    }
    if (!Double.isFinite(v)) {
      return none("the exponent of the law in " + symbol + " is not finite at " + describe(t, diagram, at));
    }
    PhaseDiagram.Region r = diagram.regions().get(holding.get(0));
    return of(v, "the derived exponent " + r.exponent().text() + (diagram.regions().size() > 1
        ? " (region " + (holding.get(0) + 1) + " of " + diagram.regions().size() + ": " + r.condition() + ")" : "")
        + " at " + describe(t, diagram, at));
  }

  private static String describe(Trial t, PhaseDiagram diagram, double[] at) {
    StringJoiner j = new StringJoiner(", ");
    Map<String, Double> named = t.binding.named(at);
    for (String s : diagram.symbols()) {
      j.add(s + " = " + ExactCheck.fmt(named.get(s)));
    }
    return j.toString();
  }

  private static String describe(Trial t, double[] at) {
    return t.binding.named(at).toString();
  }
}
