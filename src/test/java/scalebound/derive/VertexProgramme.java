package scalebound.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A linear programme solved by brute force, as an oracle independent of the engine's simplex:
 * every vertex of {z : rows hold, |z_i| <= BIG} is the solution of n rows held with equality,
 * so maximising c·z means solving every n-subset of rows (in doubles to screen, then exactly)
 * and keeping the feasible solutions of largest value. Slow in general, quick for the five or
 * so variables of a random law. A coordinate at the box's edge ±big stands for an unbounded
 * optimum.
 */
final class VertexProgramme {

  enum Rel { LE, EQ, GE }

  private record Row(BigFraction[] a, Rel rel, BigFraction b) {}

  /** The optimal value and every optimal vertex (the optimal face is their convex hull). */
  record Optimum(BigFraction value, List<BigFraction[]> vertices) {}

  private final int n;
  private final List<Row> rows = new ArrayList<>();

  VertexProgramme(int n, BigFraction big) {
    this.n = n;
    for (int i = 0; i < n; i++) {
      add(unit(n, i), Rel.LE, big);
      add(unit(n, i), Rel.GE, big.negate());
    }
  }

  static BigFraction[] zeros(int n) {
    BigFraction[] z = new BigFraction[n];
    Arrays.fill(z, BigFraction.ZERO);
    return z;
  }

  static BigFraction[] unit(int n, int i) {
    BigFraction[] z = zeros(n);
    z[i] = BigFraction.ONE;
    return z;
  }

  void add(BigFraction[] a, Rel rel, BigFraction b) {
    rows.add(new Row(a.clone(), rel, b));
  }

  Optional<Optimum> maximize(BigFraction[] c) {
    List<Row> equalities = rows.stream().filter(r -> r.rel() == Rel.EQ).toList();
    List<Row> inequalities = rows.stream().filter(r -> r.rel() != Rel.EQ).toList();
    int free = n - equalities.size();
    List<BigFraction[]> vertices = new ArrayList<>();
    choose(inequalities, free, 0, new ArrayList<>(), equalities, vertices);
    BigFraction best = null;
    List<BigFraction[]> optimal = new ArrayList<>();
    for (BigFraction[] v : vertices) {
      BigFraction value = dot(c, v);
      int cmp = best == null ? 1 : value.compareTo(best);
      if (cmp > 0) {
        best = value;
        optimal.clear();
      }
      if (cmp >= 0 && optimal.stream().noneMatch(o -> Arrays.equals(o, v))) {
        optimal.add(v);
      }
    }
    return best == null ? Optional.empty() : Optional.of(new Optimum(best, optimal));
  }

  private void choose(List<Row> from, int k, int start, List<Row> chosen, List<Row> equalities, List<BigFraction[]> out) {
    if (chosen.size() == k) {
      List<Row> system = new ArrayList<>(equalities);
      system.addAll(chosen);
      double[] screen = solveDouble(system);
      if (screen == null || !feasible(screen)) {
        return;
      }
      BigFraction[] z = solveExact(system);
      if (z != null && feasible(z)) {
        out.add(z);
      }
      return;
    }
    for (int i = start; i <= from.size() - (k - chosen.size()); i++) {
      chosen.add(from.get(i));
      choose(from, k, i + 1, chosen, equalities, out);
      chosen.remove(chosen.size() - 1);
    }
  }

  private boolean feasible(double[] z) {
    for (Row r : rows) {
      double lhs = 0;
      for (int i = 0; i < n; i++) {
        lhs += r.a()[i].doubleValue() * z[i];
      }
      double slack = 1e-7 * (1 + Math.abs(r.b().doubleValue()));
      double b = r.b().doubleValue();
      if ((r.rel() == Rel.LE && lhs > b + slack) || (r.rel() == Rel.GE && lhs < b - slack)
          || (r.rel() == Rel.EQ && Math.abs(lhs - b) > slack)) {
        return false;
      }
    }
    return true;
  }

  private boolean feasible(BigFraction[] z) {
    for (Row r : rows) {
      int cmp = dot(r.a(), z).compareTo(r.b());
      if ((r.rel() == Rel.LE && cmp > 0) || (r.rel() == Rel.GE && cmp < 0) || (r.rel() == Rel.EQ && cmp != 0)) {
        return false;
      }
    }
    return true;
  }

  private double[] solveDouble(List<Row> system) {
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        m[i][j] = system.get(i).a()[j].doubleValue();
      }
      m[i][n] = system.get(i).b().doubleValue();
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int i = col + 1; i < n; i++) {
        if (Math.abs(m[i][col]) > Math.abs(m[pivot][col])) {
          pivot = i;
        }
      }
      if (Math.abs(m[pivot][col]) < 1e-12) {
        return null;
      }
      double[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int i = 0; i < n; i++) {
        if (i != col) {
          double f = m[i][col] / m[col][col];
          for (int j = col; j <= n; j++) {
            m[i][j] -= f * m[col][j];
          }
        }
      }
    }
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = m[i][n] / m[i][i];
    }
    return z;
  }

  private BigFraction[] solveExact(List<Row> system) {
    BigFraction[][] m = new BigFraction[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(system.get(i).a(), 0, m[i], 0, n);
      m[i][n] = system.get(i).b();
    }
    for (int col = 0; col < n; col++) {
      int pivot = -1;
      for (int i = col; i < n && pivot < 0; i++) {
        if (!m[i][col].equals(BigFraction.ZERO)) {
          pivot = i;
        }
      }
      if (pivot < 0) {
        return null;
      }
      BigFraction[] t = m[col];
      m[col] = m[pivot];
      m[pivot] = t;
      for (int i = 0; i < n; i++) {
        if (i != col && !m[i][col].equals(BigFraction.ZERO)) {
          BigFraction f = m[i][col].divide(m[col][col]);
          for (int j = col; j <= n; j++) {
            m[i][j] = m[i][j].subtract(f.multiply(m[col][j]));
          }
        }
      }
    }
    BigFraction[] z = new BigFraction[n];
    for (int i = 0; i < n; i++) {
      z[i] = m[i][n].divide(m[i][i]);
    }
    return z;
  }

  static BigFraction dot(BigFraction[] a, BigFraction[] z) {
    BigFraction d = BigFraction.ZERO;
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(BigFraction.ZERO)) {
        d = d.add(a[i].multiply(z[i]));
      }
    }
    return d;
  }
}
