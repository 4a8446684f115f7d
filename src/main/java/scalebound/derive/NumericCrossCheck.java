package scalebound.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.matheclipse.core.expression.F;
import scalebound.math.LogFunction;
import scalebound.math.LogNumber;
import scalebound.math.NotReal;
import scalebound.symbolic.Budget;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Theorem;

/**
 * Step 7: every derived law checked by an independent route. The original bound minus its floor
 * (the subtraction done symbolically, so no digits cancel) is minimised numerically over the
 * allocation at costs C = 1e8..1e65536, in log-magnitude arithmetic ({@link LogFunction}): every
 * value is a sign and a logarithm, so neither C = 1e65536 nor a term of 1e-70000 overflows or
 * underflows, and a bound that sits on a plateau until C = 1e300 (an exponential term its
 * tunable cannot yet drive out) is measured where its law holds. From C = 1e256 on, the slope of
 * log(min B - floor) - q·log(log C) against log C is the measured exponent, the slopes of the
 * optimal log x_i the measured allocation exponents, and the slope of log(min B - floor) - e·log C
 * against log(log C) the measured log power q (checked on its own: the exponent's fit cannot
 * see it). An isolated law in r is measured the same way along r = X with every other resource
 * at X^200, or X^2000 and beyond when the minimum still changes (B/D^(1/300) outweighs A/N^2 along D = N^200). Constants take the values of
 * one point of the domain; resources stay at least e, where every Log of a resource is positive.
 *
 * <p>Minimisation: a grid search that zooms at the ends of plateaus, then CMA-ES and
 * Nelder-Mead (Commons Math) from several starts, one of them the derived allocation (a resource
 * that does not grow as a power of C put at Log C, the scale an exponential term's edge gives it:
 * from x = O(1) no move of one coordinate leaves the valley where Exp(-g·η·x) is not yet small, as
 * c0/m^(3/2) + c1/D^(1/4) + c4·Exp(-g·η·n)/Sqrt(m) under m·D^2·n showed: C^(-1/10) measured,
 * C^(-3/26)·(Log C)^(3/26) true). Tolerances:
 * 0.02 on exponents, 0.05 on allocation exponents, 0.1 on log powers.
 */
final class NumericCrossCheck {
  static final double EXPONENT_TOLERANCE = 0.02;
  static final double ALLOCATION_TOLERANCE = 0.05;
  static final double LOG_POWER_TOLERANCE = 0.1;
  private static final double PENALTY = 1e6;
  /** Along an isolated law in r = X, the other resources are at least X^PATH ({@link #path}). */
  private static final int PATH = 200;
  /**
   * The decades of C (and of the resource of an isolated law) at which the bound is minimised.
   * Slopes are fitted from 1e{@value #FIT} on: a law is asymptotic, and a bound can sit on a
   * plateau (an exponential term that its tunable cannot yet drive out) until C = 1e300.
   */
  private static final int[] DECADES = {8, 12, 16, 20, 24, 28, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 65536};
  private static final int FIT = 256;
  /** The largest decade measured. */
  private static final int LAST = DECADES[DECADES.length - 1];
  /** The largest decade of C in the plotted frontier (doubles beyond it overflow). */
  private static final int FRONTIER = 32;

  private NumericCrossCheck() {}

  /**
   * The cross-checks, and the frontier measured on the way, at the point {@link #nearestOne}
   * picks; a disagreement is re-measured at a second point of the constants and stands only if
   * it persists there (a wrong law is wrong at every point; a law that sets in late at one is
   * not).
   */
  record Measured(List<CrossCheck> checks, Optional<Frontier> frontier) {
    static final Measured NONE = new Measured(List.of(), Optional.empty());
  }

