package scalebound.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * Linear programming in exact rational arithmetic: maximise c.x subject to linear equalities
 * and inequalities over free variables.
 *
 * <p>The method is the textbook two-phase simplex on a dense tableau (Dantzig; see Chvátal,
 * <i>Linear Programming</i>, 1983, ch. 2-3): free variables are split as x = x⁺ - x⁻, rows are
 * scaled to non-negative right-hand sides, slack and surplus columns turn inequalities into
 * equalities, and artificial columns give phase 1 its starting basis. Pivots follow Bland's
 * rule (lowest-index entering and leaving columns), which cannot cycle, so the solver
 * terminates on degenerate programmes. Every number is a {@link BigFraction}: the exponents
 * that come out are exact, never rounded floats.
 *
 * <p>Commons Math's {@code SimplexSolver} works in doubles; the programmes here are tiny
 * (a handful of variables), so exactness costs nothing.
 */
public final class RationalSimplex {
  /** The relation of a constraint row to its right-hand side. */
  public enum Relation { LE, GE, EQ }

  public enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED }

  public record Solution(Status status, BigFraction value, BigFraction[] x) {}

  private record Row(BigFraction[] a, Relation rel, BigFraction b) {}

  private final int n;
  private final List<Row> rows = new ArrayList<>();

  public RationalSimplex(int variables) {
    this.n = variables;
  }

  public int variables() {
    return n;
  }

  public void constrain(Map<Integer, BigFraction> coefficients, Relation rel, BigFraction rhs) {
    BigFraction[] a = zeros(n);
    coefficients.forEach((i, v) -> a[i] = a[i].add(v));
    rows.add(new Row(a, rel, rhs));
  }

  public void constrain(BigFraction[] a, Relation rel, BigFraction rhs) {
    rows.add(new Row(a.clone(), rel, rhs));
  }

  /** A copy with the same constraints, to which more can be added. */
  public RationalSimplex copy() {
    RationalSimplex c = new RationalSimplex(n);
    c.rows.addAll(rows);
    return c;
  }

  public Solution maximize(BigFraction[] objective) {
    int m = rows.size();
    // Columns: x+ (n), x- (n), one slack/surplus per inequality row, one artificial per row that needs it.
    int[] slackOf = new int[m];
    int[] artificialOf = new int[m];
    int next = 2 * n;
    for (int i = 0; i < m; i++) {
      slackOf[i] = rows.get(i).rel == Relation.EQ ? -1 : next++;
    }
    int firstArtificial = next;
    BigFraction[][] t = new BigFraction[m][];
    int[] basis = new int[m];
    List<Integer> artificialRows = new ArrayList<>();
    for (int i = 0; i < m; i++) {
      artificialOf[i] = scaled(rows.get(i)) == Relation.LE ? -1 : next++;
      if (artificialOf[i] >= 0) {
        artificialRows.add(i);
      }
    }
    int columns = next;
    for (int i = 0; i < m; i++) {
      Row r = rows.get(i);
      BigFraction sign = sign(r.b) < 0 ? BigFraction.MINUS_ONE : BigFraction.ONE;
      Relation rel = scaled(r);
      BigFraction[] row = zeros(columns + 1);
      for (int j = 0; j < n; j++) {
        row[j] = r.a[j].multiply(sign);
        row[n + j] = r.a[j].multiply(sign).negate();
      }
      if (slackOf[i] >= 0) {
        row[slackOf[i]] = rel == Relation.LE ? BigFraction.ONE : BigFraction.MINUS_ONE;
      }
      if (artificialOf[i] >= 0) {
        row[artificialOf[i]] = BigFraction.ONE;
        basis[i] = artificialOf[i];
      } else {
        basis[i] = slackOf[i];
      }
      row[columns] = r.b.multiply(sign);
      t[i] = row;
    }
    boolean[] allowed = new boolean[columns];
    Arrays.fill(allowed, true);
    if (!artificialRows.isEmpty()) {
      BigFraction[] phase1 = zeros(columns);
      for (int j = firstArtificial; j < columns; j++) {
        phase1[j] = BigFraction.MINUS_ONE;
      }
      Status s = run(t, basis, phase1, allowed);
      if (s != Status.OPTIMAL || sign(objectiveValue(t, basis, phase1)) < 0) {
        return new Solution(Status.INFEASIBLE, null, null);
      }
      for (int j = firstArtificial; j < columns; j++) {
        allowed[j] = false;
      }
      driveOutArtificials(t, basis, firstArtificial, columns);
    }
    BigFraction[] c = zeros(columns);
    for (int j = 0; j < n; j++) {
      c[j] = objective[j];
      c[n + j] = objective[j].negate();
    }
    Status s = run(t, basis, c, allowed);
    if (s == Status.UNBOUNDED) {
      return new Solution(Status.UNBOUNDED, null, null);
    }
    BigFraction[] x = zeros(n);
    for (int i = 0; i < t.length; i++) {
      if (t[i] == null) {
        continue;
      }
      int b = basis[i];
      if (b < n) {
        x[b] = x[b].add(t[i][columns]);
      } else if (b < 2 * n) {
        x[b - n] = x[b - n].subtract(t[i][columns]);
      }
    }
    BigFraction value = BigFraction.ZERO;
    for (int j = 0; j < n; j++) {
      value = value.add(objective[j].multiply(x[j]));
    }
    return new Solution(Status.OPTIMAL, value, x);
  }

  /** The relation of a row after scaling it to a non-negative right-hand side. */
  private static Relation scaled(Row r) {
    if (sign(r.b) >= 0 || r.rel == Relation.EQ) {
      return r.rel;
    }
    return r.rel == Relation.LE ? Relation.GE : Relation.LE;
  }

  /** Simplex iterations with Bland's rule; rows set to null are redundant and skipped. */
  private static Status run(BigFraction[][] t, int[] basis, BigFraction[] c, boolean[] allowed) {
    int columns = c.length;
    while (true) {
      int entering = -1;
      for (int j = 0; j < columns && entering < 0; j++) {
        if (allowed[j] && !inBasis(basis, t, j) && sign(reducedCost(t, basis, c, j)) > 0) {
          entering = j;
        }
      }
      if (entering < 0) {
        return Status.OPTIMAL;
      }
      int leaving = -1;
      BigFraction best = null;
      for (int i = 0; i < t.length; i++) {
        if (t[i] == null || sign(t[i][entering]) <= 0) {
          continue;
        }
        BigFraction ratio = t[i][columns].divide(t[i][entering]);
        int cmp = best == null ? -1 : ratio.compareTo(best);
        if (cmp < 0 || (cmp == 0 && basis[i] < basis[leaving])) {
          best = ratio;
          leaving = i;
        }
      }
      if (leaving < 0) {
        return Status.UNBOUNDED;
      }
      pivot(t, basis, leaving, entering);
    }
  }

  private static boolean inBasis(int[] basis, BigFraction[][] t, int j) {
    for (int i = 0; i < basis.length; i++) {
      if (t[i] != null && basis[i] == j) {
        return true;
      }
    }
    return false;
  }

  private static BigFraction reducedCost(BigFraction[][] t, int[] basis, BigFraction[] c, int j) {
    BigFraction z = BigFraction.ZERO;
    for (int i = 0; i < t.length; i++) {
      if (t[i] != null) {
        z = z.add(c[basis[i]].multiply(t[i][j]));
      }
    }
    return c[j].subtract(z);
  }

  private static BigFraction objectiveValue(BigFraction[][] t, int[] basis, BigFraction[] c) {
    BigFraction z = BigFraction.ZERO;
    int rhs = c.length;
    for (int i = 0; i < t.length; i++) {
      if (t[i] != null) {
        z = z.add(c[basis[i]].multiply(t[i][rhs]));
      }
    }
    return z;
  }

  private static void pivot(BigFraction[][] t, int[] basis, int row, int column) {
    BigFraction p = t[row][column];
    for (int j = 0; j < t[row].length; j++) {
      t[row][j] = t[row][j].divide(p);
    }
    for (int i = 0; i < t.length; i++) {
      if (i != row && t[i] != null && sign(t[i][column]) != 0) {
        BigFraction f = t[i][column];
        for (int j = 0; j < t[i].length; j++) {
          t[i][j] = t[i][j].subtract(f.multiply(t[row][j]));
        }
      }
    }
    basis[row] = column;
  }

  /** After phase 1, pivots zero-level artificials out of the basis or drops their (redundant) rows. */
  private static void driveOutArtificials(BigFraction[][] t, int[] basis, int firstArtificial, int columns) {
    for (int i = 0; i < t.length; i++) {
      if (t[i] == null || basis[i] < firstArtificial) {
        continue;
      }
      int column = -1;
      for (int j = 0; j < firstArtificial && column < 0; j++) {
        if (sign(t[i][j]) != 0) {
          column = j;
        }
      }
      if (column >= 0) {
        pivot(t, basis, i, column);
      } else {
        t[i] = null;
      }
    }
  }

  public static int sign(BigFraction f) {
    return f.getNumerator().signum() * f.getDenominator().signum();
  }

  public static BigFraction[] zeros(int k) {
    BigFraction[] z = new BigFraction[k];
    Arrays.fill(z, BigFraction.ZERO);
    return z;
  }
}
