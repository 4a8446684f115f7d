package scalebound.derive;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.symbolic.Expression;

/**
 * A law whose exponents depend on constants ({@code M^(-(a-1))} with {@code a > 1}): one
 * {@link Region} per active set met on the constants' domain. A region's formulas are exact
 * (solved by Symja from the active constraints) and were checked exactly against the rational
 * programme at its {@code samples} (the domain's sample points where this active set is the
 * optimum: the values of every symbol); {@code condition} is where its active set is feasible
 * (the remaining constraints with the formulas substituted); {@code parts} holds the same
 * condition as relations (empty: everywhere on the domain), for evaluating it at given constants;
 * {@code notUnique} names the variables whose optimal allocation exponent is not unique at some
 * sample point (their formula is one optimal allocation, a vertex of the optimal face);
 * {@code logPowers} holds the exact log power at each sample (null where undetermined), which is
 * what a claimed log power is checked against when it depends on the constants; {@code ranges}
 * holds, at each sample, the interval of optimal exponents of each variable whose optimum is not
 * unique there.
 */
public record PhaseDiagram(String quantity, List<Region> regions, List<String> notes) {
  public record Region(String condition, Expression exponent, String logPower, Map<String, Expression> allocation,
      List<String> active, List<Map<String, Double>> samples, List<Expression> parts, List<String> notUnique,
      List<BigFraction> logPowers, List<Map<String, Law.Range>> ranges) {
    /** How many sample points the region's formulas were checked at. */
    public int points() {
      return samples.size();
    }

    /** The constants the exponent and the condition mention. */
    public Set<String> symbols() {
      Set<String> s = new TreeSet<>(exponent.symbols());
      parts.forEach(p -> s.addAll(p.symbols()));
      return s;
    }
  }

  /** The constants any region's exponent or condition mentions: what evaluating the diagram needs. */
  public Set<String> symbols() {
    Set<String> s = new TreeSet<>();
    regions.forEach(r -> s.addAll(r.symbols()));
    return s;
  }
}
