package scalebound.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.VertexProgramme.Rel;

/**
 * The laws of a {@link RandomLaw}, computed without the engine: brute-force linear programmes
 * ({@link VertexProgramme}) over the log-exponents, written from the method in README ("What `derive` and `check` compute").
 *
 * <p>Along x = C^(s_x)(Log C)^(u_x) a term c·Πx^p·ΠLog(x)^l decays like C^(p·s)(Log C)^(p·u + l),
 * where l counts only variables that grow (s_x ≠ 0); Exp(-g·Πx^e) is negligible when e·s > 0,
 * tends to 1 when e·s < 0, and at e·s = 0 is negligible only if e·u >= 1. The rate is the best
 * slowest decay over every optimal choice; the log power the smallest one over every optimal
 * allocation, searched at one point inside every face of the optimal set (the centroid of each
 * set of optimal vertices of one choice), not only at vertices. An isolated law puts s_x = 1 and every other
 * resource at s = M for two large M, and exists when both give the same law.
 */
final class ExactLaws {
  /** A law: exponent, log power, and each variable's optimal range (null ends: infinite). */
  record Exact(BigFraction exponent, BigFraction logPower, Map<String, BigFraction[]> ranges) {}

  /** Two boxes for the log-exponents: a rate that depends on the box is unbounded. */
  private static final BigFraction BOX = new BigFraction(10_000);
  private static final BigFraction WIDER = new BigFraction(20_000);
  private static final BigFraction FAR = new BigFraction(500);
  private static final BigFraction FARTHER = new BigFraction(1000);

  private final RandomLaw law;
  private final List<String> vars;
  private final int n;

  ExactLaws(RandomLaw law) {
    this.law = law;
    this.vars = law.variables();
    this.n = vars.size();
  }

  /** The compute law, or empty when the bound decays faster than any power of C. */
  Optional<Exact> compute() {
    Map<String, BigFraction> cost = new LinkedHashMap<>();
    law.weights().forEach((x, w) -> cost.put(x, new BigFraction(w)));
    return solve(cost, Map.of());
  }

  /** The isolated law in x, or empty when there is none. */
  Optional<Exact> isolated(String x) {
    Optional<Exact> far = solve(null, fixed(x, FAR));
    Optional<Exact> farther = solve(null, fixed(x, FARTHER));
    if (far.isEmpty() || farther.isEmpty() || !far.get().exponent().equals(farther.get().exponent())
        || !far.get().logPower().equals(farther.get().logPower())) {
      return Optional.empty();
    }
    return far;
  }

  /**
   * The optimal exponent of the tunable in the isolated law in x as the other resources grow
   * (s = M): the ends of its optimal range at M = 500 and 1000; an end that moves outward with M
   * tends to infinity (null); one that moves inward means the tunable follows the others (both
   * ends null). Empty when there is no isolated law or no tunable.
   */
  Optional<BigFraction[]> isolatedTunable(String x) {
    if (law.tunable() == null || isolated(x).isEmpty()) {
      return Optional.empty();
    }
    BigFraction[] far = solve(null, fixed(x, FAR)).orElseThrow().ranges().get(law.tunable());
    BigFraction[] farther = solve(null, fixed(x, FARTHER)).orElseThrow().ranges().get(law.tunable());
    boolean lowMoves = !java.util.Objects.equals(far[0], farther[0]);
    boolean highMoves = !java.util.Objects.equals(far[1], farther[1]);
    if (lowMoves && (farther[0] == null || farther[0].compareTo(far[0]) > 0)
        || highMoves && (farther[1] == null || farther[1].compareTo(far[1]) < 0)) {
      return Optional.of(new BigFraction[] {null, null});
    }
    return Optional.of(new BigFraction[] {lowMoves ? null : far[0], highMoves ? null : far[1]});
  }

  private Map<String, BigFraction> fixed(String x, BigFraction m) {
    Map<String, BigFraction> f = new LinkedHashMap<>();
    for (String y : law.resources()) {
      f.put(y, y.equals(x) ? BigFraction.ONE : m);
    }
    return f;
  }

