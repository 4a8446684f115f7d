package scalebound.math;

import java.util.List;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;

/**
 * An expression compiled for {@link IntervalArithmetic}: its natural interval extension. For any
 * point of a box, the value of the expression lies in the interval computed on the box (the
 * fundamental theorem of interval arithmetic, Moore et al. 2009, Thm 5.1), and the interval is
 * flagged defined only if the expression is real at every point of the box.
 */
public final class IntervalFunction {
  private final CompiledExpression.Evaluator<Interval> compiled;

  private IntervalFunction(CompiledExpression compiled) {
    this.compiled = compiled.in(IntervalArithmetic.INSTANCE);
  }

  public static IntervalFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new IntervalFunction(ExpressionCompiler.compile(e, variables));
  }

  public Interval on(Interval[] box) {
    return compiled.at(box);
  }
}
