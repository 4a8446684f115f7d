package scalebound.math;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.Budget;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * Certifies {@code g >= 0} (or {@code g > 0}) on a domain by branch and bound over boxes, in the
 * manner of dReal (Gao, Kong &amp; Clarke, CADE 2013) and of interval global optimisation (Moore et
 * al. 2009, ch. 9): a box is settled when the interval extension of g on it is defined and
 * non-negative, or when a condition of the domain is certainly false on it; any other box is
 * split. Boxes may be unbounded: [a, ∞) is split at a geometric point, so the tail box is judged
 * by interval arithmetic with an infinite end (a compactification of the half line by scale),
 * which settles monotone tails such as Exp(-k) or k^(-1/2) in one step.
 *
 * <p>Where g looks negative or not real at a box's midpoint, the point is handed to a
 * confirmation (in 50 digits, by the caller): a confirmed point ends the search as a
 * counterexample; an unconfirmed one (rounding noise) lets the search continue.
 */
public final class IntervalCertifier {
  /** How the search ended. */
  public enum Outcome { CERTIFIED, COUNTEREXAMPLE, UNDECIDED }

  /** The outcome, the confirmed point (COUNTEREXAMPLE), and a description of the search. */
  public record Result(Outcome outcome, double[] point, String detail, int boxes) {}

  private final List<String> symbols;
  private final List<IntervalFunction> conditions = new ArrayList<>();
  private final List<Boolean> strictConditions = new ArrayList<>();
  private final int maxBoxes;

  public IntervalCertifier(List<String> symbols, List<Expression> domain, int maxBoxes) throws EvaluationRefused {
    this.symbols = symbols;
    this.maxBoxes = maxBoxes;
    for (Expression c : domain) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Relation r = Relation.of(link[1]);
        if (r != null && r != Relation.EQ) {
          conditions.add(IntervalFunction.compile(
              r.upward() ? F.Subtract(link[2], link[0]) : F.Subtract(link[0], link[2]), symbols));
          strictConditions.add(r.strict());
        }
      }
    }
  }

  /**
   * Searches {@code box} (rows [lo, hi], possibly infinite) for a proof that {@code slack} is
   * non-negative (positive if {@code strict}) wherever the domain's conditions hold.
   *
   * @param split the symbols that may be split (those the slack and the conditions mention)
   * @param confirm whether a point is a genuine counterexample (checked by the caller, exactly)
   */
  public Result certify(IExpr slack, boolean strict, double[][] box, List<Integer> split, Predicate<double[]> confirm)
      throws EvaluationRefused {
    IntervalFunction f = IntervalFunction.compile(slack, symbols);
    DoubleFunction fd = DoubleFunction.compile(slack, symbols);
    Deque<Interval[]> stack = new ArrayDeque<>();
    Interval[] start = new Interval[symbols.size()];
    for (int i = 0; i < start.length; i++) {
      start[i] = Interval.of(box[i][0], box[i][1]);
    }
    stack.push(start);
    int boxes = 0;
    while (!stack.isEmpty()) {
      Interval[] b = stack.pop();
      Budget.check();
      if (++boxes > maxBoxes) {
        return new Result(Outcome.UNDECIDED, null, "undecided on " + describe(b) + " after " + maxBoxes + " boxes", boxes);
      }
      Containment where = containment(b);
      if (where == Containment.OUTSIDE) {
        continue;
      }
      Interval value = f.on(b);
      if (value.defined() && (strict ? value.lo() > 0 : value.lo() >= 0)) {
        continue;
      }
      double[] mid = new double[b.length];
      for (int i = 0; i < b.length; i++) {
        mid[i] = b[i].mid();
      }
      double atMid = fd.at(mid);
      if (Double.isNaN(atMid) || !(atMid > 1e-9 * Math.max(1, Math.abs(value.hi())))) {
        if (confirm.test(mid)) {
          return new Result(Outcome.COUNTEREXAMPLE, mid, "found by branch and bound after " + boxes + " boxes", boxes);
        }
      }
      int dim = widest(b, split);
      if (dim < 0) {
        return new Result(Outcome.UNDECIDED, null, "undecided on " + describe(b) + " (no dimension left to split)", boxes);
      }
      double cut = cut(b[dim]);
      if (!(cut > b[dim].lo() && cut < b[dim].hi())) {
        return new Result(Outcome.UNDECIDED, null, "undecided on " + describe(b) + " (too narrow to split)", boxes);
      }
      Interval[] left = b.clone();
      Interval[] right = b.clone();
      left[dim] = Interval.of(b[dim].lo(), cut);
      right[dim] = Interval.of(cut, b[dim].hi());
      stack.push(right);
      stack.push(left);
    }
    return new Result(Outcome.CERTIFIED, null, "certified by interval arithmetic with outward rounding over "
        + boxes + " boxes of " + describe(start), boxes);
  }

  private enum Containment { OUTSIDE, INSIDE, PARTLY }

  private Containment containment(Interval[] b) {
    boolean inside = true;
    for (int i = 0; i < conditions.size(); i++) {
      Interval g = conditions.get(i).on(b);
      boolean strict = strictConditions.get(i);
      if (strict ? g.hi() <= 0 : g.hi() < 0) {
        return Containment.OUTSIDE;
      }
      if (!g.defined() || (strict ? !(g.lo() > 0) : !(g.lo() >= 0))) {
        inside = false;
      }
    }
    return inside ? Containment.INSIDE : Containment.PARTLY;
  }

  /** Where to split an interval: geometric middle on a positive range, a scale step on an infinite end. */
  private static double cut(Interval d) {
    double lo = d.lo();
    double hi = d.hi();
    if (Double.isInfinite(hi) && Double.isInfinite(lo)) {
      return 0;
    }
    if (Double.isInfinite(hi)) {
      return lo > 0 ? lo * 16 : lo + 16;
    }
    if (Double.isInfinite(lo)) {
      return hi < 0 ? hi * 16 : hi - 16;
    }
    if (lo > 0 && hi / lo > 4) {
      return Math.sqrt(lo) * Math.sqrt(hi);
    }
    if (hi < 0 && lo / hi > 4) {
      return -Math.sqrt(-lo) * Math.sqrt(-hi);
    }
    return lo / 2 + hi / 2;
  }

  private static int widest(Interval[] b, List<Integer> split) {
    int best = -1;
    double score = 0;
    for (int i : split) {
      Interval d = b[i];
      double s = Double.isInfinite(d.lo()) || Double.isInfinite(d.hi()) ? Double.MAX_VALUE
          : d.lo() > 0 ? Math.log(d.hi() / d.lo()) : d.hi() < 0 ? Math.log(d.lo() / d.hi()) : d.width();
      if (s > score) {
        score = s;
        best = i;
      }
    }
    return best;
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
