package scalebound.proof;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.FarComparison;
import scalebound.math.NotReal;
import scalebound.math.NotRepresentable;
import scalebound.math.PreciseFunction;
import scalebound.math.SignCertifier;
import scalebound.math.Signs;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.verdict.Evidence;

/**
 * Decides {@code a == b} on a domain:
 *
 * <ul>
 *   <li>Symja's Simplify of a - b (of its power expansion, where every symbol, base of a power
 *       and argument of a Log is positive so that (x*y)^a = x^a*y^a and Sqrt(x^2) = x hold): 0
 *       proves the identity (exact), unless the values at sample
 *       points disagree grossly (relative 1e-10: a branch cut Simplify crossed); a non-zero
 *       <i>number</i> refutes it, however small (1 == 1 + 10^-40 is false);
 *   <li>otherwise 50-digit values at sample points of the domain: a difference above 1e-35 of
 *       the sides' magnitude refutes it at that point; then, far out (symbols scaled by up to
 *       10^±300, {@link scalebound.math.FarPoints}), log-magnitude values: a relative difference
 *       above 1e-6 refutes it (c/n + n^2/10^80 == c/n is false, though equal to 68 digits at
 *       ordinary points); agreement everywhere is only tested;
 *   <li>a point where a side is beyond the 50-digit arithmetic's range is skipped (evidence of
 *       nothing); a side that is not a real number at a point of the domain refutes it; the identity is
 *       proved only where sign analysis shows both sides, as written, real on the whole domain.
 * </ul>
 */
final class Identity {
  private static final BigDecimal SAMPLED_TOLERANCE = new BigDecimal("1e-35");
  private static final BigDecimal SIMPLIFIED_TOLERANCE = new BigDecimal("1e-10");
  private static final BigDecimal TINY = new BigDecimal("1e-30");

  private Identity() {}

  static Decision decide(IExpr a, IExpr b, List<String> symbols, List<double[]> samples, List<double[]> far,
      Signs signs) throws EvaluationRefused {
    IExpr difference = Sandbox.get().evaluate(F.Simplify(F.Subtract(a, b)));
    if (difference.isNumber() && !difference.isZero()) {
      return Decision.refuted(Evidence.EXACT, "the sides differ by the constant " + Expression.inputForm(difference),
          samples.isEmpty() ? null : named(symbols, samples.get(0)));
    }
    if (!difference.isZero() && SignCertifier.powerExpandable(signs, F.Subtract(a, b))) {
      difference = Sandbox.get().evaluate(F.Simplify(F.PowerExpand(F.PowerExpand(F.Subtract(a, b)))));
    }
    boolean zero = difference.isZero();
    PreciseFunction fa = PreciseFunction.compile(a, symbols);
    PreciseFunction fb = PreciseFunction.compile(b, symbols);
    BigDecimal tolerance = zero ? SIMPLIFIED_TOLERANCE : SAMPLED_TOLERANCE;
    int compared = 0;
    for (double[] at : samples) {
      BigDecimal x;
      BigDecimal y;
      try {
        x = fa.at(at);
        y = fb.at(at);
      } catch (NotRepresentable beyondRange) {
        continue;
      } catch (NotReal notReal) {
        return Decision.refuted(Evidence.EXACT, "a side is not a real number at a point of the domain ("
            + notReal.getMessage() + ")", named(symbols, at));
      }
      compared++;
      BigDecimal scale = x.abs().max(y.abs());
      BigDecimal gap = x.subtract(y).abs();
      if (gap.compareTo(scale.multiply(tolerance)) > 0 && gap.compareTo(TINY) > 0) {
        return Decision.refuted(Evidence.EXACT, "the two sides differ: " + x.round(new MathContext(12)) + " vs "
            + y.round(new MathContext(12)) + (zero ? " although Simplify gives 0" : ""), named(symbols, at));
      }
    }
    int farCompared = 0;
    if (!zero) {
      FarComparison.Result out = FarComparison.of(a, b, symbols, far);
      farCompared = out.compared();
      if (out.differs()) {
        return Decision.refuted(Evidence.EXACT, "the two sides differ far out: " + out.left() + " vs " + out.right()
            + " (log-magnitude arithmetic)", named(symbols, out.point()));
      }
    }
    if (zero && signs.defined(a) && signs.defined(b)) {
      return Decision.proved(Evidence.EXACT, "Simplify gives 0" + (compared > 0 ? "; equal at " + compared
          + " sample points" : ""));
    }
    if (zero) {
      return Decision.tested("Simplify gives 0 and the sides agree at " + compared + " sample points, but sign "
          + "analysis cannot show both sides real on the whole domain");
    }
    if (compared == 0) {
      return new Decision(scalebound.verdict.Status.INCONCLUSIVE, Evidence.NONE,
          "Simplify is inconclusive and there is no sample point of the domain", null);
    }
    return Decision.tested("Simplify is inconclusive; equal to " + PreciseFunction.DIGITS
        + " digits (relative 1e-35) at " + compared + " sample points and to 1e-6 at " + farCompared
        + " points far out");
  }

  static Map<String, BigDecimal> named(List<String> symbols, double[] x) {
    Map<String, BigDecimal> at = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      at.put(symbols.get(i), new BigDecimal(x[i]));
    }
    return at;
  }
}
