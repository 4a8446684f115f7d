package scalebound.math;

import java.util.List;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;

/**
 * Two expressions compared at points far out ({@link FarPoints}) in log-magnitude arithmetic:
 * equal where both have the same sign and logarithms within a relative 1e-6. A point where a side
 * is not representable there (cancellation, a Log near 1) or not real is skipped: evidence of
 * nothing. Used for claims against derived expressions and for identity steps of proofs.
 */
public final class FarComparison {
  private static final double TOLERANCE = 1e-6;

  /** How many points were compared, and the first where the sides differ (null if none). */
  public record Result(int compared, double[] point, LogNumber left, LogNumber right) {
    public boolean differs() {
      return point != null;
    }
  }

  private FarComparison() {}

  public static Result of(IExpr a, IExpr b, List<String> symbols, List<double[]> points) throws EvaluationRefused {
    LogFunction left = LogFunction.compile(a, symbols);
    LogFunction right = LogFunction.compile(b, symbols);
    int compared = 0;
    for (double[] point : points) {
      LogNumber[] at = LogNumber.of(point);
      LogNumber x;
      LogNumber y;
      try {
        x = left.at(at);
        y = right.at(at);
      } catch (ArithmeticException undecided) {
        continue;
      }
      compared++;
      if (x.sign() != y.sign() || x.sign() != 0 && Math.abs(x.log() - y.log()) > TOLERANCE) {
        return new Result(compared, point, x, y);
      }
    }
    return new Result(compared, null, null, null);
  }
}
