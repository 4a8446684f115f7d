package scalebound.derive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Signs;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Holds;
import scalebound.theorem.Kind;
import scalebound.theorem.Source;
import scalebound.theorem.Theorem;

/**
 * The law of one expression as one symbol grows, the other symbols held as constants: what a
 * proof's asymptotic step compares. The expression is derived as a bound with a single resource
 * (its isolated law), so the same engine, with its exact programme and log powers, decides every
 * asymptotic question a proof asks.
 */
public final class Asymptotics {
  private Asymptotics() {}

  /**
   * The law of {@code e} as {@code in} → ∞. Conditions on one symbol other than {@code in}
   * become that constant's condition; the others (and those of symbols they bring in) are
   * assumptions; a symbol with no condition of its own is a constant if sign analysis shows it
   * positive ({@code cn >= 8*Ymax^2*kappaK + ...}). Empty when the expression is outside the
   * engine's class or a symbol cannot be made a positive constant.
   */
  public static Optional<Law> law(Expression e, String in, List<Expression> conditions) throws EvaluationRefused {
    Map<String, Expression> constants = new LinkedHashMap<>();
    List<Expression> assumptions = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>(e.symbols());
    boolean grew = true;
    while (grew) {
      grew = false;
      for (Expression c : conditions) {
        Set<String> cs = c.symbols();
        if (!java.util.Collections.disjoint(cs, used) && !used.containsAll(cs)) {
          used.addAll(cs);
          grew = true;
        }
      }
    }
    for (Expression c : conditions) {
      Set<String> cs = c.symbols();
      if (!used.containsAll(cs)) {
        continue;
      }
      if (cs.size() == 1 && !cs.contains(in) && !constants.containsKey(cs.iterator().next())) {
        constants.put(cs.iterator().next(), c);
      } else {
        assumptions.add(c);
      }
    }
    Signs signs = new Signs(new ArrayList<>(used), conditions);
    for (String x : used) {
      if (!x.equals(in) && !constants.containsKey(x)) {
        IExpr symbol = Sandbox.get().symbol(x);
        if (signs.of(symbol) != Signs.Sign.POSITIVE) {
          return Optional.empty();
        }
        constants.put(x, Expression.of(F.Greater(symbol, F.C0)));
      }
    }
    Theorem statement = new Theorem(null, "asymptotics", "the law of " + e.text() + " in " + in,
        new Source("scalebound", null, "an asymptotic question of a proof", "derived", Optional.empty()), Kind.UPPER_BOUND, "Quantity",
        List.of(in), List.of(), constants, assumptions, e, Optional.empty(), List.of(), Optional.empty(), Holds.SURELY,
        Optional.empty(), Set.of());
    return Optional.ofNullable(Deriver.derive(statement, false).isolated().get(in));
  }
}
