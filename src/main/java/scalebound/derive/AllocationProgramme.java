package scalebound.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.RationalSimplex.Relation;
import scalebound.math.RationalSimplex.Solution;
import scalebound.math.RationalSimplex.Status;
import scalebound.math.RationalSimplex;

/**
 * Step 2: the max-min linear programme behind every power law.
 *
 * <p>Put x_i = C^(s_i) for the resources and tunables. A power term c·Πx^a decays along that
 * path at rate -a·s; the bound decays at the slowest rate of its terms. An exponential term
 * c·Πx^a·Exp(-b·Πx^e) can be driven below any power of C when its argument does not vanish,
 * e·s >= 0, at the price of a log factor (x_i = C^(s_i)(Log C)^(u_i) with e·u >= 1); otherwise
 * Exp(-g) tends to a constant and the term decays like its prefactor, at rate -a·s. So the best
 * rate r is the value of
 *
 * <pre>   maximise r  subject to  a_k·s + r <= 0 for every power term k,
 *                           e_j·s >= 0 or a_j·s + r <= 0 for every exponential term j,
 *                           w·s = 1 (the cost C = c0·Πx^w),  s_i >= 0 for resources,
 *                           and the linear constraints implied by the assumptions,</pre>
 *
 * solved exactly ({@link RationalSimplex}), one programme per choice in the disjunctions. The
 * tight constraints at the optimum are the active set; the allocation is s. Non-uniqueness is
 * measured, not hidden: each s_i is maximised and minimised over the optimal face.
 *
 * <p>The log power of the law comes from a second, smaller programme in the u_i (see
 * {@link #logPower}). For isolated laws the same programme runs with one resource fixed at
 * s = 1 and no cost. Source: the method README states ("What `derive` and `check` compute");
 * the max-min formulation is the standard one for compute-optimal allocation (e.g. Hoffmann et al. 2022, App. D, for two
 * power-law terms).
 */
final class AllocationProgramme {
  /** A linear constraint a·s REL 0 implied by an assumption. */
  record Constraint(Map<String, BigFraction> a, Relation relation, String origin) {}

  private final List<String> variables;
  private final List<String> resources;
  private final List<Term> terms;
  private final Map<String, BigFraction> cost;
  private final Map<String, BigFraction> fixed;
  private final List<Constraint> constraints;
  private final Function<IExpr, BigFraction> value;

  /**
   * @param variables   the allocation variables (resources and tunables) in order
   * @param resources   those of them that must not shrink (s >= 0)
   * @param terms       reducible terms of the bound (floor removed)
   * @param cost        cost exponents w, or null for a programme without cost (isolated laws)
   * @param fixed       variables whose s is fixed (the resource of an isolated law)
   * @param value       the rational value of an exponent (symbolic exponents at a sample point)
   */
  AllocationProgramme(List<String> variables, List<String> resources, List<Term> terms,
      Map<String, BigFraction> cost, Map<String, BigFraction> fixed, List<Constraint> constraints,
      Function<IExpr, BigFraction> value) {
    this.variables = variables;
    this.resources = resources;
    this.terms = terms;
    this.cost = cost;
    this.fixed = fixed;
    this.constraints = constraints;
    this.value = value;
  }

  /** The result of the rate programme. */
  record Optimum(BigFraction rate, BigFraction[] s, boolean[] driven, List<Integer> tight, boolean unbounded) {}

  private int r() {
    return variables.size();
  }

  private BigFraction[] exponents(Map<String, IExpr> powers) {
    BigFraction[] a = RationalSimplex.zeros(variables.size() + 1);
    powers.forEach((x, e) -> a[variables.indexOf(x)] = value.apply(e));
    return a;
  }

  private static BigFraction dot(BigFraction[] a, BigFraction[] s) {
    BigFraction d = BigFraction.ZERO;
    for (int i = 0; i < Math.min(a.length, s.length); i++) {
      d = d.add(a[i].multiply(s[i]));
    }
    return d;
  }

