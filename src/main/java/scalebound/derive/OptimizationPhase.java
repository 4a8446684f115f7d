package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.DoubleFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Theorem;

/**
 * Step 5: the optimization phase and the threshold C*.
 *
 * <p>Fix every resource and tunable except the time resource t, the one resource that appears
 * both in an exponential term's argument g = b·Πx^e and in the cost C = c0·Πx^w. Then
 * x_t = (C / (c0·Π_{y≠t} y^w_y))^(1/w_t) and
 *
 * <pre>   g = rate · C^p,   p = e_t / w_t,   rate = b·Π_{y≠t} y^e_y · (c0·Π_{y≠t} y^w_y)^(-p),</pre>
 *
 * so the exponential term is P·Exp(-rate·C^p): exponential in C when p = 1 (the optimization
 * phase). It falls to the floor F (the other terms, which do not depend on t) at the threshold
 * C* solving P·Exp(-rate·C^p) = F. C* is asked of Symja's Solve (principal branch, C(1) = 0)
 * and checked against an independent numeric root: Brent's method on the original bound,
 * B(C) = 2F, at sample points of the domain (where P > F, the only case with a threshold).
 *
 * <p>Terms that depend on t as a power or a log, not exponentially (T1's cn·Sqrt(eta·T)/Sqrt(n):
 * longer training grows the function's norm), are the drift D. They change the bound at C* by a
 * factor that is polynomial, not exponential, in C, so the threshold stays the point where the
 * exponential meets the constant floor; the numeric check then solves B(C) - D(C) = 2F. A second
 * term exponential in t is refused.
 */
final class OptimizationPhase {
  private OptimizationPhase() {}

  static Phase of(Theorem theorem, List<Term> terms, Cost cost, Domain domain) throws CannotDerive, EvaluationRefused {
    List<Term> decays = terms.stream().filter(t -> t.decay().isPresent()).toList();
    if (decays.size() != 1) {
      throw new CannotDerive(decays.isEmpty() ? "no exponential term: the bound has no optimization phase"
          : "cannot derive the optimization phase: " + decays.size() + " exponential terms (one is supported)");
    }
    Term exp = decays.get(0);
    Map<String, IExpr> e = exp.decay().get().powers();
    List<String> times = e.keySet().stream().filter(cost.weights()::containsKey).toList();
    if (times.size() != 1) {
      throw new CannotDerive("cannot derive the optimization phase: the exponential term " + exp.origin()
          + (times.isEmpty() ? " does not depend on a resource of the cost" : " depends on several resources of the cost " + times));
    }
    String t = times.get(0);
    if (!Exponents.isRational(e.get(t))) {
      throw new CannotDerive("cannot derive the optimization phase: the exponent of " + t + " in " + exp.origin() + " is symbolic");
    }
    BigFraction p = Exponents.fraction(e.get(t)).divide(cost.weights().get(t));
    IExpr pExpr = Exponents.of(p);
    IExpr others = cost.factor();
    for (Map.Entry<String, BigFraction> w : cost.weights().entrySet()) {
      if (!w.getKey().equals(t)) {
        others = F.Times(others, F.Power(Term.symbol(w.getKey()), Exponents.of(w.getValue())));
      }
    }
    IExpr rate = exp.decay().get().coefficient();
    for (Map.Entry<String, IExpr> x : e.entrySet()) {
      if (!x.getKey().equals(t)) {
        rate = F.Times(rate, F.Power(Term.symbol(x.getKey()), x.getValue()));
      }
    }
    Sandbox sandbox = Sandbox.get();
    rate = sandbox.evaluate(F.Simplify(F.Times(rate, F.Power(others, F.Negate(pExpr)))));
    List<String> notes = new ArrayList<>();
    IExpr prefactor = F.Times(exp.coefficient(), pow(exp.powers(), t, true), logs(exp.logPowers()));
    if (exp.powers().containsKey(t) || exp.logPowers().containsKey(t)) {
      notes.add("the prefactor of the exponential term depends on " + t + "; C* below ignores that dependence");
    }
    prefactor = sandbox.evaluate(prefactor);
    IExpr floor = F.C0;
    IExpr drift = F.C0;
    for (Term other : terms) {
      if (other == exp) {
        continue;
      }
      if (other.decay().map(d -> d.powers().containsKey(t)).orElse(false)) {
        throw new CannotDerive("cannot derive the threshold: the term " + other.origin()
            + " is also exponential in " + t);
      }
      if (other.powers().containsKey(t) || other.logPowers().containsKey(t)) {
        drift = F.Plus(drift, other.toExpr());
      } else {
        floor = F.Plus(floor, other.toExpr());
      }
    }
    floor = sandbox.evaluate(floor);
    drift = sandbox.evaluate(drift);
    if (!drift.isZero()) {
      notes.add("the terms " + Expression.of(drift).text() + " vary with " + t
          + " as a power or a log; C* is where the exponential term meets the floor without them");
    }
    if (floor.isZero()) {
      throw new CannotDerive("cannot derive the threshold: no other term, so the exponential decays to 0 with no floor");
    }
    Expression threshold = solveThreshold(prefactor, rate, pExpr, floor);
    IExpr withoutDrift = sandbox.evaluate(F.Subtract(theorem.bound().symja(), drift));
    int agreeing = threshold == null ? 0
        : agreement(theorem, Expression.of(withoutDrift), threshold, prefactor, floor, cost, t, domain);
    return new Phase(t, p, Expression.of(rate), Expression.of(prefactor), Expression.of(floor),
        drift.isZero() ? Optional.empty() : Optional.of(Expression.of(drift)), threshold, agreeing, notes);
  }

