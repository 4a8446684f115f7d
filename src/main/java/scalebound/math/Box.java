package scalebound.math;

import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.Expression;
import scalebound.symbolic.SymbolNames;

/**
 * The range of each symbol that the conditions imply directly: a relation between a symbol and
 * a number ({@code x > 0}, {@code k <= 100}, {@code 0 < x <= 1}) bounds that symbol; the other
 * conditions constrain points but not the box. Ends are closed; a strict bound is kept as its
 * value (strictness is enforced by the conditions themselves wherever points are checked).
 */
public final class Box {
  private Box() {}

  /** [lo, hi] per symbol, infinite where no condition bounds it, narrowed by {@code explicit}. */
  public static double[][] of(List<String> symbols, List<Expression> conditions, Map<String, double[]> explicit) {
    double[][] box = new double[symbols.size()][];
    for (int i = 0; i < box.length; i++) {
      box[i] = new double[] {Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY};
    }
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        bound(box, symbols, link[0], link[1], link[2]);
      }
    }
    explicit.forEach((name, range) -> {
      int i = symbols.indexOf(name);
      box[i][0] = Math.max(box[i][0], range[0]);
      box[i][1] = Math.min(box[i][1], range[1]);
    });
    return box;
  }

  private static void bound(double[][] box, List<String> symbols, IExpr lhs, IExpr op, IExpr rhs) {
    Relation r = Relation.of(op);
    if (r == null || r == Relation.EQ) {
      return;
    }
    if (lhs.isSymbol() && real(rhs)) {
      set(box, symbols, lhs, r.upward(), rhs.evalDouble());
    } else if (rhs.isSymbol() && real(lhs)) {
      set(box, symbols, rhs, !r.upward(), lhs.evalDouble());
    }
  }

  /** A real number, also one written as an expression without symbols (-10^(-20)). */
  private static boolean real(IExpr e) {
    if (e.isNumber()) {
      return e.isReal();
    }
    if (!e.isNumericFunction(true)) {
      return false;
    }
    try {
      return Double.isFinite(e.evalDouble());
    } catch (RuntimeException notReal) {
      return false;
    }
  }

  private static void set(double[][] box, List<String> symbols, IExpr symbol, boolean upper, double value) {
    int i = symbols.indexOf(SymbolNames.decode(symbol.toString()));
    if (i < 0) {
      return;
    }
    if (upper) {
      box[i][1] = Math.min(box[i][1], value);
    } else {
      box[i][0] = Math.max(box[i][0], value);
    }
  }

  /** Whether every symbol in {@code used} has finite ends. */
  public static boolean bounded(double[][] box, List<Integer> used) {
    for (int i : used) {
      if (Double.isInfinite(box[i][0]) || Double.isInfinite(box[i][1])) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code inner} lies inside {@code outer} in every coordinate. */
  public static boolean within(double[][] inner, double[][] outer) {
    for (int i = 0; i < inner.length; i++) {
      if (inner[i][0] < outer[i][0] || inner[i][1] > outer[i][1]) {
        return false;
      }
    }
    return true;
  }
}
