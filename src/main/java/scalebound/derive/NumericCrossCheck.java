package scalebound.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import scalebound.math.DoubleFunction;
import scalebound.math.NotReal;
import scalebound.math.PreciseFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * Step 7: every derived law checked by an independent route. The original bound (not its normal
 * form) is minimised numerically over the allocation, in log-space variables, at costs C spread
 * over 24 decades; the slope of log(min B - floor) against log C, after removing the derived log
 * factor (Log C)^q, is the measured exponent, and the slopes of the optimal log x_i are the
 * measured allocation exponents. Isolated laws are measured the same way with the other
 * resources at 1e200; an isolated law without tunables is measured in 50-digit arithmetic with
 * the other resources at 10^1000 instead, so that a slowly decaying other term (B/D^(1/10) is
 * still 1e-20 at D = 1e200) vanishes and nothing overflows (Log(T^2) at T = 1e200), over
 * x = 10..1e28. Constants take the values of one point of the domain.
 *
 * <p>Minimisation: Nelder-Mead (Commons Math) from a warm start and random restarts, with
 * violated assumptions and resources below 1 penalised. For isolated laws, where a tunable may
 * have to follow resources at 1e200 (η ~ Log(n)/T), the start is found first by scanning each
 * tunable's logarithm over [-700, 700]: the bound is flat on the far side of an exponential
 * term's decay (Exp(-c·η·T) = 1 for η far below 1/T), and a simplex that lands there stops. Tolerances: 0.02 on exponents, 0.05 on
 * allocation exponents (their fits carry the (Log C)^u corrections of the allocation).
 */
final class NumericCrossCheck {
  static final double EXPONENT_TOLERANCE = 0.02;
  static final double ALLOCATION_TOLERANCE = 0.05;
  private static final double PENALTY = 1e6;

  private NumericCrossCheck() {}

  /**
   * @param curves receives "frontier": rows (C, min over allocations of B - floor) at the
   *     domain's first sample point, for the report's compute-optimal frontier
   */
  static List<CrossCheck> of(Theorem t, Domain domain, Optional<Law> compute, Map<String, Law> isolated,
      Expression floor, Map<String, String> notes, Map<String, double[][]> curves) throws EvaluationRefused {
    List<CrossCheck> out = new ArrayList<>();
    double[] point = domain.points().get(0).clone();
    DoubleFunction bound = DoubleFunction.compile(t.bound(), domain.symbols());
    DoubleFunction floorValue = DoubleFunction.compile(floor, domain.symbols());
    if (compute.isPresent() && t.cost().isPresent()) {
      DoubleFunction cost = DoubleFunction.compile(t.cost().get(), domain.symbols());
      computeLaw(t, domain, compute.get(), bound, floorValue, cost, point, out, notes, curves);
    }
    for (Map.Entry<String, Law> e : isolated.entrySet()) {
      if (t.tunables().isEmpty()) {
        out.add(isolatedLawPrecisely(t, domain, e.getKey(), e.getValue(), floor, point));
      } else {
        isolatedLaw(t, domain, e.getKey(), e.getValue(), bound, floorValue, point, out);
      }
    }
    return out;
  }

