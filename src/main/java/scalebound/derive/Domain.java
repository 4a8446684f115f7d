package scalebound.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.DoubleFunction;
import scalebound.math.FarPoints;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * Points of a theorem's domain: values of every declared symbol that satisfy the constants'
 * conditions and the assumptions, drawn by rejection from log-uniform proposals (constants in
 * [1e-2, 1e2], resources in [1, 1e4], tunables in [1e-3, 1]). Seeded, so every decision that
 * rests on sampling is reproducible.
 */
final class Domain {
  private static final int ATTEMPTS = 20_000;

  private final Theorem theorem;
  private final boolean wide;
  private final List<String> symbols = new ArrayList<>();
  private final List<DoubleFunction> conditions = new ArrayList<>();
  private final List<double[]> points = new ArrayList<>();
  private List<double[]> extremes;

  Domain(Theorem theorem, long seed, int count) throws EvaluationRefused {
    this(theorem, seed, count, false);
  }

  /**
   * @param wide proposals over constants in [1e-8, 1e8], resources in [1, 1e12] and tunables in
   *     [1e-8, 1], for searching the domain for a counterexample (a sign that fails only where a
   *     constant is small, lambda - 1/200 with lambda > 0)
   */
  Domain(Theorem theorem, long seed, int count, boolean wide) throws EvaluationRefused {
    this.theorem = theorem;
    this.wide = wide;
    symbols.addAll(theorem.resources());
    symbols.addAll(theorem.tunables());
    symbols.addAll(theorem.constants().keySet());
    for (Expression c : theorem.domain()) {
      conditions.add(DoubleFunction.compile(c, symbols));
    }
    Random random = new Random(seed);
    Random signs = new Random(seed + 1);
    for (int i = 0; i < ATTEMPTS && points.size() < count; i++) {
      double[] x = propose(random);
      if (holds(x)) {
        points.add(negated(x, signs));
      }
    }
    if (points.isEmpty()) {
      throw new EvaluationRefused("no point of " + ATTEMPTS + " random proposals satisfies the conditions of "
          + theorem.id() + "; is the domain empty or too thin (an equality)?");
    }
  }

  /**
   * The point with, for every other point and each constant, that constant negated where its
   * condition allows (b > -1 admits b = -x): proposals are positive, and a constant that may be
   * negative or zero must be sampled there too, or a law that changes at b <= 0 goes unseen.
   * Its own random stream, so that domains of positive constants keep their points.
   */
  private double[] negated(double[] x, Random signs) {
    double[] y = x.clone();
    if (points.size() % 2 == 0) {
      return y;
    }
    for (int i = 0; i < y.length; i++) {
      if (isConstant(symbols.get(i)) && signs.nextBoolean()) {
        double keep = y[i];
        y[i] = -keep;
        if (!holds(y)) {
          y[i] = keep;
        }
      }
    }
    return y;
  }

  private double[] propose(Random random) {
    double[] x = new double[symbols.size()];
    for (int i = 0; i < x.length; i++) {
      String s = symbols.get(i);
      double lo = theorem.isResource(s) ? 0 : theorem.isTunable(s) ? (wide ? -8 : -3) : (wide ? -8 : -2);
      double hi = theorem.isResource(s) ? (wide ? 12 : 4) : theorem.isTunable(s) ? 0 : (wide ? 8 : 2);
      x[i] = Math.pow(10, lo + (hi - lo) * random.nextDouble());
    }
    return x;
  }

  boolean holds(double[] x) {
    for (DoubleFunction c : conditions) {
      if (!c.holds(x)) {
        return false;
      }
    }
    return true;
  }

  List<String> symbols() {
    return symbols;
  }

  List<double[]> points() {
    return points;
  }

  /**
   * Points far out in the domain, for comparing expressions where the resources have grown
   * without bound (a factor 1 + m/10^60 is 1 at every ordinary point): from the first four
   * sample points, all resources times 10^k, and each constant times 10^k and 10^-k, for k in
   * 15, 40, 80, 160, 300; those that satisfy the conditions.
   */
  List<double[]> extremes() {
    if (extremes == null) {
      List<FarPoints.Group> groups = new ArrayList<>();
      groups.add(new FarPoints.Group(IntStream.range(0, symbols.size())
          .filter(i -> theorem.isResource(symbols.get(i))).toArray(), false));
      for (int i = 0; i < symbols.size(); i++) {
        if (isConstant(symbols.get(i))) {
          groups.add(new FarPoints.Group(new int[] {i}, true));
        }
      }
      extremes = FarPoints.of(points, groups, this::holds);
    }
    return extremes;
  }

  /** Whether the symbol is one of the theorem's constants (not a resource or tunable). */
  boolean isConstant(String symbol) {
    return theorem.constants().containsKey(symbol);
  }

  /** The constants' values at x, by name. */
  Map<String, Double> constants(double[] x) {
    Map<String, Double> m = named(x);
    m.keySet().removeIf(s -> !isConstant(s));
    return m;
  }

  Map<String, Double> named(double[] x) {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      m.put(symbols.get(i), x[i]);
    }
    return m;
  }

  /** Whether {@code e} is positive at every sampled point (a sampled judgement, not a proof). */
  boolean positive(IExpr e) {
    try {
      DoubleFunction f = DoubleFunction.compile(e, symbols);
      for (double[] x : points) {
        if (!(f.at(x) > 0)) {
          return false;
        }
      }
      return true;
    } catch (EvaluationRefused ex) {
      return false;
    }
  }
}