  private List<Integer> exponentials() {
    List<Integer> j = new ArrayList<>();
    for (int k = 0; k < law.parts().size(); k++) {
      if (!law.parts().get(k).decay().isEmpty()) {
        j.add(k);
      }
    }
    return j;
  }

  private BigFraction[] vector(Map<String, BigFraction> m, int size) {
    BigFraction[] a = VertexProgramme.zeros(size);
    m.forEach((x, e) -> a[vars.indexOf(x)] = e);
    return a;
  }

  private Optional<Exact> solve(Map<String, BigFraction> cost, Map<String, BigFraction> fixed) {
    Optional<Exact> law = solve(cost, fixed, BOX);
    Optional<Exact> wider = solve(cost, fixed, WIDER);
    return law.isPresent() && wider.isPresent() && law.get().exponent().equals(wider.get().exponent()) ? law : Optional.empty();
  }

  private Optional<Exact> solve(Map<String, BigFraction> cost, Map<String, BigFraction> fixed, BigFraction box) {
    List<Integer> exps = exponentials();
    BigFraction best = null;
    List<List<BigFraction[]>> faces = new ArrayList<>();
    for (int mask = 0; mask < (1 << exps.size()); mask++) {
      VertexProgramme p = new VertexProgramme(n + 1, box);
      if (cost != null) {
        p.add(vector(cost, n + 1), Rel.EQ, BigFraction.ONE);
      }
      fixed.forEach((x, v) -> p.add(VertexProgramme.unit(n + 1, vars.indexOf(x)), Rel.EQ, v));
      for (String x : law.resources()) {
        p.add(VertexProgramme.unit(n + 1, vars.indexOf(x)), Rel.GE, BigFraction.ZERO);
      }
      if (law.tunable() != null) {
        p.add(VertexProgramme.unit(n + 1, vars.indexOf(law.tunable())), Rel.LE, BigFraction.ZERO);
      }
      for (int k = 0; k < law.parts().size(); k++) {
        RandomLaw.Part part = law.parts().get(k);
        int choice = exps.indexOf(k);
        if (choice >= 0 && (mask & (1 << choice)) != 0) {
          p.add(vector(part.decay(), n + 1), Rel.GE, BigFraction.ZERO);
        } else {
          BigFraction[] a = vector(part.power(), n + 1);
          a[n] = BigFraction.ONE;
          p.add(a, Rel.LE, BigFraction.ZERO);
        }
      }
      Optional<VertexProgramme.Optimum> o = p.maximize(VertexProgramme.unit(n + 1, n));
      if (o.isEmpty()) {
        continue;
      }
      int cmp = best == null ? 1 : o.get().value().compareTo(best);
      if (cmp > 0) {
        best = o.get().value();
        faces.clear();
      }
      if (cmp >= 0) {
        faces.add(o.get().vertices());
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    List<BigFraction[]> optimal = faces.stream().flatMap(List::stream).toList();
    Map<String, BigFraction[]> ranges = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      BigFraction lo = null;
      BigFraction hi = null;
      for (BigFraction[] v : optimal) {
        lo = lo == null || v[i].compareTo(lo) < 0 ? v[i] : lo;
        hi = hi == null || v[i].compareTo(hi) > 0 ? v[i] : hi;
      }
      ranges.put(vars.get(i), new BigFraction[] {lo.abs().equals(box) ? null : lo, hi.abs().equals(box) ? null : hi});
    }
    BigFraction logPower = null;
    for (List<BigFraction[]> face : faces) {
      for (BigFraction[] s : centroids(face)) {
        BigFraction q = logPower(s, best, cost, fixed, box);
        if (q != null && (logPower == null || q.compareTo(logPower) < 0)) {
          logPower = q;
        }
      }
    }
    return Optional.of(new Exact(best.negate(), logPower, ranges));
  }

  /** One point inside each face of the optimal set: centroids of the subsets of optimal vertices. */
  private static List<BigFraction[]> centroids(List<BigFraction[]> vertices) {
    List<BigFraction[]> out = new ArrayList<>();
    int v = Math.min(vertices.size(), 10);
    for (int mask = 1; mask < (1 << v); mask++) {
      BigFraction[] c = VertexProgramme.zeros(vertices.get(0).length);
      int count = Integer.bitCount(mask);
      for (int i = 0; i < v; i++) {
        if ((mask & (1 << i)) != 0) {
          for (int j = 0; j < c.length; j++) {
            c[j] = c[j].add(vertices.get(i)[j].divide(count));
          }
        }
      }
      out.add(c);
    }
    return out;
  }

  /** The smallest log power at the optimal point s, over the choices for exponentials at their edge. */
  private BigFraction logPower(BigFraction[] s, BigFraction rate, Map<String, BigFraction> cost,
      Map<String, BigFraction> fixed, BigFraction box) {
    List<Integer> options = new ArrayList<>();
    for (int k : exponentials()) {
      RandomLaw.Part part = law.parts().get(k);
      if (VertexProgramme.dot(vector(part.decay(), n + 1), s).getNumerator().signum() == 0
          && VertexProgramme.dot(vector(part.power(), n + 1), s).add(rate).getNumerator().signum() == 0) {
        options.add(k);
      }
    }
    BigFraction best = null;
    for (int mask = 0; mask < (1 << options.size()); mask++) {
      VertexProgramme p = new VertexProgramme(n + 1, box);
      if (cost != null) {
        p.add(vector(cost, n + 1), Rel.EQ, BigFraction.ZERO);
      }
      fixed.keySet().forEach(x -> p.add(VertexProgramme.unit(n + 1, vars.indexOf(x)), Rel.EQ, BigFraction.ZERO));
      for (String x : law.resources()) {
        int i = vars.indexOf(x);
        if (!fixed.containsKey(x) && s[i].getNumerator().signum() == 0) {
          p.add(VertexProgramme.unit(n + 1, i), Rel.GE, BigFraction.ZERO);
        }
      }
      if (law.tunable() != null && s[vars.indexOf(law.tunable())].getNumerator().signum() == 0) {
        p.add(VertexProgramme.unit(n + 1, vars.indexOf(law.tunable())), Rel.LE, BigFraction.ZERO);
      }
      boolean feasible = true;
      for (int k = 0; k < law.parts().size(); k++) {
        RandomLaw.Part part = law.parts().get(k);
        BigFraction[] a = vector(part.power(), n + 1);
        int slack = VertexProgramme.dot(a, s).add(rate).getNumerator().signum();
        if (!part.decay().isEmpty()) {
          BigFraction[] e = vector(part.decay(), n + 1);
          int edge = VertexProgramme.dot(e, s).getNumerator().signum();
          if (edge > 0) {
            continue;
          }
          if (edge == 0 && (slack > 0 || (options.contains(k) && (mask & (1 << options.indexOf(k))) != 0))) {
            p.add(e, Rel.GE, BigFraction.ONE);
            continue;
          }
        }
        if (slack > 0) {
          feasible = false;
        }
        if (slack != 0) {
          continue;
        }
        BigFraction l = BigFraction.ZERO;
        for (Map.Entry<String, BigFraction> log : part.log().entrySet()) {
          if (s[vars.indexOf(log.getKey())].getNumerator().signum() != 0) {
            l = l.add(log.getValue());
          }
        }
        a[n] = BigFraction.MINUS_ONE;
        p.add(a, Rel.LE, l.negate());
      }
      if (!feasible) {
        continue;
      }
      BigFraction[] objective = VertexProgramme.zeros(n + 1);
      objective[n] = BigFraction.MINUS_ONE;
      Optional<VertexProgramme.Optimum> o = p.maximize(objective);
      if (o.isPresent() && (best == null || o.get().value().negate().compareTo(best) < 0)) {
        best = o.get().value().negate();
      }
    }
    return best;
  }
}
