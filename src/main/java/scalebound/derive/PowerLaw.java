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
}
