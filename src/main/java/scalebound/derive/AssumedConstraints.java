package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.AllocationProgramme.Constraint;
import scalebound.math.RationalSimplex.Relation;
import scalebound.math.RationalSimplex;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.Theorem;

/**
 * What the assumptions say about allocation exponents. A relation between two monomials,
 * P <= Q, holds along x = C^s for large C only if the exponent of P/Q is <= 0; so
 * {@code eta <= 1/lambdaMax} gives s_eta <= 0, and {@code eta*T <= 1} gives s_eta + s_T <= 0.
 * Relations with 0 say only that a symbol is positive, which every derivation assumes. Other
 * assumptions are listed as not used, never silently dropped.
 */
final class AssumedConstraints {
  final List<Constraint> constraints = new ArrayList<>();
  final List<String> unused = new ArrayList<>();

  AssumedConstraints(Theorem t, NormalForm form) throws EvaluationRefused {
    for (Expression a : t.assumptions()) {
      for (IExpr[] link : Conditions.links(a.symja())) {
        read(link[0], link[1], link[2], a.text(), form);
      }
    }
  }

  private void read(IExpr lhs, IExpr op, IExpr rhs, String text, NormalForm form) throws EvaluationRefused {
    if (lhs.isZero() || rhs.isZero()) {
      return;
    }
    Map<String, BigFraction> l = monomial(lhs, form);
    Map<String, BigFraction> r = monomial(rhs, form);
    if (l == null || r == null) {
      unused.add(text + " (not a relation between monomials)");
      return;
    }
    Map<String, BigFraction> a = new TreeMap<>(l);
    r.forEach((x, v) -> a.merge(x, v.negate(), BigFraction::add));
    a.values().removeIf(v -> v.compareTo(BigFraction.ZERO) == 0);
    if (a.isEmpty()) {
      return;
    }
    Relation rel = op.equals(S.Less) || op.equals(S.LessEqual) ? Relation.LE
        : op.equals(S.Greater) || op.equals(S.GreaterEqual) ? Relation.GE : Relation.EQ;
    constraints.add(new Constraint(a, rel, text));
  }

  private static Map<String, BigFraction> monomial(IExpr side, NormalForm form) throws EvaluationRefused {
    try {
      List<Term> terms = form.terms(side);
      if (terms.size() != 1 || !terms.get(0).logPowers().isEmpty() || terms.get(0).decay().isPresent()) {
        return null;
      }
      Map<String, BigFraction> out = new TreeMap<>();
      for (Map.Entry<String, IExpr> e : terms.get(0).powers().entrySet()) {
        if (!Exponents.isRational(e.getValue())) {
          return null;
        }
        out.put(e.getKey(), Exponents.fraction(e.getValue()));
      }
      return out;
    } catch (OutsideClass e) {
      return null;
    }
  }
}
