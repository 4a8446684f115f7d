package scalebound.math;

import java.math.BigDecimal;
import java.util.List;
import org.apfloat.Apfloat;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * An expression compiled for {@link PreciseArithmetic} ({@value PreciseArithmetic#DIGITS}
 * significant digits). Real values only: {@link NotReal} where the expression has none.
 */
public final class PreciseFunction {
  public static final long DIGITS = PreciseArithmetic.DIGITS;

  private final CompiledExpression.Evaluator<Apfloat> compiled;

  private PreciseFunction(CompiledExpression compiled) {
    this.compiled = compiled.in(PreciseArithmetic.INSTANCE);
  }

  public static PreciseFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new PreciseFunction(ExpressionCompiler.compile(e, variables));
  }

  public static PreciseFunction compile(Expression e, List<String> variables) throws EvaluationRefused {
    return compile(e.symja(), variables);
  }

  /** The value at exact decimal arguments (rounded to {@value PreciseArithmetic#DIGITS} digits on entry). */
  public BigDecimal at(BigDecimal[] x) {
    Apfloat[] a = new Apfloat[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = new Apfloat(x[i], DIGITS);
    }
    return decimal(compiled.at(a));
  }

  /**
   * The value as a BigDecimal, through Apfloat's scientific form: the plain form of e^(10^8) has
   * 10^8 digits (quadratic to parse); a magnitude beyond BigDecimal's exponent range is not
   * representable.
   */
  static BigDecimal decimal(Apfloat v) {
    try {
      return new BigDecimal(v.toString(false));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new NotRepresentable("a value of magnitude beyond 10^" + Integer.MAX_VALUE + " is not representable");
    }
  }

  /** The value at the exact binary values of {@code x}. */
  public BigDecimal at(double[] x) {
    BigDecimal[] exact = new BigDecimal[x.length];
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i])) {
        throw new NotReal("the argument " + x[i] + " is not a real number");
      }
      exact[i] = new BigDecimal(x[i]);
    }
    return at(exact);
  }
}
