package scalebound.derive;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;
import scalebound.math.PreciseFunction;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Theorem;

/**
 * The tightness report: an upper bound against a lower bound for the same quantity.
 *
 * <ul>
 *   <li>Power laws: the isolated exponents of both in the resource (derived by the engine); tight
 *       iff they are equal, else the gap is their difference (T1's n^(-1/2) against Le Cam's
 *       n^(-1) leaves 1/2).
 *   <li>Exponential laws: the upper bound with its symbols mapped into the lower bound's
 *       ({@code with}), both put in normal form; their decay rates b in Exp(-b*x) are compared.
 *       The ratio lower/upper is how much faster the lower bound allows; tight up to constants iff
 *       the ratio is a constant. Its leading behaviour in a parameter (e.g. the condition number)
 *       is c*p^a: a from 50-digit values at p = 10^10 and 10^20, rounded to a rational with a
 *       small denominator, and c from Symja's Limit of ratio/p^a, checked numerically at p = 10^30.
 * </ul>
 */
public final class GapAnalysis {
  private GapAnalysis() {}

  /** @param lowerLaws the derivation of {@code lower}, already made by the caller */
  public static Gap of(Theorem lower, Derivation lowerLaws, Theorem upper) throws EvaluationRefused, CannotDerive {
    Theorem.Tightness spec = lower.tightness().orElseThrow();
    String x = spec.in();
    Derivation upperLaws = Deriver.derive(upper, false);
    Law lo = lowerLaws.isolated().get(x);
    Law up = upperLaws.isolated().get(x);
    if (lo != null && up != null) {
      BigFraction gap = up.exponent().subtract(lo.exponent());
      boolean tight = gap.equals(BigFraction.ZERO) && java.util.Objects.equals(up.logPower(), lo.logPower());
      return new Gap(lower.id(), upper.id(), x, "power", x + "^" + Exponents.text(up.exponent()),
          x + "^" + Exponents.text(lo.exponent()), Exponents.text(gap), tight, null,
          tight ? "tight: the same power law" : "not tight: the upper bound decays as " + x + "^" + Exponents.text(up.exponent())
              + ", the lower bound as " + x + "^" + Exponents.text(lo.exponent()) + "; exponent gap " + Exponents.text(gap));
    }
    IExpr lowerRate = rate(lower, lower.bound().symja(), x);
    IExpr upperRate = rate(lower, mapped(lower, upper, spec), x);
    IExpr ratio = Sandbox.get().evaluate(F.Simplify(F.Divide(lowerRate, upperRate)));
    Set<String> parameters = Expression.of(ratio).symbols();
    boolean tight = parameters.isEmpty();
    String asymptotic = null;
    if (spec.asymptoticIn() != null && parameters.equals(Set.of(spec.asymptoticIn()))) {
      asymptotic = leading(ratio, spec.asymptoticIn());
    }
    return new Gap(lower.id(), upper.id(), x, "exponential", Expression.inputForm(upperRate), Expression.inputForm(lowerRate),
        Expression.inputForm(ratio), tight, asymptotic,
        tight ? "tight up to constants: the rates differ by a constant factor"
            : "not tight: the lower bound's rate is " + (asymptotic == null ? Expression.inputForm(ratio) : "≈ " + asymptotic)
                + " times the upper bound's" + (spec.asymptoticIn() == null ? "" : " (a gap in " + spec.asymptoticIn() + ")"));
  }

