package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
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
 *       depends on how the others grow (refused); a term without powers of the others but with
 *       a negative power of Log of one (B/Log(n)) vanishes too, slowly, and a positive one grows;
 *   <li>an exponential term whose argument grows with the others vanishes; one whose argument
 *       shrinks with them tends to its prefactor.
 * </ul>
 * What remains is a bound in x and the tunables, solved by the same programme as the compute law
 * with s_x = 1 fixed and no cost.
 *
 * <p>A term that does not vanish as the others grow but holds a tunable
 * (cn·η^(1/2)·T^(1/2)·n^(-1/2) of T1) need not be refused: the tunable may follow the others
 * (η ~ 1/T). For such bounds the others
 * stay in the programme, see {@link #following}.
 */
final class IsolatedLaws {
  /**
   * Where the tunables' optimal exponents are read: the law settles at M* + 1, but an end of a
   * tunable's range can stay put there and move only later (eta <= min(-1/8, 7/2 - M)).
   */
  private static final BigFraction FAR = new BigFraction(500);

  private IsolatedLaws() {}

  static Law of(String x, List<String> resources, List<String> tunables, List<Term> terms,
      List<Constraint> constraints, Function<IExpr, BigFraction> value) throws CannotDerive {
    for (Term t : terms) {
      boolean tunable = t.powers().keySet().stream().anyMatch(tunables::contains);
      boolean others = t.powers().keySet().stream().anyMatch(y -> !y.equals(x) && resources.contains(y));
      if (tunable && others && RationalSimplex.sign(othersSum(t.powers(), x, resources, value)) >= 0) {
        return following(x, resources, tunables, terms, constraints, value);
      }
    }
    return PowerLaw.of(programme(x, resources, tunables, terms, constraints, value), "isolated law in " + x);
  }

  /**
   * The isolated law in x when tunables may follow the other resources. Put s_x = 1 and s_y = M
   * for every other resource y, and let V(a, M) be the best rate with s_x = a. V is concave and
   * positively homogeneous (the optimum of a linear programme as a function of its right-hand
   * side), so V(0, 1) is the slope of V(1, M) as M → ∞:
   *
   * <ul>
   *   <li>V(0, 1) < 0: some term grows with the others whatever the tunables do (no law);
   *   <li>V(0, 1) > 0 or unbounded: the bound vanishes as the others grow, whatever x is;
   *   <li>V(0, 1) = 0: V(1, M) is non-decreasing and piecewise linear, hence constant from the
   *       maximiser M* of the programme with M free on; the law is the programme at M = M* + 1,
   *       and must be the same at M* + 2 (checked). A tunable's optimal exponents are read at
   *       M = max(M* + 1, 500) and twice that: those that move with M (following the others,
   *       η = X^(-M)) are not reported; an end of its optimal range that moves outward with M is
   *       infinite in the limit.
   * </ul>
   */
  private static Law following(String x, List<String> resources, List<String> tunables, List<Term> terms,
      List<Constraint> constraints, Function<IExpr, BigFraction> value) throws CannotDerive {
    String quantity = "isolated law in " + x;
    List<String> others = resources.stream().filter(y -> !y.equals(x)).toList();
    List<String> variables = new ArrayList<>(resources);
    variables.addAll(tunables);
    Map<String, BigFraction> atInfinity = new TreeMap<>();
    atInfinity.put(x, BigFraction.ZERO);
    others.forEach(y -> atInfinity.put(y, BigFraction.ONE));
    Optional<AllocationProgramme.Optimum> slope =
        new AllocationProgramme(variables, resources, terms, null, atInfinity, constraints, value).optimum();
    if (slope.isEmpty()) {
      throw new CannotDerive("no " + quantity + ": the assumptions do not let the other resources grow");
    }
    if (slope.get().unbounded() || RationalSimplex.sign(slope.get().rate()) > 0) {
      throw new CannotDerive("no " + quantity + ": no term depends on " + x + " once the others are unlimited");
    }
    if (RationalSimplex.sign(slope.get().rate()) < 0) {
      throw new CannotDerive("no " + quantity + ": the bound grows as the other resources grow, whatever the tunables do");
    }
    List<Constraint> together = new ArrayList<>(constraints);
    for (int i = 1; i < others.size(); i++) {
      together.add(new Constraint(Map.of(others.get(0), BigFraction.ONE, others.get(i), BigFraction.MINUS_ONE),
          RationalSimplex.Relation.EQ, "the other resources grow together"));
    }
    AllocationProgramme free = new AllocationProgramme(variables, resources, terms, null,
        Map.of(x, BigFraction.ONE), together, value);
    AllocationProgramme.Optimum best = free.optimum().orElseThrow(() -> new CannotDerive(
        "cannot derive the " + quantity + ": the constraints are infeasible"));
    if (best.unbounded()) {
      throw new CannotDerive("no " + quantity + ": the bound decays faster than any power");
    }
    BigFraction settled = others.isEmpty() ? BigFraction.ZERO : best.s()[variables.indexOf(others.get(0))];
    Law first = PowerLaw.of(at(x, others, settled.add(1), variables, resources, terms, constraints, value), quantity);
    Law second = PowerLaw.of(at(x, others, settled.add(2), variables, resources, terms, constraints, value), quantity);
    if (!first.exponent().equals(second.exponent()) || !Objects.equals(first.logPower(), second.logPower())) {
      throw new CannotDerive("cannot derive the " + quantity + ": it does not settle as the other resources grow");
    }
    BigFraction beyond = settled.add(1).compareTo(FAR) > 0 ? settled.add(1) : FAR;
    Law far = PowerLaw.of(at(x, others, beyond, variables, resources, terms, constraints, value), quantity);
    Law farther = PowerLaw.of(at(x, others, beyond.multiply(2), variables, resources, terms, constraints, value),
        quantity);
    Map<String, BigFraction> allocation = new TreeMap<>();
    Map<String, Law.Range> ranges = new TreeMap<>();
    for (String v : tunables) {
      Law.Range a = range(far, v);
      Law.Range b = range(farther, v);
      if (a == null || b == null) {
        continue;
      }
      boolean lowMoves = !Objects.equals(a.low(), b.low());
      boolean highMoves = !Objects.equals(a.high(), b.high());
      if (lowMoves && (b.low() == null || b.low().compareTo(a.low()) > 0)
          || highMoves && (b.high() == null || b.high().compareTo(a.high()) < 0)) {
        continue;
      }
      Law.Range limit = new Law.Range(lowMoves ? null : a.low(), highMoves ? null : a.high());
      if (limit.low() != null && limit.low().equals(limit.high())) {
        allocation.put(v, limit.low());
      } else {
        ranges.put(v, limit);
      }
    }
    return new Law(first.exponent(), first.logPower(), allocation, ranges, first.active());
  }

  /**
   * The optimal exponents of v in a law: its one value as [a, a], or its range; null if neither.
   * As the others grow (M, then M + 1), an end that moves outward with M tends to infinity, one
   * that moves inward means v follows the others (no exponent in x alone).
   */
  private static Law.Range range(Law law, String v) {
    BigFraction a = law.allocation().get(v);
    return a != null ? new Law.Range(a, a) : law.ranges().get(v);
  }

  private static AllocationProgramme at(String x, List<String> others, BigFraction m, List<String> variables,
      List<String> resources, List<Term> terms, List<Constraint> constraints, Function<IExpr, BigFraction> value) {
    Map<String, BigFraction> fixed = new TreeMap<>();
    fixed.put(x, BigFraction.ONE);
    others.forEach(y -> fixed.put(y, m));
    return new AllocationProgramme(variables, resources, terms, null, fixed, constraints, value);
  }

  private static BigFraction othersSum(Map<String, IExpr> powers, String x, List<String> resources,
      Function<IExpr, BigFraction> value) {
    BigFraction sum = BigFraction.ZERO;
    for (Map.Entry<String, IExpr> e : powers.entrySet()) {
      if (!e.getKey().equals(x) && resources.contains(e.getKey())) {
        sum = sum.add(value.apply(e.getValue()));
      }
    }
    return sum;
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
      boolean vanishes = false;
      for (Map.Entry<String, IExpr> l : t.logPowers().entrySet()) {
        if (!l.getKey().equals(x) && resources.contains(l.getKey())) {
          if (RationalSimplex.sign(value.apply(l.getValue())) > 0) {
            throw new CannotDerive("no isolated law in " + x + ": the term " + t.origin() + " grows with Log("
                + l.getKey() + ")");
          }
          vanishes = true;
        }
      }
      if (vanishes) {
        continue;
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

  /**
   * The signs {@link #programme} decides a term by, as relations in the constants: the other
   * resources' exponents of a dropped term sum to a negative number (S < 0), the argument of an
   * exponential grows or shrinks with them, a log factor of another resource has a negative
   * power. With exponents in the constants, each decision holds only where its sign does
   * (B*n^(-1/4)*m^(-b) vanishes for b > 0, not at b = 0), so it belongs to the law's condition.
   * Each relation is the one that holds at {@code value}'s point.
   */
  static List<IExpr> reductionConditions(String x, List<String> resources, List<Term> terms,
      Function<IExpr, BigFraction> value) {
    List<IExpr> out = new ArrayList<>();
    for (Term t : terms) {
      t.decay().ifPresent(d -> othersSum(d.powers(), x, resources).ifPresent(sum -> {
        int sign = RationalSimplex.sign(value.apply(sum));
        if (sign != 0) {
          out.add(sign > 0 ? F.Greater(sum, F.C0) : F.Less(sum, F.C0));
        }
      }));
      othersSum(t.powers(), x, resources).ifPresent(sum -> {
        if (RationalSimplex.sign(value.apply(sum)) < 0) {
          out.add(F.Less(sum, F.C0));
        }
      });
      t.logPowers().forEach((y, l) -> {
        if (!y.equals(x) && resources.contains(y) && RationalSimplex.sign(value.apply(l)) < 0) {
          out.add(F.Less(l, F.C0));
        }
      });
    }
    return out;
  }

  /** The sum of the other resources' exponents, if the term has any. */
  private static Optional<IExpr> othersSum(Map<String, IExpr> powers, String x, List<String> resources) {
    List<IExpr> others = new ArrayList<>();
    powers.forEach((y, e) -> {
      if (!y.equals(x) && resources.contains(y)) {
        others.add(e);
      }
    });
    return others.isEmpty() ? Optional.empty() : Optional.of(F.Plus(others.toArray(new IExpr[0])));
  }

  private static int othersSign(Map<String, IExpr> powers, String x, List<String> resources,
      Function<IExpr, BigFraction> value, Term t, String what) throws CannotDerive {
    boolean any = powers.keySet().stream().anyMatch(y -> !y.equals(x) && resources.contains(y));
    int sign = RationalSimplex.sign(othersSum(powers, x, resources, value));
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
