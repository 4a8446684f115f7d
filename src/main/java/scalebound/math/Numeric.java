package scalebound.math;

import java.math.BigDecimal;
import java.util.Map;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/** High-precision numeric values of expressions (fixed-precision Apfloat, see {@link PreciseFunction}). */
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
    if (digits > PreciseFunction.DIGITS) {
      throw new IllegalArgumentException("at most " + PreciseFunction.DIGITS + " digits, asked " + digits);
    }
    java.util.List<String> names = new java.util.ArrayList<>(at.keySet());
    BigDecimal[] values = new BigDecimal[names.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = at.get(names.get(i));
    }
    try {
      BigDecimal v = PreciseFunction.compile(Sandbox.get().evaluate(e), names).at(values);
      return v.round(new java.math.MathContext(digits));
    } catch (ArithmeticException notReal) {
      throw new EvaluationRefused("not a real number at this point: " + notReal.getMessage());
    }
  }
}
