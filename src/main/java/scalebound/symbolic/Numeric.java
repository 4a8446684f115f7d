package scalebound.symbolic;

import java.math.BigDecimal;
import java.util.Map;
import java.math.BigInteger;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IReal;

/** High-precision numeric values of expressions, through the sandbox (Symja's Apfloat). */
public final class Numeric {
  /** A value at one point is cheap or hopeless: a point that takes longer is skipped by callers. */
  private static final java.time.Duration POINT_LIMIT = java.time.Duration.ofSeconds(2);

  private Numeric() {}

  /**
   * The value of {@code e} with every symbol replaced by the given exact value, to
   * {@code digits} significant digits. Throws if a symbol has no value or the value is not real.
   */
  public static BigDecimal value(Expression e, Map<String, BigDecimal> at, int digits) throws EvaluationRefused {
    return value(e.symja(), at, digits);
  }

  public static BigDecimal value(IExpr e, Map<String, BigDecimal> at, int digits) throws EvaluationRefused {
    IExpr substituted = substituteNumbers(e, at, digits + 20);
    IExpr result = Sandbox.get().evaluate(F.N(substituted, F.ZZ(digits)), POINT_LIMIT);
    if (result instanceof IReal real) {
      return new BigDecimal(real.apfloatValue().toString(true));
    }
    if (result.isInteger() || result.isFraction()) {
      return new BigDecimal(result.toString());
    }
    throw new EvaluationRefused("not a real number: " + Expression.inputForm(result));
  }

  /**
   * {@code e} with each named symbol replaced by an arbitrary-precision number, so that evaluation
   * is numeric from the start (an exact rational substituted into (1-x)^k with a large k would be
   * expanded exactly first).
   */
  static IExpr substituteNumbers(IExpr e, Map<String, BigDecimal> at, int precision) {
    return e.replaceAll(x -> {
      if (!x.isSymbol()) {
        return F.NIL;
      }
      String name = SymbolNames.decode(x.toString());
      BigDecimal v = name == null ? null : at.get(name);
      return v == null ? F.NIL : F.num(new org.apfloat.Apfloat(v, precision));
    }).orElse(e);
  }

  /** {@code e} with each named symbol replaced by an exact rational. */
  public static IExpr substitute(IExpr e, Map<String, BigDecimal> at) {
    return e.replaceAll(x -> {
      if (!x.isSymbol()) {
        return F.NIL;
      }
      String name = SymbolNames.decode(x.toString());
      BigDecimal v = name == null ? null : at.get(name);
      return v == null ? F.NIL : exact(v);
    }).orElse(e);
  }

  /** The exact rational value of a decimal. */
  public static IExpr exact(BigDecimal v) {
    BigInteger numerator = v.unscaledValue();
    BigInteger denominator = BigInteger.ONE;
    if (v.scale() > 0) {
      denominator = BigInteger.TEN.pow(v.scale());
    } else {
      numerator = numerator.multiply(BigInteger.TEN.pow(-v.scale()));
    }
    return F.QQ(F.ZZ(numerator), F.ZZ(denominator));
  }
}
