package scalebound.symbolic;

import java.math.BigDecimal;
import java.util.Map;
import java.math.BigInteger;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IReal;

/** High-precision numeric values of expressions, through the sandbox (Symja's Apfloat). */
public final class Numeric {
  private Numeric() {}

  /**
   * The value of {@code e} with every symbol replaced by the given exact value, to
   * {@code digits} significant digits. Throws if a symbol has no value or the value is not real.
   */
  public static BigDecimal value(Expression e, Map<String, BigDecimal> at, int digits) throws EvaluationRefused {
    return value(e.symja(), at, digits);
  }

  public static BigDecimal value(IExpr e, Map<String, BigDecimal> at, int digits) throws EvaluationRefused {
    IExpr substituted = substitute(e, at);
    IExpr result = Sandbox.get().evaluate(F.N(substituted, F.ZZ(digits)));
    if (result instanceof IReal real) {
      return new BigDecimal(real.apfloatValue().toString(true));
    }
    if (result.isInteger() || result.isFraction()) {
      return new BigDecimal(result.toString());
    }
    throw new EvaluationRefused("not a real number: " + Expression.inputForm(result));
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
