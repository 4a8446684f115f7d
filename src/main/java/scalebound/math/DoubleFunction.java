package scalebound.math;

import java.util.List;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * An expression compiled for {@link DoubleArithmetic}, for the numerics that evaluate a bound
 * millions of times (optimisers, root finders, domain sampling, simulations).
 */
public final class DoubleFunction {
  private final CompiledExpression compiled;

  private DoubleFunction(CompiledExpression compiled) {
    this.compiled = compiled;
  }

  /** Compiles {@code e}; {@code variables} are author names, bound in that order. */
  public static DoubleFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new DoubleFunction(ExpressionCompiler.compile(e, variables));
  }

  public static DoubleFunction compile(Expression e, List<String> variables) throws EvaluationRefused {
    return compile(e.symja(), variables);
  }

  public double at(double... x) {
    return compiled.at(x);
  }

  /** For a condition: whether it certainly holds at {@code x} (false when it fails or is not real there). */
  public boolean holds(double... x) {
    return at(x) == 1.0;
  }
}
