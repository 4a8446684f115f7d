package scalebound.proof;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Box;
import scalebound.math.DomainSampler;
import scalebound.math.DoubleFunction;
import scalebound.math.FarPoints;
import scalebound.math.IntervalCertifier;
import scalebound.math.LogFunction;
import scalebound.math.LogNumber;
import scalebound.math.NotReal;
import scalebound.math.NotRepresentable;
import scalebound.math.PreciseFunction;
import scalebound.math.Relation;
import scalebound.math.SignCertifier;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.SymbolNames;
import scalebound.verdict.Evidence;

/**
 * Decides {@code lhs REL rhs} on a domain (symbols with conditions), in the manner of MetiTarski
 * and dReal for real inequalities with exp, log and sqrt:
 *
 * <ul>
 *   <li><b>proved</b> — certified by interval branch and bound ({@link IntervalCertifier}) over the
 *       domain's box, unbounded ends included: the slack is real and non-negative on every box
 *       that meets the domain;
 *   <li><b>refuted</b> — a point of the domain where the slack is negative or not a real number,
 *       confirmed in {@value PreciseFunction#DIGITS}-digit arithmetic (never on a double-precision
 *       hint alone);
 *   <li><b>tested</b> — certification undecided and no violation found by an adversarial search
 *       (random points over 24 decades, local search from the worst, points on active
 *       constraints). The detail says how far the search looked and where certification stopped.
 * </ul>
 */
final class InequalityProver {
  private static final int MAX_BOXES = 40_000;
  private static final int MAX_CONFIRMATIONS = 300;
  private static final int SAMPLES = 4_000;
  /** A violation is confirmed only if it exceeds this fraction of |lhs| + |rhs|: far above 50-digit rounding. */
  private static final BigDecimal CONFIRMATION_MARGIN = new BigDecimal("1e-40");

  private final List<String> symbols;
  private final List<Expression> conditions;
  private final long seed;
  private final List<PreciseFunction> preciseConditions = new ArrayList<>();
  private final List<Boolean> strictConditions = new ArrayList<>();
  private final List<IExpr> conditionSlacks = new ArrayList<>();
  private PreciseFunction preciseSlack;
  private PreciseFunction preciseScale;
  private boolean strict;
  private int confirmations;

