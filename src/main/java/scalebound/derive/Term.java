package scalebound.derive;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.symbolic.SymbolNames;

/**
 * One term of a bound in normal form:
 *
 * <pre>   c · Π x^a(x) · Π (Log x)^l(x) · Exp(-g),   g = b · Π x^e(x)</pre>
 *
 * where x ranges over resources and tunables, c and b are positive constants, and the
 * exponents a, l, e are exact rationals or expressions in the constants. {@code origin} is
 * the piece of the author's bound the term came from, for messages.
 */
record Term(IExpr coefficient, Map<String, IExpr> powers, Map<String, IExpr> logPowers,
    Optional<Decay> decay, String origin) {

  /** The argument g = b · Π x^e of Exp(-g). */
  record Decay(IExpr coefficient, Map<String, IExpr> powers) {}

  static Term constant(IExpr c, String origin) {
    return new Term(c, Map.of(), Map.of(), Optional.empty(), origin);
  }

  static Term power(String variable, IExpr exponent, String origin) {
    return new Term(F.C1, Map.of(variable, exponent), Map.of(), Optional.empty(), origin);
  }

  /** A term that no resource or tunable changes: part of the floor. */
  boolean isFloor() {
    return powers.isEmpty() && logPowers.isEmpty() && decay.isEmpty();
  }

  Term withOrigin(String o) {
    return new Term(coefficient, powers, logPowers, decay, o);
  }

  Term times(Term other) throws EvaluationRefused, OutsideClass {
    Optional<Decay> d;
    if (decay.isPresent() && other.decay.isPresent()) {
      if (!decay.get().powers().equals(other.decay.get().powers())) {
        throw new OutsideClass(origin + " * " + other.origin,
            "a product of two exponentials with different arguments");
      }
      d = Optional.of(new Decay(Sandbox.get().evaluate(F.Plus(decay.get().coefficient(),
          other.decay.get().coefficient())), decay.get().powers()));
    } else {
      d = decay.isPresent() ? decay : other.decay;
    }
    return new Term(Sandbox.get().evaluate(F.Times(coefficient, other.coefficient)),
        merge(powers, other.powers), merge(logPowers, other.logPowers), d, origin);
  }

  Term raisedTo(IExpr gamma) throws EvaluationRefused {
    Optional<Decay> d = decay.isPresent()
        ? Optional.of(new Decay(Sandbox.get().evaluate(F.Times(decay.get().coefficient(), gamma)),
            decay.get().powers()))
        : decay;
    return new Term(Sandbox.get().evaluate(F.Power(coefficient, gamma)), scale(powers, gamma),
        scale(logPowers, gamma), d, origin);
  }

  private static Map<String, IExpr> merge(Map<String, IExpr> a, Map<String, IExpr> b) throws EvaluationRefused {
    Map<String, IExpr> out = new TreeMap<>(a);
    for (Map.Entry<String, IExpr> e : b.entrySet()) {
      IExpr sum = out.containsKey(e.getKey()) ? Exponents.add(out.get(e.getKey()), e.getValue()) : e.getValue();
      if (Exponents.isZero(sum)) {
        out.remove(e.getKey());
      } else {
        out.put(e.getKey(), sum);
      }
    }
    return out;
  }

  private static Map<String, IExpr> scale(Map<String, IExpr> a, IExpr gamma) throws EvaluationRefused {
    Map<String, IExpr> out = new TreeMap<>();
    for (Map.Entry<String, IExpr> e : a.entrySet()) {
      out.put(e.getKey(), Exponents.times(e.getValue(), gamma));
    }
    return out;
  }

  /** The term as a Symja expression (in encoded symbols), for symbolic work on it. */
  IExpr toExpr() {
    IExpr product = coefficient;
    for (Map.Entry<String, IExpr> e : powers.entrySet()) {
      product = F.Times(product, F.Power(symbol(e.getKey()), e.getValue()));
    }
    for (Map.Entry<String, IExpr> e : logPowers.entrySet()) {
      product = F.Times(product, F.Power(F.Log(symbol(e.getKey())), e.getValue()));
    }
    if (decay.isPresent()) {
      IExpr g = decay.get().coefficient();
      for (Map.Entry<String, IExpr> e : decay.get().powers().entrySet()) {
        g = F.Times(g, F.Power(symbol(e.getKey()), e.getValue()));
      }
      product = F.Times(product, F.Power(S.E, F.Negate(g)));
    }
    return product;
  }

  static IExpr symbol(String name) {
    return Sandbox.get().symbol(name);
  }

  /** The term in the author's notation, e.g. {@code cm*m^(-1/2)}. */
  String text() {
    StringBuilder s = new StringBuilder(Expression.inputForm(coefficient));
    powers.forEach((x, a) -> s.append('*').append(x).append("^(").append(Exponents.text(a)).append(')'));
    logPowers.forEach((x, l) -> s.append("*Log(").append(x).append(")^(").append(Exponents.text(l)).append(')'));
    decay.ifPresent(d -> {
      s.append("*Exp(-").append(Expression.inputForm(d.coefficient()));
      d.powers().forEach((x, e) -> s.append('*').append(x).append("^(").append(Exponents.text(e)).append(')'));
      s.append(')');
    });
    return s.toString();
  }
}
