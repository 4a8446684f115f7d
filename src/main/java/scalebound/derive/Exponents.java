package scalebound.derive;

import java.math.BigInteger;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/**
 * Arithmetic on exponents, which are exact rationals or expressions in the constants
 * ({@code -(a-1)}). Rationals are added and multiplied exactly here; symbolic exponents go
 * through the sandbox.
 */
final class Exponents {
  private Exponents() {}

  static boolean isRational(IExpr e) {
    return e.isInteger() || e.isFraction();
  }

  static BigFraction fraction(IExpr e) {
    if (e instanceof IInteger i) {
      return new BigFraction(i.toBigNumerator());
    }
    if (e instanceof IFraction f) {
      return new BigFraction(f.toBigNumerator(), f.toBigDenominator());
    }
    throw new IllegalArgumentException("not a rational: " + Expression.inputForm(e));
  }

  static IExpr of(BigFraction f) {
    BigInteger num = f.getNumerator();
    BigInteger den = f.getDenominator();
    return den.equals(BigInteger.ONE) ? F.ZZ(num) : F.QQ(F.ZZ(num), F.ZZ(den));
  }

  static IExpr add(IExpr a, IExpr b) throws EvaluationRefused {
    if (isRational(a) && isRational(b)) {
      return of(fraction(a).add(fraction(b)));
    }
    return Sandbox.get().evaluate(F.Plus(a, b));
  }

  static IExpr times(IExpr a, IExpr b) throws EvaluationRefused {
    if (isRational(a) && isRational(b)) {
      return of(fraction(a).multiply(fraction(b)));
    }
    return Sandbox.get().evaluate(F.Times(a, b));
  }

  static boolean isZero(IExpr e) {
    return isRational(e) && fraction(e).getNumerator().signum() == 0;
  }

  /** "p/q" for rationals, Symja input form otherwise. */
  static String text(BigFraction f) {
    return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }

  static String text(IExpr e) {
    return isRational(e) ? text(fraction(e)) : Expression.inputForm(e);
  }
}