  /** The upper bound with its symbols replaced by expressions in the lower bound's symbols. */
  private static IExpr mapped(Theorem lower, Theorem upper, Theorem.Tightness spec) throws EvaluationRefused, CannotDerive {
    Set<String> declared = new LinkedHashSet<>(lower.resources());
    declared.addAll(lower.tunables());
    declared.addAll(lower.constants().keySet());
    ExpressionReader reader = new ExpressionReader(declared);
    List<IExpr> rules = new ArrayList<>();
    for (Map.Entry<String, String> w : spec.with().entrySet()) {
      try {
        rules.add(F.Rule(Sandbox.get().symbol(w.getKey()), reader.expression(w.getValue()).symja()));
      } catch (ExpressionSyntaxException e) {
        throw new CannotDerive("tightness.with." + w.getKey() + ": " + e.getMessage());
      }
    }
    IExpr result = Sandbox.get().evaluate(F.ReplaceAll(upper.bound().symja(), F.List(rules.toArray(new IExpr[0]))));
    for (String s : Expression.of(result).symbols()) {
      if (!declared.contains(s)) {
        throw new CannotDerive("the upper bound's symbol " + s + " has no value in " + lower.id() + "; map it under tightness.with");
      }
    }
    return result;
  }

  /** b in the single exponential term c*Exp(-b*x) of {@code bound}. */
  private static IExpr rate(Theorem lower, IExpr bound, String x) throws EvaluationRefused, CannotDerive {
    Domain domain = new Domain(lower, Deriver.SEED, 32);
    List<Term> terms;
    try {
      terms = new NormalForm(new HashSet<>(List.of(x)), domain::positive).terms(bound);
    } catch (OutsideClass e) {
      throw new CannotDerive("tightness: " + e.getMessage());
    }
    List<Term> decays = terms.stream().filter(t -> t.decay().isPresent()).toList();
    if (decays.size() != 1 || !decays.get(0).decay().get().powers().equals(Map.of(x, F.C1))) {
      throw new CannotDerive("tightness: expected one term c*Exp(-b*" + x + ") in " + Expression.inputForm(bound));
    }
    return decays.get(0).decay().get().coefficient();
  }

  /** c*p^a, the leading behaviour of the ratio as p → ∞. */
  private static String leading(IExpr ratio, String p) throws EvaluationRefused {
    PreciseFunction f = PreciseFunction.compile(ratio, List.of(p));
    double r1 = f.at(new double[] {1e10}).doubleValue();
    double r2 = f.at(new double[] {1e20}).doubleValue();
    double slope = (Math.log(r2) - Math.log(r1)) / (10 * Math.log(10));
    BigFraction a = new BigFraction(slope, 1e-6, 12);
    IExpr symbol = Sandbox.get().symbol(p);
    IExpr pa = F.Power(symbol, Exponents.of(a));
    IExpr c = Sandbox.get().evaluate(F.Limit(F.Divide(ratio, pa), F.Rule(symbol, F.CInfinity)));
    if (!c.isNumber() || !c.isReal()) {
      // Symja's Limit is unreliable here (it may answer Indeterminate): identify c numerically as
      // a small rational, confirmed at two far-apart values of p, or report it as a decimal.
      PreciseFunction scaled = PreciseFunction.compile(Sandbox.get().evaluate(F.Divide(ratio, pa)), List.of(p));
      double c1 = scaled.at(new double[] {1e30}).doubleValue();
      double c2 = scaled.at(new double[] {1e40}).doubleValue();
      BigFraction guess = new BigFraction(c2, 1e-9, 100);
      if (Math.abs(guess.doubleValue() - c1) > 1e-9 * Math.abs(c1)) {
        return String.format("%.6g", c2) + "*" + p + "^" + Exponents.text(a) + " (constant estimated numerically)";
      }
      c = Exponents.of(guess);
    }
    IExpr leading = Sandbox.get().evaluate(F.Times(c, pa));
    BigDecimal exact = f.at(new double[] {1e30});
    BigDecimal approx = PreciseFunction.compile(leading, List.of(p)).at(new double[] {1e30});
    if (exact.subtract(approx).abs().compareTo(exact.abs().multiply(new BigDecimal("1e-6"))) > 0) {
      return p + "^" + Exponents.text(a) + " (constant not confirmed: " + Expression.inputForm(c) + ")";
    }
    return Expression.inputForm(leading) + " (checked at " + p + " = 1e30: " + exact.round(new MathContext(8)) + ")";
  }
}