  private List<Integer> decayTerms() {
    List<Integer> j = new ArrayList<>();
    for (int k = 0; k < terms.size(); k++) {
      if (terms.get(k).decay().isPresent()) {
        j.add(k);
      }
    }
    return j;
  }

  /**
   * One constraint of the rate programme, with symbolic coefficients: Σ a_i·v_i REL rhs over the
   * variables and, at index {@code variables.size()}, the rate r. Labels name the constraint
   * for active sets ("cost", "resource m", "term 2", "drive 0", "assume 1", "fixed m").
   */
  record Row(String label, Map<Integer, IExpr> a, Relation relation, IExpr rhs) {}

  /** The rows of the rate programme under one choice (driven or not) for each exponential term. */
  List<Row> rows(boolean[] driven) {
    List<Row> rows = new ArrayList<>();
    if (cost != null) {
      Map<Integer, IExpr> w = new LinkedHashMap<>();
      cost.forEach((x, e) -> w.put(variables.indexOf(x), Exponents.of(e)));
      rows.add(new Row("cost", w, Relation.EQ, F.C1));
    }
    fixed.forEach((x, v) -> rows.add(new Row("fixed " + x, Map.of(variables.indexOf(x), F.C1), Relation.EQ, Exponents.of(v))));
    for (String x : resources) {
      if (variables.contains(x) && !fixed.containsKey(x)) {
        rows.add(new Row("resource " + x, Map.of(variables.indexOf(x), F.C1), Relation.GE, F.C0));
      }
    }
    for (int i = 0; i < constraints.size(); i++) {
      Map<Integer, IExpr> a = new LinkedHashMap<>();
      constraints.get(i).a().forEach((x, e) -> a.put(variables.indexOf(x), Exponents.of(e)));
      rows.add(new Row("assume " + i, a, constraints.get(i).relation(), F.C0));
    }
    List<Integer> decays = decayTerms();
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      int choice = decays.indexOf(k);
      Map<Integer, IExpr> a = new LinkedHashMap<>();
      if (choice >= 0 && driven[choice]) {
        t.decay().get().powers().forEach((x, e) -> a.put(variables.indexOf(x), e));
        rows.add(new Row("drive " + k, a, Relation.GE, F.C0));
      } else {
        t.powers().forEach((x, e) -> a.put(variables.indexOf(x), e));
        a.put(r(), F.C1);
        rows.add(new Row("term " + k, a, Relation.LE, F.C0));
      }
    }
    return rows;
  }

  private RationalSimplex simplex(List<Row> rows) {
    RationalSimplex lp = new RationalSimplex(variables.size() + 1);
    for (Row row : rows) {
      BigFraction[] a = RationalSimplex.zeros(variables.size() + 1);
      row.a().forEach((i, e) -> a[i] = a[i].add(value.apply(e)));
      lp.constrain(a, row.relation(), value.apply(row.rhs()));
    }
    return lp;
  }

  /** The labels of the rows that hold with equality at {@code x}. */
  List<Row> tightRows(boolean[] driven, BigFraction[] x) {
    List<Row> out = new ArrayList<>();
    for (Row row : rows(driven)) {
      BigFraction lhs = BigFraction.ZERO;
      for (Map.Entry<Integer, IExpr> e : row.a().entrySet()) {
        lhs = lhs.add(value.apply(e.getValue()).multiply(x[e.getKey()]));
      }
      if (lhs.equals(value.apply(row.rhs()))) {
        out.add(row);
      }
    }
    return out;
  }

  /** The rate programme under one choice (driven or not) for each exponential term. */
  private RationalSimplex rateProgramme(boolean[] driven) {
    return simplex(rows(driven));
  }

  Optional<Optimum> optimum() {
    int j = decayTerms().size();
    Optimum best = null;
    BigFraction[] objective = RationalSimplex.zeros(variables.size() + 1);
    objective[r()] = BigFraction.ONE;
    for (int mask = 0; mask < (1 << j); mask++) {
      boolean[] driven = new boolean[j];
      for (int i = 0; i < j; i++) {
        driven[i] = (mask & (1 << i)) != 0;
      }
      Solution s = rateProgramme(driven).maximize(objective);
      if (s.status() == Status.UNBOUNDED) {
        return Optional.of(new Optimum(null, null, driven, List.of(), true));
      }
      if (s.status() == Status.OPTIMAL && (best == null || s.value().compareTo(best.rate()) > 0)) {
        best = new Optimum(s.value(), s.x(), driven, tight(s.x(), s.value(), driven), false);
      }
    }
    return Optional.ofNullable(best);
  }

  /** Indices of the terms whose rate equals the optimum (or whose exponential is at its edge). */
  private List<Integer> tight(BigFraction[] s, BigFraction rate, boolean[] driven) {
    List<Integer> out = new ArrayList<>();
    List<Integer> decays = decayTerms();
    for (int k = 0; k < terms.size(); k++) {
      Term t = terms.get(k);
      int choice = decays.indexOf(k);
      if (choice >= 0 && driven[choice]) {
        if (dot(exponents(t.decay().get().powers()), s).compareTo(BigFraction.ZERO) == 0) {
          out.add(k);
        }
      } else if (dot(exponents(t.powers()), s).add(rate).compareTo(BigFraction.ZERO) == 0) {
        out.add(k);
      }
    }
    return out;
  }

  /** The range of each variable's exponent over the optimal face, and one optimal vertex per end. */
  Map<String, Law.Range> ranges(Optimum o, List<BigFraction[]> vertices) {
    Map<String, Law.Range> out = new LinkedHashMap<>();
    RationalSimplex face = rateProgramme(o.driven());
    face.constrain(Map.of(r(), BigFraction.ONE), Relation.GE, o.rate());
    for (int i = 0; i < variables.size(); i++) {
      BigFraction[] up = RationalSimplex.zeros(variables.size() + 1);
      up[i] = BigFraction.ONE;
      BigFraction[] down = RationalSimplex.zeros(variables.size() + 1);
      down[i] = BigFraction.MINUS_ONE;
      Solution hi = face.maximize(up);
      Solution lo = face.maximize(down);
      if (hi.status() == Status.OPTIMAL) {
        vertices.add(hi.x());
      }
      if (lo.status() == Status.OPTIMAL) {
        vertices.add(lo.x());
      }
      BigFraction high = hi.status() == Status.OPTIMAL ? hi.value() : null;
      BigFraction low = lo.status() == Status.OPTIMAL ? lo.value().negate() : null;
      if (high == null || low == null || high.compareTo(low) != 0) {
        out.put(variables.get(i), new Law.Range(low, high));
      }
    }
    return out;
  }

  /**
   * Step 3: the log power. Along x_i = C^(s_i)(Log C)^(u_i) at an optimal s, a term tight at
   * rate r picks up (Log C)^(a·u + l), where l adds the log powers of the variables that grow
   * (Log x ≍ s·Log C); an exponential term at the edge (e·s = 0) whose prefactor is not small
   * enough must be driven out, e·u >= 1, which is where log factors come from. So
   *
   * <pre>   minimise q  subject to  a_k·u + l_k <= q for the tight power terms,
   *                           e_j·u >= 1 for exponential terms that must be driven,
   *                           w·u = 0,  u_i >= 0 for resources with s_i = 0,
   *                           tight assumption constraints in u,</pre>
   *
   * with a choice, again, for exponential terms that may either be driven or left as a tight
   * power term. Returns null if no programme is feasible.
   */
  BigFraction logPower(BigFraction[] s, BigFraction rate) {
    List<Integer> ambiguous = new ArrayList<>();
    for (int k : decayTerms()) {
      Term t = terms.get(k);
      int edge = dot(exponents(t.decay().get().powers()), s).compareTo(BigFraction.ZERO);
      int prefactor = dot(exponents(t.powers()), s).add(rate).compareTo(BigFraction.ZERO);
      if (edge == 0 && prefactor == 0) {
        ambiguous.add(k);
      }
    }
    BigFraction best = null;
    for (int mask = 0; mask < (1 << ambiguous.size()); mask++) {
      RationalSimplex lp = new RationalSimplex(variables.size() + 1);
      int q = r();
      if (cost != null) {
        BigFraction[] w = RationalSimplex.zeros(variables.size() + 1);
        cost.forEach((x, e) -> w[variables.indexOf(x)] = e);
        lp.constrain(w, Relation.EQ, BigFraction.ZERO);
      }
      for (String x : fixed.keySet()) {
        lp.constrain(Map.of(variables.indexOf(x), BigFraction.ONE), Relation.EQ, BigFraction.ZERO);
      }
      for (String x : resources) {
        int i = variables.indexOf(x);
        if (i >= 0 && !fixed.containsKey(x) && s[i].compareTo(BigFraction.ZERO) == 0) {
          lp.constrain(Map.of(i, BigFraction.ONE), Relation.GE, BigFraction.ZERO);
        }
      }
      for (Constraint c : constraints) {
        BigFraction[] a = RationalSimplex.zeros(variables.size() + 1);
        c.a().forEach((x, e) -> a[variables.indexOf(x)] = e);
        if (dot(a, s).compareTo(BigFraction.ZERO) == 0) {
          lp.constrain(a, c.relation(), BigFraction.ZERO);
        }
      }
      for (int k = 0; k < terms.size(); k++) {
        Term t = terms.get(k);
        BigFraction[] a = exponents(t.powers());
        int prefactor = dot(a, s).add(rate).compareTo(BigFraction.ZERO);
        int choice = ambiguous.indexOf(k);
        if (t.decay().isPresent()) {
          BigFraction[] e = exponents(t.decay().get().powers());
          int edge = dot(e, s).compareTo(BigFraction.ZERO);
          boolean drive = edge == 0 && (prefactor > 0 || (choice >= 0 && (mask & (1 << choice)) != 0));
          if (drive) {
            lp.constrain(e, Relation.GE, BigFraction.ONE);
            continue;
          }
          if (edge > 0 || prefactor < 0) {
            continue;
          }
        } else if (prefactor != 0) {
          continue;
        }
        BigFraction l = BigFraction.ZERO;
        for (Map.Entry<String, IExpr> lp2 : t.logPowers().entrySet()) {
          if (s[variables.indexOf(lp2.getKey())].compareTo(BigFraction.ZERO) != 0) {
            l = l.add(value.apply(lp2.getValue()));
          }
        }
        a[q] = BigFraction.MINUS_ONE;
        lp.constrain(a, Relation.LE, l.negate());
      }
      BigFraction[] objective = RationalSimplex.zeros(variables.size() + 1);
      objective[q] = BigFraction.MINUS_ONE;
      Solution sol = lp.maximize(objective);
      if (sol.status() == Status.OPTIMAL) {
        BigFraction v = sol.value().negate();
        if (best == null || v.compareTo(best) < 0) {
          best = v;
        }
      }
    }
    return best;
  }

  /** The origins of the assumption constraints that hold with equality at {@code s}. */
  List<String> tightAssumptions(BigFraction[] s) {
    List<String> out = new ArrayList<>();
    for (Constraint c : constraints) {
      BigFraction[] a = RationalSimplex.zeros(variables.size() + 1);
      c.a().forEach((x, e) -> a[variables.indexOf(x)] = e);
      if (dot(a, s).compareTo(BigFraction.ZERO) == 0 && !out.contains(c.origin())) {
        out.add(c.origin());
      }
    }
    return out;
  }

  boolean isFixed(String variable) {
    return fixed.containsKey(variable);
  }

  List<String> variables() {
    return variables;
  }

  List<Term> terms() {
    return terms;
  }
}