  InequalityProver(List<String> symbols, List<Expression> conditions, long seed) throws EvaluationRefused {
    this.symbols = symbols;
    this.conditions = conditions;
    this.seed = seed;
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        if (r != null && r != Relation.EQ) {
          IExpr g = r.upward() ? F.Subtract(link[2], link[0]) : F.Subtract(link[0], link[2]);
          conditionSlacks.add(g);
          preciseConditions.add(PreciseFunction.compile(g, symbols));
          strictConditions.add(r.strict());
        }
      }
    }
  }

  /**
   * Decides lhs REL rhs (REL one of <=, <, >=, >) on the domain; {@code explicitBox} narrows only
   * where proposals are drawn (the domain's own conditions decide what a point of it is).
   */
  Decision prove(IExpr lhs, Relation rel, IExpr rhs, Map<String, double[]> explicitBox) throws EvaluationRefused {
    confirmations = 0;
    strict = rel.strict();
    IExpr slack = rel.upward() ? F.Subtract(rhs, lhs) : F.Subtract(lhs, rhs);
    preciseSlack = PreciseFunction.compile(slack, symbols);
    preciseScale = PreciseFunction.compile(F.Plus(F.Abs(lhs), F.Abs(rhs)), symbols);
    Decision quick = quick(lhs, rel, rhs, slack, explicitBox);
    if (quick != null) {
      return quick;
    }
    double[][] box = Box.of(symbols, conditions, explicitBox);
    List<Integer> split = used(slack);
    for (IExpr g : conditionSlacks) {
      for (int i : used(g)) {
        if (!split.contains(i)) {
          split.add(i);
        }
      }
    }
    IntervalCertifier.Result certificate = new IntervalCertifier(symbols, conditions, MAX_BOXES)
        .certify(slack, strict, box, split, x -> confirmations++ < MAX_CONFIRMATIONS && confirm(x) != null);
    switch (certificate.outcome()) {
      case CERTIFIED:
        return Decision.proved(Evidence.CERTIFIED, certificate.detail());
      case COUNTEREXAMPLE:
        return refutation(certificate.point(), "counterexample " + certificate.detail());
      default:
        break;
    }
    return search(slack, box, explicitBox, certificate.detail());
  }

  /**
   * The inequality is one of the domain's conditions (or weaker: non-strict where the condition is
   * strict), or exact reasoning about signs settles its slack ({@link SignCertifier}).
   */
  private Decision quick(IExpr lhs, Relation rel, IExpr rhs, IExpr slack, Map<String, double[]> explicitBox)
      throws EvaluationRefused {
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        if (r == null || r == Relation.EQ) {
          continue;
        }
        boolean same = link[0].equals(lhs) && link[2].equals(rhs) && r.upward() == rel.upward();
        boolean flipped = link[0].equals(rhs) && link[2].equals(lhs) && r.upward() != rel.upward();
        if ((same || flipped) && (r.strict() || !rel.strict())) {
          return Decision.proved(Evidence.EXACT, "one of the domain's conditions");
        }
      }
    }
    return new SignCertifier(symbols, conditions).certify(slack, strict)
        .map(how -> Decision.proved(Evidence.CERTIFIED, how)).orElse(null);
  }

  private Decision refutation(double[] x, String how) {
    return refutation(exact(x), how);
  }

  private Decision refutation(BigDecimal[] x, String how) {
    String why = confirm(x);
    Map<String, BigDecimal> at = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      at.put(symbols.get(i), x[i]);
    }
    return Decision.refuted(Evidence.EXACT, why + " (" + how + ")", at);
  }

  /** The exact binary values of a double point, as decimals. */
  private static BigDecimal[] exact(double[] x) {
    BigDecimal[] out = new BigDecimal[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.isFinite(x[i]) ? new BigDecimal(x[i]) : null;
    }
    return out;
  }

  private List<Integer> used(IExpr e) throws EvaluationRefused {
    List<Integer> out = new ArrayList<>();
    Expression x = Expression.of(e);
    for (String s : x.symbols()) {
      if (!symbols.contains(s)) {
        throw new EvaluationRefused("the symbol " + s + " in " + x.text() + " is not a symbol of the proof; declare it under symbols");
      }
      out.add(symbols.indexOf(s));
    }
    return out;
  }

  /**
   * Why {@code x} is a counterexample, or null if it is not one: every condition must hold there
   * in {@value PreciseFunction#DIGITS}-digit arithmetic, and the slack must be negative by more
   * than 1e-40 of |lhs| + |rhs| (a smaller "violation" may be rounding: two sides equal at the
   * point, each rounded to 50 digits), or not a real number at all (a value beyond the 50-digit
   * range confirms nothing).
   */
  private String confirm(double[] x) {
    for (double v : x) {
      if (!Double.isFinite(v)) {
        return null;
      }
    }
    return confirm(exact(x));
  }

  private String confirm(BigDecimal[] x) {
    try {
      for (int i = 0; i < preciseConditions.size(); i++) {
        BigDecimal v = preciseConditions.get(i).at(x);
        if (v.signum() < 0 || (strictConditions.get(i) && v.signum() == 0)) {
          return null;
        }
      }
    } catch (NotReal notInDomain) {
      return null;
    }
    BigDecimal v;
    try {
      v = preciseSlack.at(x);
    } catch (NotRepresentable beyondRange) {
      return null;
    } catch (NotReal notReal) {
      return "a side is not a real number at a point of the domain (" + notReal.getMessage() + ")";
    }
    BigDecimal margin;
    try {
      margin = preciseScale.at(x).multiply(CONFIRMATION_MARGIN);
    } catch (NotRepresentable beyondRange) {
      return null;
    } catch (NotReal notReal) {
      return "a side is not a real number at a point of the domain (" + notReal.getMessage() + ")";
    }
    if (v.compareTo(margin.negate()) >= 0 && !(strict && v.signum() == 0 && margin.signum() == 0)) {
      return null;
    }
    return "false at a point of the domain: the slack is " + v.round(new java.math.MathContext(6));
  }

  /** Adversarial search for a violation: random domain points, then local search from the worst. */
  private Decision search(IExpr slack, double[][] box, Map<String, double[]> explicitBox, String undecided)
      throws EvaluationRefused {
    DoubleFunction fd = DoubleFunction.compile(slack, symbols);
    Map<String, double[]> ranges = new LinkedHashMap<>(explicitBox);
    DomainSampler sampler = new DomainSampler(symbols, conditions, ranges, seed);
    List<double[]> points = new ArrayList<>(sampler.points(SAMPLES, 200 * SAMPLES));
    if (points.isEmpty()) {
      return new Decision(scalebound.verdict.Status.INCONCLUSIVE, Evidence.NONE,
          "no point of the domain found to sample (are the conditions satisfiable?); " + undecided, null);
    }
    Comparator<double[]> worstFirst = Comparator.comparingDouble(x -> scaled(fd, x));
    points.sort(worstFirst);
    SimplexOptimizer optimizer = new SimplexOptimizer(1e-12, 1e-14);
    List<double[]> candidates = new ArrayList<>(points.subList(0, Math.min(8, points.size())));
    for (double[] startPoint : points.subList(0, Math.min(4, points.size()))) {
      double[] y = toSearch(startPoint);
      try {
        PointValuePair p = optimizer.optimize(new MaxEval(4000), GoalType.MINIMIZE, new InitialGuess(y),
            new NelderMeadSimplex(y.length, 0.1), new ObjectiveFunction(z -> {
              double[] x = fromSearch(z, startPoint);
              return sampler.holds(x) ? scaled(fd, x) : 1e6;
            }));
        candidates.add(fromSearch(p.getPoint(), startPoint));
      } catch (scalebound.symbolic.Budget.Exceeded exceeded) {
        throw exceeded;
      } catch (RuntimeException noConvergence) {
        candidates.add(startPoint);
      }
    }
    List<BigDecimal[]> exactBoundaries = new ArrayList<>();
    candidates.addAll(onBoundaries(candidates.subList(0, Math.min(8, candidates.size())), sampler, exactBoundaries));
    candidates.sort(worstFirst);
    for (double[] c : candidates.subList(0, Math.min(12, candidates.size()))) {
      if (confirm(c) != null) {
        return refutation(c, "found by adversarial search");
      }
    }
    for (BigDecimal[] c : exactBoundaries) {
      if (confirm(c) != null) {
        return refutation(c, "found on a boundary of the domain, in exact decimals");
      }
    }
    List<FarPoints.Group> groups = FarPoints.everyWay(symbols.size());
    List<double[]> far = FarPoints.of(points, groups, sampler::holds);
    LogFunction quick = LogFunction.compile(slack, symbols);
    for (double[] c : far) {
      if (suspect(quick, c) && confirm(c) != null) {
        return refutation(c, "found far out, a symbol scaled by up to 10^300");
      }
    }
    return Decision.tested("no violation at " + points.size() + " random points of the domain "
        + "(magnitudes up to " + String.format("%.0e", sampler.largestScale()) + ") nor after local search from the "
        + "worst of them, nor at " + far.size() + " points far out; interval certification " + undecided);
  }

  /**
   * Whether a far point may violate the inequality, by its slack in log-magnitude arithmetic: a
   * negative or zero slack, or one that arithmetic cannot decide, is confirmed in 50 digits; the
   * rest (almost all of thousands of far points) need not be.
   */
  private static boolean suspect(LogFunction slack, double[] x) {
    try {
      return slack.at(LogNumber.of(x)).sign() <= 0;
    } catch (NotReal undecided) {
      return true;
    }
  }

  /**
   * Extremes of an inequality often sit where a condition is active. For each candidate and each
   * condition link between a bare symbol and an expression ({@code x <= eta*lambdaMax}), the
   * candidate moved onto that boundary, one ulp inside, if it stays in the domain; and, for a
   * non-strict link, into {@code exact} the candidate with the symbol exactly on the boundary in
   * 50-digit decimals (a >= 1/10: a = 0.1 exactly, which no double is).
   */
  private List<double[]> onBoundaries(List<double[]> candidates, DomainSampler sampler, List<BigDecimal[]> exact)
      throws EvaluationRefused {
    List<double[]> out = new ArrayList<>();
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        for (int side = 0; side < 2 && r != null; side++) {
          IExpr sym = link[side * 2];
          IExpr other = link[2 - side * 2];
          int i = sym.isSymbol() ? symbols.indexOf(SymbolNames.decode(sym.toString())) : -1;
          if (i < 0) {
            continue;
          }
          DoubleFunction g = DoubleFunction.compile(other, symbols);
          PreciseFunction precise = PreciseFunction.compile(other, symbols);
          boolean upper = side == 0 ? r.upward() : !r.upward();
          for (double[] cand : candidates) {
            double[] x = cand.clone();
            double v = g.at(x);
            x[i] = upper ? Math.nextDown(v) : Math.nextUp(v);
            if (Double.isFinite(x[i]) && sampler.holds(x)) {
              out.add(x);
              if (!r.strict() && java.util.Arrays.stream(cand).allMatch(Double::isFinite)) {
                try {
                  BigDecimal[] onIt = exact(cand);
                  onIt[i] = precise.at(exact(cand));
                  exact.add(onIt);
                } catch (NotReal notReal) {
                  // no exact boundary point here
                }
              }
            }
          }
        }
      }
    }
    return out;
  }

  /** The slack squashed to (-1, 1); a non-real slack sorts first (the worst), to be confirmed. */
  private static double scaled(DoubleFunction f, double[] x) {
    double v = f.at(x);
    return Double.isNaN(v) ? -2 : v / (1 + Math.abs(v));
  }

  /** Local search runs in log coordinates for positive values (so it can cross decades). */
  private static double[] toSearch(double[] x) {
    double[] y = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i] > 0 ? Math.log(x[i]) : x[i];
    }
    return y;
  }

  private static double[] fromSearch(double[] y, double[] like) {
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = like[i] > 0 ? Math.exp(y[i]) : y[i];
    }
    return x;
  }
}
