package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.AllocationProgramme.Constraint;
import scalebound.math.RationalSimplex;

/**
 * Step 4: isolated laws. The law in one resource x is the limit in which every other resource is
 * unlimited and the tunables are chosen optimally for x: along x = X, y = X^M with M → ∞,
 *
 * <ul>
 *   <li>a term whose exponents in the other resources sum to a negative number vanishes, one
 *       whose sum is positive grows (no isolated law), and one with mixed signs summing to 0
 *       depends on how the others grow (refused);
 *   <li>an exponential term whose argument grows with the others vanishes; one whose argument
 *       shrinks with them tends to its prefactor.
 * </ul>
 * What remains is a bound in x and the tunables, solved by the same programme as the compute law
 * with s_x = 1 fixed and no cost.
 */
final class IsolatedLaws {
  private IsolatedLaws() {}

  static Law of(String x, List<String> resources, List<String> tunables, List<Term> terms,
      List<Constraint> constraints, Function<IExpr, BigFraction> value) throws CannotDerive {
    return PowerLaw.of(programme(x, resources, tunables, terms, constraints, value), "isolated law in " + x);
  }

  /** The programme of the isolated law in {@code x}: the surviving terms, s_x = 1, no cost. */
  static AllocationProgramme programme(String x, List<String> resources, List<String> tunables, List<Term> terms,
      List<Constraint> constraints, Function<IExpr, BigFraction> value) throws CannotDerive {
    List<Term> remaining = new ArrayList<>();
    for (Term t : terms) {
      Optional<Term.Decay> decay = t.decay();
      if (decay.isPresent()) {
        int growth = othersSign(decay.get().powers(), x, resources, value, t, "argument of the exponential");
        if (growth > 0) {
          continue;
        }
        if (growth < 0) {
          decay = Optional.empty();
        }
      }
      int sign = othersSign(t.powers(), x, resources, value, t, "power");
      if (sign < 0) {
        continue;
      }
      if (sign > 0) {
        throw new CannotDerive("no isolated law in " + x + ": the term " + t.origin() + " grows as the other resources grow");
      }
      for (String l : t.logPowers().keySet()) {
        if (!l.equals(x) && resources.contains(l)) {
          throw new CannotDerive("no isolated law in " + x + ": the term " + t.origin() + " grows with Log(" + l + ")");
        }
      }
      Term kept = new Term(t.coefficient(), restrict(t.powers(), x, resources), t.logPowers(),
          decay.map(d -> new Term.Decay(d.coefficient(), restrict(d.powers(), x, resources))), t.origin());
      if (!kept.isFloor()) {
        remaining.add(kept);
      }
    }
    if (remaining.isEmpty()) {
      throw new CannotDerive("no isolated law in " + x + ": no term depends on " + x + " once the others are unlimited");
    }
    List<String> variables = new ArrayList<>();
    variables.add(x);
    variables.addAll(tunables);
    List<Constraint> own = constraints.stream()
        .filter(c -> variables.containsAll(c.a().keySet())).toList();
    return new AllocationProgramme(variables, List.of(x), remaining, null, Map.of(x, BigFraction.ONE), own, value);
  }

  private static int othersSign(Map<String, IExpr> powers, String x, List<String> resources,
      Function<IExpr, BigFraction> value, Term t, String what) throws CannotDerive {
    BigFraction sum = BigFraction.ZERO;
    boolean any = false;
    for (Map.Entry<String, IExpr> e : powers.entrySet()) {
      if (!e.getKey().equals(x) && resources.contains(e.getKey())) {
        sum = sum.add(value.apply(e.getValue()));
        any = true;
      }
    }
    int sign = RationalSimplex.sign(sum);
    if (any && sign == 0) {
      throw new CannotDerive("no isolated law in " + x + ": the " + what + " of " + t.origin()
          + " depends on how the other resources grow relative to each other");
    }
    return sign;
  }

  private static Map<String, IExpr> restrict(Map<String, IExpr> powers, String x, List<String> resources) {
    Map<String, IExpr> out = new TreeMap<>();
    powers.forEach((k, v) -> {
      if (k.equals(x) || !resources.contains(k)) {
        out.put(k, v);
      }
    });
    return out;
  }
}
