package scalebound.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.AllocationProgramme.Optimum;

/** A {@link Law} from an {@link AllocationProgramme}: rate, allocation, ranges, log power, active terms. */
final class PowerLaw {
  private PowerLaw() {}

  static Law of(AllocationProgramme programme, String quantity) throws CannotDerive {
    Optimum o = programme.optimum().orElseThrow(() -> new CannotDerive(
        "cannot derive the " + quantity + ": the constraints (cost, assumptions, resources >= 1) are infeasible"));
    if (o.unbounded()) {
      throw new CannotDerive("no " + quantity + ": the bound decays faster than any power (no power-law term limits it)");
    }
    List<BigFraction[]> vertices = new ArrayList<>();
    vertices.add(o.s());
    Map<String, Law.Range> ranges = programme.ranges(o, vertices);
    BigFraction logPower = null;
    for (BigFraction[] v : vertices) {
      BigFraction q = programme.logPower(v, o.rate());
      if (q != null && (logPower == null || q.compareTo(logPower) < 0)) {
        logPower = q;
      }
    }
    if (logPower == null) {
      throw new CannotDerive("cannot derive the " + quantity + ": " + capped(programme, o));
    }
    Map<String, BigFraction> allocation = new LinkedHashMap<>();
    List<String> variables = programme.variables();
    for (int i = 0; i < variables.size(); i++) {
      if (!ranges.containsKey(variables.get(i)) && !programme.isFixed(variables.get(i))) {
        allocation.put(variables.get(i), o.s()[i]);
      }
    }
    List<String> active = new ArrayList<>();
    for (int k : o.tight()) {
      active.add(programme.terms().get(k).origin());
    }
    return new Law(o.rate().negate(), logPower, allocation, ranges, active);
  }

  /**
   * Why no log factor exists at the optimum: an exponential term must be driven out (its argument
   * grow) to reach the rate, yet its argument may not grow even logarithmically. That happens
   * when an assumption caps it (eta*T <= 1 with Exp(-c*eta*T)): the term then tends to a
   * positive constant, a floor set by the assumption, which is outside the class of laws.
   */
  private static String capped(AllocationProgramme programme, Optimum o) {
    List<String> driven = new ArrayList<>();
    for (int k : o.tight()) {
      Term t = programme.terms().get(k);
      if (t.decay().isPresent()) {
        driven.add(t.origin());
      }
    }
    List<String> by = programme.tightAssumptions(o.s());
    return (driven.isEmpty() ? "the exponential terms" : "the exponential term " + String.join(", ", driven))
        + " would have to decay, but " + (by.isEmpty() ? "the constraints keep" : "the assumption "
            + String.join(", ", by) + " keeps") + " its argument bounded, so it tends to a positive constant"
        + " set by the assumptions: outside the class of laws derived here";
  }
}