  /** Minimises B over the free log-variables; returns the optimum (value log(B - floor)). */
  private static PointValuePair minimise(MultivariateFunction f, double[] warm, Random random, double spread) {
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-15);
    PointValuePair best = null;
    for (int start = 0; start < 4; start++) {
      double[] guess = warm.clone();
      if (start > 0) {
        for (int i = 0; i < guess.length; i++) {
          guess[i] += spread * (random.nextDouble() - 0.5);
        }
      }
      try {
        PointValuePair p = optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(f), GoalType.MINIMIZE,
            new InitialGuess(guess), new NelderMeadSimplex(guess.length, 1.0));
        p = optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(f), GoalType.MINIMIZE,
            new InitialGuess(p.getPoint()), new NelderMeadSimplex(guess.length, 0.05));
        if (best == null || p.getValue() < best.getValue()) {
          best = p;
        }
      } catch (scalebound.symbolic.Budget.Exceeded exceeded) {
        throw exceeded;
      } catch (RuntimeException tooManyEvaluations) {
        // a restart that does not converge is dropped; the others decide
      }
    }
    return best;
  }

  private static void computeLaw(Theorem t, Domain domain, Law law, DoubleFunction bound, DoubleFunction floor,
      DoubleFunction cost, double[] point, List<CrossCheck> out, Map<String, String> notes,
      Map<String, double[][]> curves) {
    List<String> symbols = domain.symbols();
    List<String> free = new ArrayList<>(t.resources());
    free.addAll(t.tunables());
    String eliminated = null;
    for (String r : t.resources()) {
      if (t.cost().get().symbols().contains(r)) {
        eliminated = r;
      }
    }
    free.remove(eliminated);
    int ei = symbols.indexOf(eliminated);
    double[] base = point.clone();
    for (String r : t.cost().get().symbols()) {
      base[symbols.indexOf(r)] = 1;
    }
    base[ei] = Math.E;
    double logCostAtE = Math.log(cost.at(base));
    base[ei] = 1;
    double logCostAt1 = Math.log(cost.at(base));
    double we = logCostAtE - logCostAt1;
    int[] index = free.stream().mapToInt(symbols::indexOf).toArray();
    Random random = new Random(Deriver.SEED);
    double[] warm = new double[free.size()];
    int growing = (int) free.stream().filter(t::isResource).count() + 1;
    for (int i = 0; i < warm.length; i++) {
      warm[i] = t.isResource(free.get(i)) ? 8 * Math.log(10) / growing : Math.log(point[index[i]]);
    }
    List<double[]> rows = new ArrayList<>();
    for (int decade = 8; decade <= 32; decade += 2) {
      double logC = decade * Math.log(10);
      MultivariateFunction f = y -> {
        double[] x = point.clone();
        double penalty = 0;
        for (int i = 0; i < index.length; i++) {
          x[index[i]] = Math.exp(y[i]);
          if (t.isResource(free.get(i)) && y[i] < 0) {
            penalty += PENALTY * (1 - y[i]);
          }
        }
        x[ei] = 1;
        double logRest = Math.log(cost.at(x)) - logCostAt1;
        double ye = (logC - logCostAt1 - logRest) / we;
        if (ye < 0) {
          penalty += PENALTY * (1 - ye);
        }
        x[ei] = Math.exp(ye);
        if (penalty > 0) {
          return penalty;
        }
        if (!domain.holds(x)) {
          return PENALTY;
        }
        double excess = bound.at(x) - floor.at(x);
        return excess > 0 ? Math.log(excess) : PENALTY;
      };
      PointValuePair best = minimise(f, warm, random, 6);
      if (best == null || best.getValue() >= PENALTY) {
        notes.put("crossCheck", "numerical minimisation failed at C = 1e" + decade);
        out.add(new CrossCheck("computeExponent", law.exponent().doubleValue(), Double.NaN, EXPONENT_TOLERANCE,
            "minimisation failed at C = 1e" + decade));
        return;
      }
      double[] y = best.getPoint();
      double[] x = point.clone();
      for (int i = 0; i < index.length; i++) {
        x[index[i]] = Math.exp(y[i]);
      }
      x[ei] = 1;
      double ye = (logC - Math.log(cost.at(x))) / we;
      double[] row = new double[free.size() + 3];
      row[0] = logC;
      row[1] = best.getValue();
      System.arraycopy(y, 0, row, 2, y.length);
      row[row.length - 1] = ye;
      rows.add(row);
      warm = y.clone();
      for (int i = 0; i < warm.length; i++) {
        if (t.isResource(free.get(i))) {
          warm[i] += 2 * Math.log(10) / (free.size() + 1);
        }
      }
    }
    double[][] frontier = new double[2][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      frontier[0][i] = Math.exp(rows.get(i)[0]);
      frontier[1][i] = Math.exp(rows.get(i)[1]);
    }
    curves.put("frontier", frontier);
    double q = law.logPower() == null ? 0 : law.logPower().doubleValue();
    out.add(new CrossCheck("computeExponent", law.exponent().doubleValue(),
        slope(rows, 1, q, 0), EXPONENT_TOLERANCE,
        "slope of log(min B - floor) - " + Exponents.text(law.logPower()) + "*log(log C) over C = 1e8..1e32"));
    List<String> all = new ArrayList<>(free);
    all.add(eliminated);
    for (int i = 0; i < all.size(); i++) {
      String v = all.get(i);
      if (law.allocation().containsKey(v)) {
        out.add(new CrossCheck("allocationExponents." + v, law.allocation().get(v).doubleValue(),
            slope(rows, 2 + i, 0, rows.size() / 2), ALLOCATION_TOLERANCE,
            "slope of the optimal log " + v + " over C = 1e20..1e32"));
      }
    }
  }

  private static void isolatedLaw(Theorem t, Domain domain, String r, Law law, DoubleFunction bound,
      DoubleFunction floor, double[] point, List<CrossCheck> out) {
    List<String> symbols = domain.symbols();
    int ri = symbols.indexOf(r);
    double[] base = point.clone();
    for (String other : t.resources()) {
      if (!other.equals(r)) {
        base[symbols.indexOf(other)] = 1e200;
      }
    }
    int[] tunables = t.tunables().stream().mapToInt(symbols::indexOf).toArray();
    Random random = new Random(Deriver.SEED);
    double[] warm = new double[tunables.length];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = Math.log(point[tunables[i]]);
    }
    List<double[]> rows = new ArrayList<>();
    for (int decade = 4; decade <= 28; decade += 2) {
      double[] at = base.clone();
      at[ri] = Math.pow(10, decade);
      MultivariateFunction f = y -> {
        double[] x = at.clone();
        for (int i = 0; i < tunables.length; i++) {
          x[tunables[i]] = Math.exp(y[i]);
        }
        if (!domain.holds(x)) {
          return PENALTY;
        }
        double excess = bound.at(x) - floor.at(x);
        return excess > 1e-9 * floor.at(x) && excess > 0 ? Math.log(excess) : PENALTY;
      };
      double value;
      if (tunables.length == 0) {
        value = f.value(new double[0]);
      } else {
        PointValuePair best = minimise(f, scan(f, warm), random, 6);
        value = best == null ? PENALTY : best.getValue();
        if (best != null) {
          warm = best.getPoint();
        }
      }
      if (value < PENALTY) {
        rows.add(new double[] {decade * Math.log(10), value});
      }
    }
    double q = law.logPower() == null ? 0 : law.logPower().doubleValue();
    if (rows.size() < 4) {
      out.add(new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), Double.NaN, EXPONENT_TOLERANCE,
          "too few measurable points (the reducible part falls below double precision of the floor)"));
      return;
    }
    out.add(new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), slope(rows, 1, q, 0),
        EXPONENT_TOLERANCE, "slope of log(min over tunables of B - floor) - " + Exponents.text(law.logPower())
            + "*log(log " + r + ") over " + r + " = 1e4..1e28, other resources 1e200"));
  }

  /** The isolated law in r of a bound without tunables, in 50-digit arithmetic, others at 10^1000. */
  private static CrossCheck isolatedLawPrecisely(Theorem t, Domain domain, String r, Law law, Expression floor,
      double[] point) throws EvaluationRefused {
    List<String> symbols = domain.symbols();
    PreciseFunction bound = PreciseFunction.compile(t.bound(), symbols);
    PreciseFunction floorValue = PreciseFunction.compile(floor, symbols);
    BigDecimal[] at = new BigDecimal[point.length];
    for (int i = 0; i < at.length; i++) {
      at[i] = t.resources().contains(symbols.get(i)) ? new BigDecimal("1e1000") : new BigDecimal(point[i]);
    }
    int ri = symbols.indexOf(r);
    List<double[]> rows = new ArrayList<>();
    for (int decade = 1; decade <= 28; decade++) {
      at[ri] = BigDecimal.TEN.pow(decade);
      try {
        BigDecimal excess = bound.at(at).subtract(floorValue.at(at));
        if (excess.signum() > 0) {
          rows.add(new double[] {decade * Math.log(10), ln(excess)});
        }
      } catch (NotReal notReal) {
        // a point without a value (or beyond 50 digits) is not measured
      }
    }
    double q = law.logPower() == null ? 0 : law.logPower().doubleValue();
    String how = "slope of log(B - floor) - " + Exponents.text(law.logPower()) + "*log(log " + r + ") over " + r
        + " = 10..1e28, other resources 10^1000, 50-digit arithmetic";
    if (rows.size() < 4) {
      return new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), Double.NaN, EXPONENT_TOLERANCE,
          "too few measurable points: " + how);
    }
    return new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), slope(rows, 1, q, 0),
        EXPONENT_TOLERANCE, how);
  }

  /** The natural logarithm of a positive decimal of any magnitude. */
  private static double ln(BigDecimal v) {
    BigDecimal r = v.round(new java.math.MathContext(17));
    return Math.log(r.unscaledValue().doubleValue()) - r.scale() * Math.log(10);
  }

  /** Coordinate-wise grid scan of each log-variable over [-700, 700] (step 1), twice if several. */
  private static double[] scan(MultivariateFunction f, double[] start) {
    double[] y = start.clone();
    double best = f.value(y);
    for (int sweep = 0; sweep < Math.min(2, y.length); sweep++) {
      for (int i = 0; i < y.length; i++) {
        double keep = y[i];
        for (double v = -700; v <= 700; v += 1) {
          y[i] = v;
          double value = f.value(y);
          if (value < best) {
            best = value;
            keep = v;
          }
        }
        y[i] = keep;
      }
    }
    return y;
  }

  /** Least-squares slope of column {@code col} (minus q·log log) against column 0, from row {@code from}. */
  private static double slope(List<double[]> rows, int col, double q, int from) {
    SimpleRegression regression = new SimpleRegression();
    for (int i = from; i < rows.size(); i++) {
      double[] row = rows.get(i);
      regression.addData(row[0], row[col] - q * Math.log(row[0]));
    }
    return regression.getSlope();
  }
}