  static Measured of(Theorem t, Domain domain, Optional<Law> compute, Map<String, Law> isolated,
      Expression floor, Map<String, String> notes) throws EvaluationRefused {
    LogFunction excess = LogFunction.compile(Sandbox.get().evaluate(F.Subtract(t.bound().symja(), floor.symja())),
        domain.symbols());
    List<LogFunction> conditions = new ArrayList<>();
    for (Expression c : t.domain()) {
      conditions.add(LogFunction.compile(c, domain.symbols()));
    }
    LogFunction cost = compute.isPresent() && t.cost().isPresent()
        ? LogFunction.compile(t.cost().get(), domain.symbols()) : null;
    double[] first = nearestOne(domain);
    Measured at = measure(t, domain, compute, isolated, excess, conditions, cost, first, notes);
    double[] second = domain.points().get(domain.points().get(0) == first && domain.points().size() > 1 ? 1 : 0);
    if (at.checks().stream().allMatch(c -> c.agrees() || Double.isNaN(c.measured()))) {
      return at;
    }
    Measured again = measure(t, domain, compute, isolated, excess, conditions, cost, second, new LinkedHashMap<>());
    List<CrossCheck> checks = new ArrayList<>();
    for (CrossCheck c : at.checks()) {
      Optional<CrossCheck> other = again.checks().stream().filter(o -> o.quantity().equals(c.quantity())).findFirst();
      checks.add(c.agrees() || other.isEmpty() || !other.get().agrees() ? c : new CrossCheck(c.quantity(), c.derived(),
          other.get().measured(), c.tolerance(), other.get().how() + "; at other constants, " + String.format("%.4f",
              c.measured()) + ": how soon a law sets in depends on the constants, the law does not"));
    }
    return new Measured(checks, at.frontier());
  }

  /** Every cross-check at one point of the constants. */
  private static Measured measure(Theorem t, Domain domain, Optional<Law> compute, Map<String, Law> isolated,
      LogFunction excess, List<LogFunction> conditions, LogFunction cost, double[] at, Map<String, String> notes) {
    double[] point = at.clone();
    List<CrossCheck> out = new ArrayList<>();
    Optional<Frontier> frontier = Optional.empty();
    if (cost != null) {
      frontier = computeLaw(t, domain, compute.get(), excess, conditions, cost, point, out, notes);
    }
    for (Map.Entry<String, Law> e : isolated.entrySet()) {
      out.addAll(isolatedLaw(t, domain, e.getKey(), e.getValue(), excess, conditions, point));
    }
    return new Measured(out, frontier);
  }

