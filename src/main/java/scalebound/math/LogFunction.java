package scalebound.math;

import java.util.List;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * An expression compiled for {@link LogArithmetic}: evaluated from its arguments' signs and
 * log-magnitudes, for the cross-check of laws whose resources are driven to 10^1000 and beyond.
 */
public final class LogFunction {
  private final CompiledExpression.Evaluator<LogNumber> compiled;

  private LogFunction(CompiledExpression compiled) {
    this.compiled = compiled.in(LogArithmetic.INSTANCE);
  }

  public static LogFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new LogFunction(ExpressionCompiler.compile(e, variables));
  }

  public static LogFunction compile(Expression e, List<String> variables) throws EvaluationRefused {
    return compile(e.symja(), variables);
  }

  /** The value at {@code x}; {@link NotReal} where there is none or it is beyond the arithmetic. */
  public LogNumber at(LogNumber[] x) {
    return compiled.at(x);
  }

  /** For a condition: whether it holds at {@code x} (false where it has no value). */
  public boolean holds(LogNumber[] x) {
    try {
      return at(x).sign() != 0;
    } catch (NotReal notReal) {
      return false;
    }
  }
}
