package scalebound.derive;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;

/**
 * The compute cost C = c0 · Π x^w: a monomial in the resources with a positive constant factor
 * (e.g. {@code 6*N*D}) and positive rational exponents w. Constant factors do not change any
 * exponent; they are kept for numerics (the cost constraint of the cross-check).
 */
record Cost(IExpr factor, Map<String, BigFraction> weights) {
  static Cost of(Theorem t, NormalForm form) throws CannotDerive {
    String text = t.cost().orElseThrow().text();
    List<Term> terms;
    try {
      terms = form.terms(t.cost().get().symja());
    } catch (OutsideClass | EvaluationRefused e) {
      throw new CannotDerive("cannot derive the compute law: the cost " + text + " is not a monomial: " + e.getMessage());
    }
    if (terms.size() != 1 || !terms.get(0).logPowers().isEmpty() || terms.get(0).decay().isPresent()) {
      throw new CannotDerive("cannot derive the compute law: the cost " + text
          + " is not a monomial c0*x1^w1*...; a cost is a product of resources with a constant factor");
    }
    Map<String, BigFraction> w = new TreeMap<>();
    for (Map.Entry<String, IExpr> e : terms.get(0).powers().entrySet()) {
      if (!Exponents.isRational(e.getValue()) || Exponents.fraction(e.getValue()).compareTo(BigFraction.ZERO) <= 0) {
        throw new CannotDerive("cannot derive the compute law: the cost " + text + " has the exponent "
            + Exponents.text(e.getValue()) + " on " + e.getKey() + "; expected a positive number");
      }
      w.put(e.getKey(), Exponents.fraction(e.getValue()));
    }
    if (w.isEmpty()) {
      throw new CannotDerive("cannot derive the compute law: the cost " + text + " depends on no resource");
    }
    return new Cost(terms.get(0).coefficient(), w);
  }
}
