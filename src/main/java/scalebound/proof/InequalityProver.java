package scalebound.proof;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.DoubleFunction;
import scalebound.math.Interval;
import scalebound.math.IntervalFunction;
import scalebound.math.PreciseFunction;
import scalebound.math.Relation;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * Decides {@code lhs REL rhs} on a domain (symbols with conditions), in the manner of
 * MetiTarski and dReal for real inequalities with exp, log and sqrt:
 *
 * <ul>
 *   <li><b>certified</b> — on a bounded box, by branch and bound: the interval extension of the
 *       slack (rhs - lhs) is non-negative on every box left after pruning boxes where a condition
 *       certainly fails (Moore et al. 2009, ch. 9; Gao, Kong & Clarke, dReal, CADE 2013);
 *   <li><b>refuted</b> — a point of the domain where the slack is negative, confirmed in
 *       40-digit arithmetic (never on a double-precision hint alone);
 *   <li><b>sampled</b> — no violation found by adversarial search (random points of the domain,
 *       then Nelder-Mead from the worst ones), where certification is impossible or ran out of
 *       boxes: reported as "sampled, not certified", never as certified.
 * </ul>
 */
final class InequalityProver {
  enum Evidence { CERTIFIED, REFUTED, SAMPLED }

  /** {@code point} is the counterexample (REFUTED) or null; {@code detail} says how it was decided. */
  record Outcome(Evidence evidence, Map<String, BigDecimal> point, String detail) {}

  private static final int MAX_BOXES = 40_000;
  private static final int MAX_CONFIRMATIONS = 300;
  private static final int SAMPLES = 4_000;

  private final List<String> symbols;
  private final List<Expression> conditions;
  private final long seed;
  private final List<Slack> slacks;
  private final List<PreciseFunction> preciseConditions = new ArrayList<>();
  /** The slack and |lhs| + |rhs| of the inequality being decided, compiled once per {@link #prove}. */
  private PreciseFunction preciseSlack;
  private PreciseFunction preciseScale;
  private int confirmations;
  /** A violation is confirmed only if it exceeds this fraction of the scale: far above 50-digit rounding. */
  private static final BigDecimal CONFIRMATION_MARGIN = new BigDecimal("1e-40");

  InequalityProver(List<String> symbols, List<Expression> conditions, long seed) throws EvaluationRefused {
    this.symbols = symbols;
    this.conditions = conditions;
    this.seed = seed;
    this.slacks = conditionSlacks(conditions);
    for (Slack g : slacks) {
      preciseConditions.add(PreciseFunction.compile(g.g(), symbols));
    }
  }

