package scalebound.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.math.PreciseFunction;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.StatedClaim;

/**
 * Step 6: each stated claim against the derived value. Numbers are compared exactly. Expressions
 * are compared twice: Symja's Simplify of the difference, and the values at sample points of the
 * domain to 50 digits (relative difference below 1e-25). Either proving equality is enough only
 * if the other does not contradict it: a Simplify to 0 with differing samples is a failure.
 */
final class ClaimCheck {
  private static final long DIGITS = PreciseFunction.DIGITS;
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

  private final Domain domain;

  ClaimCheck(Domain domain) {
    this.domain = domain;
  }

  /** A rational claim; {@code derived} null means the quantity could not be derived. */
  ClaimVerdict number(StatedClaim c, BigFraction derived, String whyMissing, String context) throws EvaluationRefused {
    String stated = c.value().text();
    if (derived == null) {
      return new ClaimVerdict(c.name(), stated, null, false, "not derived: " + whyMissing);
    }
    IExpr value = Sandbox.get().evaluate(c.value().symja());
    if (!Exponents.isRational(value)) {
      return expression(c, Exponents.of(derived), context);
    }
    boolean holds = Exponents.fraction(value).equals(derived);
    return new ClaimVerdict(c.name(), stated, Exponents.text(derived), holds,
        holds ? "exact" : context);
  }

  /** A claim about an allocation exponent whose optimum is an interval: holds if the value is in it. */
  ClaimVerdict inRange(StatedClaim c, Law.Range range) throws EvaluationRefused {
    IExpr value = Sandbox.get().evaluate(c.value().symja());
    if (!Exponents.isRational(value)) {
      return new ClaimVerdict(c.name(), c.value().text(), range.toString(), false, "the optimum is not unique");
    }
    BigFraction v = Exponents.fraction(value);
    boolean holds = (range.low() == null || range.low().compareTo(v) <= 0) && (range.high() == null || v.compareTo(range.high()) <= 0);
    return new ClaimVerdict(c.name(), c.value().text(), range.toString(), holds,
        "the optimum is not unique: every exponent in " + range + " is optimal");
  }

  /** An expression claim against a derived expression. */
  ClaimVerdict expression(StatedClaim c, IExpr derived, String context) throws EvaluationRefused {
    String derivedText = Expression.inputForm(derived);
    IExpr difference = Sandbox.get().evaluate(F.Simplify(F.Subtract(c.value().symja(), derived)));
    boolean simplifiesToZero = difference.isZero();
    int compared = 0;
    Map<String, BigDecimal> disagreement = null;
    PreciseFunction stated = PreciseFunction.compile(Sandbox.get().evaluate(c.value().symja()), domain.symbols());
    PreciseFunction derivedValue = PreciseFunction.compile(Sandbox.get().evaluate(derived), domain.symbols());
    for (double[] point : domain.points()) {
      BigDecimal a;
      BigDecimal b;
      try {
        a = stated.at(point);
        b = derivedValue.at(point);
      } catch (ArithmeticException notReal) {
        continue;
      }
      compared++;
      BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE.scaleByPowerOfTen(-30));
      if (a.subtract(b).abs().compareTo(scale.multiply(TOLERANCE)) > 0) {
        disagreement = new HashMap<>();
        for (Map.Entry<String, Double> e : domain.named(point).entrySet()) {
          disagreement.put(e.getKey(), new BigDecimal(e.getValue()));
        }
        break;
      }
    }
    if (disagreement != null) {
      return new ClaimVerdict(c.name(), c.value().text(), derivedText, false,
          "values differ at " + shortPoint(disagreement) + (simplifiesToZero ? " although Simplify gives 0" : "")
              + "; " + context);
    }
    if (compared == 0) {
      return new ClaimVerdict(c.name(), c.value().text(), derivedText, simplifiesToZero,
          simplifiesToZero ? "Simplify gives 0 (no real sample point to compare)" : "no real sample point and Simplify is inconclusive");
    }
    return new ClaimVerdict(c.name(), c.value().text(), derivedText, true,
        (simplifiesToZero ? "Simplify gives 0 and " : "Simplify inconclusive; ") + "equal to " + DIGITS
            + " digits at " + compared + " sample points");
  }

  private static String shortPoint(Map<String, BigDecimal> at) {
    List<String> parts = new ArrayList<>();
    at.forEach((k, v) -> parts.add(k + "=" + v.round(new java.math.MathContext(6))));
    parts.sort(null);
    return String.join(", ", parts);
  }
}