  /**
   * Minimises f over the free variables; returns the optimum (value log(B - floor)). Starts: the
   * given points, one perturbation of the first, and the best two of 200 points drawn uniformly
   * from the box [-ranges, ranges]. A bound can have two basins (a tunable driving an
   * exponential out along a resource, or that resource starved and the exponential left at 1)
   * that no local move joins, so the derived allocation is one of the given points: the
   * minimum is then at most the derived law's value, and any start that finds a lower one with
   * another slope refutes the law. From each start CMA-ES, then Nelder-Mead twice.
   */
  private static PointValuePair minimise(MultivariateFunction f, List<double[]> given, Random random, double[] spread,
      double[] ranges) {
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-13, 1e-15);
    double[] warm = given.get(0);
    List<double[]> starts = new ArrayList<>(given);
    double[] perturbed = warm.clone();
    for (int i = 0; i < perturbed.length; i++) {
      perturbed[i] += spread[i] * (random.nextDouble() - 0.5);
    }
    starts.add(perturbed);
    List<PointValuePair> drawn = new ArrayList<>();
    for (int j = 0; j < 200; j++) {
      double[] p = new double[warm.length];
      for (int i = 0; i < p.length; i++) {
        p[i] = ranges[i] * (2 * random.nextDouble() - 1);
      }
      drawn.add(new PointValuePair(p, f.value(p)));
    }
    drawn.sort(Comparator.comparingDouble(PointValuePair::getValue));
    starts.add(drawn.get(0).getPoint());
    starts.add(drawn.get(1).getPoint());
    PointValuePair best = null;
    for (double[] guess : starts) {
      Tracked tracked = new Tracked(f);
      tracked.value(guess);
      try {
        evolve(tracked, guess, spread, random);
      } catch (Budget.Exceeded exceeded) {
        throw exceeded;
      } catch (RuntimeException tooManyEvaluations) {
        // the best point seen so far is kept by the tracker
      }
      for (double size : new double[] {1.0, 0.05, 1.0, 0.001}) {
        try {
          optimizer.optimize(new MaxEval(20_000), new ObjectiveFunction(tracked), GoalType.MINIMIZE,
              new InitialGuess(tracked.best.getPoint()), new NelderMeadSimplex(guess.length, size));
        } catch (Budget.Exceeded exceeded) {
          throw exceeded;
        } catch (RuntimeException tooManyEvaluations) {
          // likewise
        }
      }
      if (best == null || tracked.best.getValue() < best.getValue()) {
        best = tracked.best;
      }
    }
    return best;
  }

  /** An objective that remembers the best point it was evaluated at, whatever the optimiser returns or throws. */
  private static final class Tracked implements MultivariateFunction {
    private final MultivariateFunction f;
    PointValuePair best;

    Tracked(MultivariateFunction f) {
      this.f = f;
    }

    @Override
    public double value(double[] point) {
      double v = f.value(point);
      if (best == null || v < best.getValue()) {
        best = new PointValuePair(point.clone(), v);
      }
      return v;
    }
  }

  /**
   * CMA-ES (Commons Math) from {@code guess}: it learns the shape of a narrow curved valley, such
   * as η·m ≈ Log C where an exponential Exp(-g·η·m) meets a power term, that Nelder-Mead and
   * coordinate searches follow only in tiny steps.
   */
  private static PointValuePair evolve(MultivariateFunction f, double[] guess, double[] spread, Random random) {
    double[] sigma = new double[guess.length];
    for (int i = 0; i < sigma.length; i++) {
      sigma[i] = Math.max(1, spread[i] / 4);
    }
    CMAESOptimizer cmaes = new CMAESOptimizer(3000, Double.NEGATIVE_INFINITY, true, 0, 0,
        new MersenneTwister(random.nextLong()), false, new SimpleValueChecker(1e-13, 1e-15));
    return cmaes.optimize(new MaxEval(30_000), new ObjectiveFunction(f), GoalType.MINIMIZE, new InitialGuess(guess),
        SimpleBounds.unbounded(guess.length), new CMAESOptimizer.Sigma(sigma),
        new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(guess.length)) + 4));
  }

  /**
   * The compute law, measured at each C by minimising log(B - floor) over the allocation. The
   * resources of the cost c0·Π x_i^(w_i) are parametrised by shares: log x_i = 1 + p_i·(log C -
   * log c0 - Σ w_j)/w_i with p = softmax(z), so every allocation meets the cost exactly and keeps
   * each resource at least e (where every Log of a resource is positive, as the class assumes),
   * with no penalty walls for the minimiser to stick to; tunables and resources outside the
   * cost are free log-variables (resources penalised below e).
   */
  private static Optional<Frontier> computeLaw(Theorem t, Domain domain, Law law, LogFunction excess,
      List<LogFunction> conditions, LogFunction cost, double[] point, List<CrossCheck> out, Map<String, String> notes) {
    List<String> symbols = domain.symbols();
    List<String> shared = t.resources().stream().filter(r -> t.cost().get().symbols().contains(r)).toList();
    List<String> free = new ArrayList<>(t.resources().stream().filter(r -> !shared.contains(r)).toList());
    free.addAll(t.tunables());
    LogNumber[] base = new LogNumber[point.length];
    for (int i = 0; i < base.length; i++) {
      base[i] = t.cost().get().symbols().contains(symbols.get(i)) ? LogNumber.ONE : LogNumber.of(point[i]);
    }
    double logCostAt1 = cost.at(base).log();
    double[] w = new double[shared.size()];
    double sumW = 0;
    for (int i = 0; i < w.length; i++) {
      LogNumber[] x = base.clone();
      x[symbols.indexOf(shared.get(i))] = LogNumber.exp(1);
      w[i] = cost.at(x).log() - logCostAt1;
      sumW += w[i];
    }
    double totalW = sumW;
    int k = shared.size();
    int[] index = free.stream().mapToInt(symbols::indexOf).toArray();
    Random random = new Random(Deriver.SEED);
    double[] warm = new double[k + free.size()];
    for (int i = 0; i < free.size(); i++) {
      warm[k + i] = t.isResource(free.get(i)) ? 1 : Math.log(point[index[i]]);
    }
    java.util.function.DoubleFunction<double[]> derived = logC -> {
      double budget = logC - logCostAt1 - totalW;
      double[] p = new double[k + free.size()];
      for (int i = 0; i < k; i++) {
        double logX = Math.max(derivedExponent(law, shared.get(i)) * logC, Math.log(logC));
        p[i] = Math.log(Math.max(1e-300, (logX - 1) * w[i] / budget));
      }
      for (int i = 0; i < free.size(); i++) {
        p[k + i] = derivedExponent(law, free.get(i)) * logC;
      }
      return p;
    };
    LogNumber[] atPoint = LogNumber.of(point);
    List<double[]> rows = new ArrayList<>();
    double previous = DECADES[0] * Math.log(10);
    for (int decade : DECADES) {
      double logC = decade * Math.log(10);
      for (int i = k; i < warm.length; i++) {
        warm[i] *= logC / previous;
      }
      previous = logC;
      double budget = logC - logCostAt1 - totalW;
      java.util.function.Function<double[], LogNumber[]> allocation = p -> {
        LogNumber[] x = atPoint.clone();
        double top = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k; i++) {
          top = Math.max(top, p[i]);
        }
        double norm = 0;
        for (int i = 0; i < k; i++) {
          norm += Math.exp(p[i] - top);
        }
        for (int i = 0; i < k; i++) {
          x[symbols.indexOf(shared.get(i))] = LogNumber.exp(1 + Math.exp(p[i] - top) / norm * budget / w[i]);
        }
        for (int i = 0; i < index.length; i++) {
          x[index[i]] = LogNumber.exp(p[k + i]);
        }
        return x;
      };
      MultivariateFunction f = p -> {
        double penalty = 0;
        for (int i = 0; i < free.size(); i++) {
          if (t.isResource(free.get(i)) && p[k + i] < 1) {
            penalty += PENALTY * (2 - p[k + i]);
          }
        }
        if (penalty > 0 || budget <= 0) {
          return PENALTY + penalty;
        }
        LogNumber[] x = allocation.apply(p);
        return logExcess(excess, conditions, x);
      };
      double[] ranges = new double[warm.length];
      double[] spreads = new double[warm.length];
      for (int i = 0; i < warm.length; i++) {
        ranges[i] = i < k ? 40 : 2 * logC;
        spreads[i] = i < k ? 10 : logC / 4;
      }
      PointValuePair best = warm.length == 0 ? new PointValuePair(new double[0], f.value(new double[0]))
          : minimise(f, List.of(scan(f, warm, ranges), scan(f, derived.apply(logC), ranges)), random, spreads, ranges);
      if (best == null || best.getValue() >= PENALTY) {
        notes.put("crossCheck", "numerical minimisation failed at C = 1e" + decade);
        out.add(new CrossCheck("computeExponent", law.exponent().doubleValue(), Double.NaN, EXPONENT_TOLERANCE,
            "minimisation failed at C = 1e" + decade));
        return Optional.empty();
      }
      LogNumber[] x = allocation.apply(best.getPoint());
      double[] row = new double[2 + t.resources().size() + t.tunables().size()];
      row[0] = logC;
      row[1] = best.getValue();
      for (int i = 2; i < row.length; i++) {
        String v = i - 2 < t.resources().size() ? t.resources().get(i - 2) : t.tunables().get(i - 2 - t.resources().size());
        row[i] = x[symbols.indexOf(v)].log();
      }
      rows.add(row);
      warm = best.getPoint().clone();
    }
    List<double[]> plotted = rows.stream().filter(row -> row[0] <= FRONTIER * Math.log(10)).toList();
    double[] costs = new double[plotted.size()];
    double[] excesses = new double[plotted.size()];
    for (int i = 0; i < plotted.size(); i++) {
      costs[i] = Math.exp(plotted.get(i)[0]);
      excesses[i] = Math.exp(plotted.get(i)[1]);
    }
    double q = law.logPower() == null ? 0 : law.logPower().doubleValue();
    out.add(new CrossCheck("computeExponent", law.exponent().doubleValue(),
        slope(rows, 1, q), EXPONENT_TOLERANCE,
        "slope of log(min B - floor) - " + Exponents.text(law.logPower()) + "*log(log C) over C = 1e" + FIT + "..1e" + LAST));
    out.add(new CrossCheck("computeLogPower", q, logPower(rows, law.exponent().doubleValue()), LOG_POWER_TOLERANCE,
        "slope of log(min B - floor) - (" + Exponents.text(law.exponent()) + ")*log C against log(log C) over C = 1e"
            + FIT + "..1e" + LAST));
    List<String> all = new ArrayList<>(t.resources());
    all.addAll(t.tunables());
    for (int i = 0; i < all.size(); i++) {
      String v = all.get(i);
      if (law.allocation().containsKey(v)) {
        out.add(new CrossCheck("allocationExponents." + v, law.allocation().get(v).doubleValue(),
            slope(rows, 2 + i, 0), ALLOCATION_TOLERANCE,
            "slope of the optimal log " + v + " over C = 1e" + FIT + "..1e" + LAST));
      }
    }
    Map<String, Double> constants = new LinkedHashMap<>();
    t.constants().keySet().forEach(c -> constants.put(c, point[symbols.indexOf(c)]));
    return Optional.of(new Frontier(costs, excesses, constants));
  }

  /**
   * The sample point whose constants are nearest 1 (the least largest |log c|): the laws do not
   * depend on the constants, but how late they set in does; with g = 100 in Exp(-g*lr*m) against
   * lr^(1/2), the (Log m)^(1/2) of the law in m appears only past m = 10^700, and a fit from
   * 10^256 measured a log power of 0.33 for 1/2.
   */
  private static double[] nearestOne(Domain domain) {
    double[] best = domain.points().get(0);
    double bestSpread = Double.POSITIVE_INFINITY;
    for (double[] p : domain.points()) {
      double spread = 0;
      for (int i = 0; i < p.length; i++) {
        if (domain.isConstant(domain.symbols().get(i)) && p[i] != 0) {
          spread = Math.max(spread, Math.abs(Math.log(Math.abs(p[i]))));
        }
      }
      if (spread < bestSpread) {
        bestSpread = spread;
        best = p;
      }
    }
    return best;
  }

  /** log(B - floor) at x, or {@link #PENALTY} where a condition fails or the excess has no positive value. */
  private static double logExcess(LogFunction excess, List<LogFunction> conditions, LogNumber[] x) {
    for (LogFunction c : conditions) {
      if (!c.holds(x)) {
        return PENALTY;
      }
    }
    try {
      LogNumber v = excess.at(x);
      return v.sign() > 0 ? v.log() : PENALTY;
    } catch (NotReal notReal) {
      return PENALTY;
    }
  }

  /** The derived allocation exponent of v: its value, the middle of its range, or a finite end. */
  private static double derivedExponent(Law law, String v) {
    if (law.allocation().containsKey(v)) {
      return law.allocation().get(v).doubleValue();
    }
    Law.Range r = law.ranges().get(v);
    if (r == null) {
      return 0;
    }
    if (r.low() != null && r.high() != null) {
      return (r.low().doubleValue() + r.high().doubleValue()) / 2;
    }
    return r.low() != null ? r.low().doubleValue() + 1 : r.high() != null ? r.high().doubleValue() - 1 : 0;
  }

  /** The minimum over the tunables of log(B - floor) at r = X, the other resources X^path; warm is updated. */
  private static double minimumAt(Theorem t, Domain domain, String r, LogFunction excess, List<LogFunction> conditions,
      double[] point, double logX, double path, double[] warm, Random random) {
    List<String> symbols = domain.symbols();
    int[] tunables = t.tunables().stream().mapToInt(symbols::indexOf).toArray();
    LogNumber[] at = new LogNumber[symbols.size()];
    for (int i = 0; i < at.length; i++) {
      String s = symbols.get(i);
      at[i] = s.equals(r) ? LogNumber.exp(logX) : t.isResource(s) ? LogNumber.exp(path * logX) : LogNumber.of(point[i]);
    }
    MultivariateFunction f = y -> {
      LogNumber[] x = at.clone();
      for (int i = 0; i < tunables.length; i++) {
        x[tunables[i]] = LogNumber.exp(y[i]);
      }
      return logExcess(excess, conditions, x);
    };
    if (tunables.length == 0) {
      return f.value(new double[0]);
    }
    double range = 4 * (path + 1) * logX;
    double[] ranges = new double[tunables.length];
    Arrays.fill(ranges, range);
    double[] spreads = new double[tunables.length];
    Arrays.fill(spreads, range / 100);
    PointValuePair best = minimise(f, List.of(scan(f, warm, ranges)), random, spreads, ranges);
    if (best == null) {
      return PENALTY;
    }
    System.arraycopy(best.getPoint(), 0, warm, 0, warm.length);
    return best.getValue();
  }

  /**
   * How far the other resources must grow for an isolated law in r: X^p for the first p in 200,
   * 2000, 20000 at which the minimum at the largest X no longer changes when p grows tenfold (an
   * other term that decays like y^(-1/300) outweighs r's own term along X^200); NaN if none (a
   * term that decays only like 1/Log(y) never becomes negligible along a power path).
   */
  private static double path(Theorem t, Domain domain, String r, LogFunction excess, List<LogFunction> conditions,
      double[] point, double[] start) {
    double logX = DECADES[DECADES.length - 1] * Math.log(10);
    double p = PATH;
    double here = minimumAt(t, domain, r, excess, conditions, point, logX, p, start.clone(), new Random(Deriver.SEED));
    while (p < 200 * PATH) {
      double there = minimumAt(t, domain, r, excess, conditions, point, logX, 10 * p, start.clone(),
          new Random(Deriver.SEED));
      if (Math.abs(there - here) <= 1e-6 * Math.max(1, Math.abs(here))) {
        return p;
      }
      p *= 10;
      here = there;
    }
    return Double.NaN;
  }

  /**
   * The isolated law in r, measured in log-magnitude arithmetic along r = X, every other
   * resource X^p ({@link #path}): the tunables minimise the excess (a grid search of their
   * logarithms over a range that grows with log X, then CMA-ES and Nelder-Mead).
   */
  private static List<CrossCheck> isolatedLaw(Theorem t, Domain domain, String r, Law law, LogFunction excess,
      List<LogFunction> conditions, double[] point) {
    List<String> symbols = domain.symbols();
    int[] tunables = t.tunables().stream().mapToInt(symbols::indexOf).toArray();
    Random random = new Random(Deriver.SEED);
    double[] warm = new double[tunables.length];
    for (int i = 0; i < warm.length; i++) {
      warm[i] = Math.log(point[tunables[i]]);
    }
    double path = path(t, domain, r, excess, conditions, point, warm);
    if (Double.isNaN(path)) {
      return List.of(new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), Double.NaN,
          EXPONENT_TOLERANCE, "not measurable: the other resources' terms do not become negligible along " + r
              + " = X, others X^p, for p up to " + 200 * PATH + " (a term decaying like 1/Log of another resource?)"));
    }
    List<double[]> rows = new ArrayList<>();
    for (int decade : DECADES) {
      double logX = decade * Math.log(10);
      double value = minimumAt(t, domain, r, excess, conditions, point, logX, path, warm, random);
      if (value < PENALTY) {
        double[] row = new double[2 + warm.length];
        row[0] = logX;
        row[1] = value;
        System.arraycopy(warm, 0, row, 2, warm.length);
        rows.add(row);
      }
    }
    double q = law.logPower() == null ? 0 : law.logPower().doubleValue();
    String how = "slope of log(min over tunables of B - floor) - " + Exponents.text(law.logPower()) + "*log(log " + r
        + ") over " + r + " = 1e" + FIT + "..1e" + LAST + ", other resources " + r + "^" + (long) path + ", log-magnitude arithmetic";
    if (fitted(rows).size() < 4) {
      return List.of(new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(), Double.NaN,
          EXPONENT_TOLERANCE, "too few measurable points: " + how));
    }
    List<CrossCheck> out = new ArrayList<>(List.of(new CrossCheck("isolatedExponents." + r, law.exponent().doubleValue(),
        slope(rows, 1, q), EXPONENT_TOLERANCE, how), new CrossCheck("isolatedLogPowers." + r, q,
        logPower(rows, law.exponent().doubleValue()), LOG_POWER_TOLERANCE, "slope of log(min over tunables of B - floor) - ("
            + Exponents.text(law.exponent()) + ")*log " + r + " against log(log " + r + ") over " + r + " = 1e" + FIT
            + "..1e" + LAST)));
    for (int i = 0; i < tunables.length; i++) {
      String v = t.tunables().get(i);
      if (law.allocation().containsKey(v)) {
        out.add(new CrossCheck("isolatedAllocations." + r + "." + v, law.allocation().get(v).doubleValue(),
            slope(rows, 2 + i, 0), ALLOCATION_TOLERANCE, "slope of the optimal log " + v + " against log " + r + " over "
                + r + " = 1e" + FIT + "..1e" + LAST + ", other resources " + r + "^" + (long) path));
      }
    }
    return out;
  }

  /**
   * Coordinate-wise search of each variable i over [-ranges[i], ranges[i]] (twice if several): a grid
   * of 2001 points, then a zoom (41 points, the width shrinking twentyfold, six times) around each
   * end of every run of grid points tied at the minimum. The ends matter: on the far side of an
   * exponential term's decay the bound is flat to double precision (Exp(-g·η·D) = 1 for η far
   * below 1/D), and the valley of the optimum lies just past the end of that plateau, narrower
   * than the grid's step. A zoom keeps to its end of the plateau: among tied points it moves to
   * the one nearest that end (the last at a right end), or it would walk back onto the plateau
   * and never reach a valley narrower than its first spacing (Exp(-g·lr·D) against lr^2·D^2 with
   * D = T^2000: log lr searched over 10^7, the valley a few units wide).
   */
  private static double[] scan(MultivariateFunction f, double[] start, double[] ranges) {
    double[] y = start.clone();
    double best = f.value(y);
    for (int sweep = 0; sweep < Math.min(2, y.length); sweep++) {
      for (int i = 0; i < y.length; i++) {
        double keep = y[i];
        double range = ranges[i];
        double step = range / 1000;
        double[] values = new double[2001];
        double low = Double.POSITIVE_INFINITY;
        for (int k = 0; k < values.length; k++) {
          y[i] = -range + k * step;
          values[k] = f.value(y);
          low = Math.min(low, values[k]);
        }
        double tie = 1e-12 * (1 + Math.abs(low));
        int zooms = 0;
        for (int k = 0; k < values.length && zooms < 16; k++) {
          boolean tied = values[k] <= low + tie;
          boolean end = tied && (k == 0 || k == values.length - 1 || values[k - 1] > low + tie || values[k + 1] > low + tie);
          if (!end) {
            continue;
          }
          zooms++;
          boolean rightEnd = k < values.length - 1 && values[k + 1] > low + tie;
          double centre = -range + k * step;
          double width = step;
          for (int round = 0; round < 6; round++) {
            double next = centre;
            double nextValue = Double.POSITIVE_INFINITY;
            for (int j = -20; j <= 20; j++) {
              y[i] = centre + width * j / 20;
              double value = f.value(y);
              if (value < nextValue || rightEnd && value <= nextValue) {
                nextValue = value;
                next = y[i];
              }
            }
            centre = next;
            width /= 20;
            if (nextValue < best) {
              best = nextValue;
              keep = centre;
            }
          }
        }
        y[i] = keep;
      }
    }
    return y;
  }

  /** Least-squares slope of column {@code col} (minus q·log log) against column 0, over the rows from 1e{@value #FIT}. */
  private static double slope(List<double[]> rows, int col, double q) {
    SimpleRegression regression = new SimpleRegression();
    for (double[] row : fitted(rows)) {
      regression.addData(row[0], row[col] - q * Math.log(row[0]));
    }
    return regression.getSlope();
  }

  /**
   * The log power measured on its own: the slope of log(B) - exponent·log C against log(log C).
   * Between C = 1e256 and 1e65536 log(log C) spans 5.5, so a log power off by 1/2 moves the
   * measured value by 2.75 in log B, far beyond the fit's noise; the exponent's own slope fit could
   * not see it (it moves that slope by 1e-4).
   */
  private static double logPower(List<double[]> rows, double exponent) {
    SimpleRegression regression = new SimpleRegression();
    for (double[] row : fitted(rows)) {
      regression.addData(Math.log(row[0]), row[1] - exponent * row[0]);
    }
    return regression.getSlope();
  }

  private static List<double[]> fitted(List<double[]> rows) {
    return rows.stream().filter(row -> row[0] >= FIT * Math.log(10) - 1e-9).toList();
  }
}