  /** Decides lhs REL rhs (REL one of <=, <, >=, >) on the domain, certifying on {@code box} if bounded. */
  Outcome prove(IExpr lhs, Relation rel, IExpr rhs, Map<String, double[]> explicitBox) throws EvaluationRefused {
    confirmations = 0;
    IExpr slack = rel.upward() ? F.Subtract(rhs, lhs) : F.Subtract(lhs, rhs);
    preciseSlack = PreciseFunction.compile(slack, symbols);
    preciseScale = PreciseFunction.compile(F.Plus(F.Abs(lhs), F.Abs(rhs)), symbols);
    boolean strict = rel.strict();
    double[][] box = Box.of(symbols, conditions, explicitBox);
    List<Integer> used = used(slack);
    String undecided = null;
    if (Box.bounded(box, used)) {
      Outcome o = branchAndBound(slack, strict, box, used);
      if (o.evidence() != null) {
        return o;
      }
      undecided = o.detail();
    }
    Outcome sampled = search(slack, strict, box);
    if (sampled.evidence() == Evidence.REFUTED || undecided == null) {
      return sampled;
    }
    return new Outcome(Evidence.SAMPLED, null, sampled.detail() + "; interval certification failed on " + undecided);
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

  /** A condition as g >= 0, or g > 0 when strict. */
  private record Slack(IExpr g, boolean strict) {}

  /** The conditions as slacks, one per link of a chain, for pruning boxes and checking points. */
  private static List<Slack> conditionSlacks(List<Expression> conditions) {
    List<Slack> out = new ArrayList<>();
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        if (r != null && r != Relation.EQ) {
          out.add(new Slack(r.upward() ? F.Subtract(link[2], link[0]) : F.Subtract(link[0], link[2]), r.strict()));
        }
      }
    }
    return out;
  }

  private Outcome branchAndBound(IExpr slack, boolean strict, double[][] initial, List<Integer> used) throws EvaluationRefused {
    IntervalFunction f = IntervalFunction.compile(slack, symbols);
    DoubleFunction fd = DoubleFunction.compile(slack, symbols);
    List<IntervalFunction> gs = new ArrayList<>();
    for (Slack g : slacks) {
      gs.add(IntervalFunction.compile(g.g(), symbols));
    }
    Deque<Interval[]> stack = new ArrayDeque<>();
    Interval[] start = new Interval[symbols.size()];
    for (int i = 0; i < start.length; i++) {
      start[i] = Interval.of(initial[i][0], initial[i][1]);
    }
    stack.push(start);
    int boxes = 0;
    while (!stack.isEmpty()) {
      Interval[] b = stack.pop();
      if (++boxes > MAX_BOXES || confirmations > MAX_CONFIRMATIONS) {
        return new Outcome(null, null, "the box " + describe(b) + " after " + boxes + " boxes");
      }
      boolean outside = false;
      for (IntervalFunction g : gs) {
        if (g.on(b).hi() < 0) {
          outside = true;
          break;
        }
      }
      if (outside) {
        continue;
      }
      Interval value = f.on(b);
      if (strict ? value.lo() > 0 : value.lo() >= 0) {
        continue;
      }
      double[] mid = new double[b.length];
      for (int i = 0; i < b.length; i++) {
        mid[i] = b[i].mid();
      }
      double atMid = fd.at(mid);
      if (!(atMid > 1e-9 * Math.max(1, Math.abs(value.hi())))) {
        Map<String, BigDecimal> counterexample = confirm(slack, strict, mid);
        if (counterexample != null) {
          return new Outcome(Evidence.REFUTED, counterexample, "counterexample found by branch and bound");
        }
      }
      int split = widest(b, used);
      if (split < 0) {
        return new Outcome(null, null, "the box " + describe(b) + " (no dimension left to split)");
      }
      Interval d = b[split];
      double cut = d.lo() > 0 && d.hi() / d.lo() > 4 ? Math.sqrt(d.lo()) * Math.sqrt(d.hi()) : d.mid();
      if (!(cut > d.lo() && cut < d.hi())) {
        return new Outcome(null, null, "the box " + describe(b) + " (too narrow to split)");
      }
      Interval[] left = b.clone();
      Interval[] right = b.clone();
      left[split] = Interval.of(d.lo(), cut);
      right[split] = Interval.of(cut, d.hi());
      stack.push(right);
      stack.push(left);
    }
    return new Outcome(Evidence.CERTIFIED, null, "certified by interval arithmetic with outward rounding over "
        + boxes + " boxes of " + describe(start));
  }

  private static int widest(Interval[] b, List<Integer> used) {
    int best = -1;
    double score = 0;
    for (int i : used) {
      Interval d = b[i];
      double s = d.lo() > 0 ? Math.log(d.hi() / d.lo()) : d.width();
      if (s > score) {
        score = s;
        best = i;
      }
    }
    return best;
  }

  /**
   * The point, as exact decimals, if every condition holds there and the slack is negative there
   * by more than 1e-40 of |lhs| + |rhs| in {@value PreciseFunction#DIGITS}-digit arithmetic (a
   * smaller "violation" may be rounding: two sides equal at the point, each rounded to 50
   * digits). Equality cases of strict inequalities are therefore not refuted, only not certified.
   */
  private Map<String, BigDecimal> confirm(IExpr slack, boolean strict, double[] x) throws EvaluationRefused {
    confirmations++;
    try {
      for (int i = 0; i < slacks.size(); i++) {
        BigDecimal v = preciseConditions.get(i).at(x);
        if (v.signum() < 0 || (slacks.get(i).strict() && v.signum() == 0)) {
          return null;
        }
      }
      BigDecimal v = preciseSlack.at(x);
      BigDecimal margin = preciseScale.at(x).multiply(CONFIRMATION_MARGIN);
      if (v.compareTo(margin.negate()) >= 0) {
        return null;
      }
    } catch (ArithmeticException notReal) {
      return null;
    }
    Map<String, BigDecimal> at = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      at.put(symbols.get(i), new BigDecimal(x[i]));
    }
    return at;
  }

  /** Up to {@code count} random points of the domain (bounded by the conditions' box). */
  List<double[]> points(int count) throws EvaluationRefused {
    return points(count, Box.of(symbols, conditions, Map.of()));
  }

  private List<double[]> points(int count, double[][] box) throws EvaluationRefused {
    List<DoubleFunction> gs = new ArrayList<>();
    List<Boolean> strictness = new ArrayList<>();
    for (Slack g : slacks) {
      gs.add(DoubleFunction.compile(g.g(), symbols));
      strictness.add(g.strict());
    }
    Random random = new Random(seed);
    List<double[]> points = new ArrayList<>();
    for (int attempt = 0; attempt < 200 * count && points.size() < count; attempt++) {
      double[] x = new double[symbols.size()];
      for (int i = 0; i < x.length; i++) {
        x[i] = propose(box[i], random);
      }
      if (inside(gs, strictness, x)) {
        points.add(x);
      }
    }
    return points;
  }

  /** Adversarial search for a violation: random domain points, then local search from the worst. */
  private Outcome search(IExpr slack, boolean strict, double[][] box) throws EvaluationRefused {
    DoubleFunction fd = DoubleFunction.compile(slack, symbols);
    List<DoubleFunction> gs = new ArrayList<>();
    List<Boolean> strictness = new ArrayList<>();
    for (Slack g : slacks) {
      gs.add(DoubleFunction.compile(g.g(), symbols));
      strictness.add(g.strict());
    }
    List<double[]> points = new ArrayList<>(points(SAMPLES, box));
    if (points.isEmpty()) {
      throw new EvaluationRefused("no point of the domain found to sample (are the conditions satisfiable?)");
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
              return inside(gs, strictness, x) ? scaled(fd, x) : 1e6;
            }));
        candidates.add(fromSearch(p.getPoint(), startPoint));
      } catch (RuntimeException noConvergence) {
        // keep the sampled candidates
      }
    }
    candidates.addAll(onBoundaries(candidates.subList(0, Math.min(8, candidates.size())), gs, strictness));
    candidates.sort(worstFirst);
    for (double[] c : candidates.subList(0, Math.min(12, candidates.size()))) {
      Map<String, BigDecimal> counterexample = confirm(slack, strict, c);
      if (counterexample != null) {
        return new Outcome(Evidence.REFUTED, counterexample, "counterexample found by adversarial search");
      }
    }
    return new Outcome(Evidence.SAMPLED, null, "sampled, not certified: no violation at " + points.size()
        + " random points of the domain and after local search from the worst of them");
  }

  /**
   * Extremes of an inequality often sit where a condition is active. For each candidate and each
   * condition link between a bare symbol and an expression ({@code x <= eta*lambdaMax}), the
   * candidate moved onto that boundary, one ulp inside (the double value of the boundary may lie
   * just outside it), if it stays in the domain.
   */
  private List<double[]> onBoundaries(List<double[]> candidates, List<DoubleFunction> gs, List<Boolean> strictness)
      throws EvaluationRefused {
    List<double[]> out = new ArrayList<>();
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        for (int side = 0; side < 2 && r != null; side++) {
          IExpr sym = link[side * 2];
          IExpr other = link[2 - side * 2];
          int i = sym.isSymbol() ? symbols.indexOf(scalebound.symbolic.SymbolNames.decode(sym.toString())) : -1;
          if (i < 0) {
            continue;
          }
          DoubleFunction g = DoubleFunction.compile(other, symbols);
          boolean upper = side == 0 ? r.upward() : !r.upward();
          for (double[] cand : candidates) {
            double[] x = cand.clone();
            double v = g.at(x);
            x[i] = upper ? Math.nextDown(v) : Math.nextUp(v);
            if (Double.isFinite(x[i]) && inside(gs, strictness, x)) {
              out.add(x);
            }
          }
        }
      }
    }
    return out;
  }

  private static double scaled(DoubleFunction f, double[] x) {
    double v = f.at(x);
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v / (1 + Math.abs(v));
  }

  private static boolean inside(List<DoubleFunction> gs, List<Boolean> strict, double[] x) {
    for (int i = 0; i < gs.size(); i++) {
      double v = gs.get(i).at(x);
      if (!(strict.get(i) ? v > 0 : v >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static double propose(double[] range, Random random) {
    double lo = range[0];
    double hi = range[1];
    if (lo >= 0) {
      double a = Math.max(lo, 1e-6);
      double b = Double.isInfinite(hi) ? Math.max(1e6, a * 1e6) : hi;
      if (random.nextInt(8) == 0) {
        return random.nextBoolean() ? Math.max(lo, a) : (Double.isInfinite(hi) ? b : hi);
      }
      return b / a > 100 ? a * Math.pow(b / a, random.nextDouble()) : a + (b - a) * random.nextDouble();
    }
    double a = Math.max(lo, -1e3);
    double b = Math.min(hi, 1e3);
    return a + (b - a) * random.nextDouble();
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

  private String describe(Interval[] b) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < b.length; i++) {
      if (!b[i].isEntire()) {
        parts.add(symbols.get(i) + " in [" + b[i].lo() + ", " + b[i].hi() + "]");
      }
    }
    return "{" + String.join(", ", parts) + "}";
  }
}