  private static IExpr pow(Map<String, IExpr> powers, String except, boolean skip) {
    IExpr out = F.C1;
    for (Map.Entry<String, IExpr> x : powers.entrySet()) {
      if (!(skip && x.getKey().equals(except))) {
        out = F.Times(out, F.Power(Term.symbol(x.getKey()), x.getValue()));
      }
    }
    return out;
  }

  private static IExpr logs(Map<String, IExpr> logPowers) {
    IExpr out = F.C1;
    for (Map.Entry<String, IExpr> x : logPowers.entrySet()) {
      out = F.Times(out, F.Power(F.Log(Term.symbol(x.getKey())), x.getValue()));
    }
    return out;
  }

  /** C* from Symja's Solve, principal branch; the real positive solution, or null. */
  private static Expression solveThreshold(IExpr prefactor, IExpr rate, IExpr p, IExpr floor) throws EvaluationRefused {
    IExpr c = F.symbol("c$compute");
    IExpr equation = F.Equal(F.Times(prefactor, F.Power(S.E, F.Times(F.CN1, rate, F.Power(c, p)))), floor);
    IExpr solutions = Sandbox.get().evaluate(F.Solve(equation, c));
    if (!solutions.isList() || solutions.argSize() == 0) {
      return null;
    }
    for (int i = 1; i <= solutions.argSize(); i++) {
      IExpr rule = solutions.getAt(i).isList() ? solutions.getAt(i).getAt(1) : solutions.getAt(i);
      if (!rule.isRuleAST()) {
        continue;
      }
      IExpr value = rule.second();
      if (value.isAST(S.ConditionalExpression)) {
        value = value.getAt(1).replaceAll(x -> x.isAST(S.C, 2) ? F.C0 : F.NIL).orElse(value.getAt(1));
      }
      value = Sandbox.get().evaluate(F.Simplify(value));
      if (value.isFree(c) && value.isFree(x -> x.isAST(S.C, 2), true)) {
        return Expression.of(value);
      }
    }
    return null;
  }

  /**
   * The number of sample points at which the closed form agrees (relative 1e-8) with Brent's
   * root of B(C) - D(C) = 2F on the bound as written, less its drift; throws if any point
   * disagrees.
   */
  private static int agreement(Theorem theorem, Expression withoutDrift, Expression threshold, IExpr prefactor,
      IExpr floor, Cost cost, String t, Domain domain) throws EvaluationRefused, CannotDerive {
    List<String> symbols = domain.symbols();
    DoubleFunction bound = DoubleFunction.compile(withoutDrift, symbols);
    DoubleFunction closed = DoubleFunction.compile(threshold, symbols);
    DoubleFunction pf = DoubleFunction.compile(prefactor, symbols);
    DoubleFunction fl = DoubleFunction.compile(floor, symbols);
    DoubleFunction costAt = DoubleFunction.compile(theorem.cost().get(), symbols);
    int ti = symbols.indexOf(t);
    double wt = cost.weights().get(t).doubleValue();
    int agreeing = 0;
    for (double[] point : domain.points()) {
      double[] x = point.clone();
      double f = fl.at(x);
      if (!(pf.at(x) > 1.01 * f)) {
        continue;
      }
      x[ti] = 1;
      double logCostPerT = Math.log(costAt.at(x));
      double expected = closed.at(x);
      java.util.function.DoubleUnaryOperator excess = logC -> {
        double[] y = x.clone();
        y[ti] = Math.exp((logC - logCostPerT) / wt);
        return bound.at(y) - 2 * f;
      };
      double lo = Double.NaN;
      for (double logC = logCostPerT - 40; logC < logCostPerT + 400; logC += 0.25) {
        if (excess.applyAsDouble(logC) > 0 && excess.applyAsDouble(logC + 0.25) <= 0) {
          lo = logC;
          break;
        }
      }
      if (Double.isNaN(lo)) {
        throw new CannotDerive("no numeric threshold found for " + theorem.id() + " at " + domain.named(point)
            + ": the bound never falls to twice its floor as C grows");
      }
      double root = new BrentSolver(1e-14, 1e-14).solve(1000, excess::applyAsDouble, lo, lo + 0.25);
      double numeric = Math.exp(root);
      if (Math.abs(numeric - expected) > 1e-8 * Math.abs(expected)) {
        throw new CannotDerive("the threshold " + threshold.text() + " disagrees with the numeric root at "
            + domain.named(point) + ": closed form " + expected + ", Brent " + numeric);
      }
      agreeing++;
    }
    if (agreeing == 0) {
      throw new CannotDerive("the threshold could not be checked: no sample point of the domain has the "
          + "exponential term's prefactor above the floor");
    }
    return agreeing;
  }
}
