package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.symbolic.SymbolNames;

/**
 * Step 1 of every derivation: the bound, under its positivity assumptions, as a sum of
 * {@link Term}s c·Πx^a·Π(Log x)^l·Exp(-g).
 *
 * <p>The rules, each exact or an asymptotic equivalence (≍, equality up to constant factors
 * as the resources grow, which leaves every exponent unchanged):
 * <ul>
 *   <li>sums and products distribute; constant factors collect into c;
 *   <li>(Π x_i^a_i)^γ = Π x_i^(γ a_i) for positive x_i (so {@code K/(N*D)^(1/4)} has two
 *       power factors);
 *   <li>(t_1 + ... + t_k)^γ ≍ t_1^γ + ... + t_k^γ for γ > 0, since
 *       max t_i^γ <= (Σ t_i)^γ <= k^γ max t_i^γ (used for powers of sums such as
 *       {@code (A/N^alpha + B/D^beta)^gamma});
 *   <li>Log(c·x^a) ≍ a·Log x for a single variable x (a > 0);
 *   <li>Exp(-(b·Πx^e) + c0) = e^c0 · Exp(-b·Πx^e), b > 0; a growing exponential is refused;
 *   <li>c^g = Exp(g·Log c) for a positive constant c (Symja writes Exp(-2k·Log r) as r^(-2k)).
 * </ul>
 * Anything else is refused with {@link OutsideClass}, naming the term: the engine never
 * guesses an exponent.
 */
final class NormalForm {
  private final Set<String> variables;
  private final Predicate<IExpr> positive;
  private boolean asymptotic;
  private final List<String> steps = new ArrayList<>();

  /**
   * @param variables the resources and tunables
   * @param positive  whether a constant expression is positive on the theorem's domain
   */
  NormalForm(Set<String> variables, Predicate<IExpr> positive) {
    this.variables = variables;
    this.positive = positive;
  }

  /** The terms of {@code bound}, equal terms (same powers, logs and decay) merged. */
  List<Term> terms(IExpr bound) throws OutsideClass, EvaluationRefused {
    List<Term> raw = expand(Sandbox.get().evaluate(bound));
    List<Term> merged = new ArrayList<>();
    for (Term t : raw) {
      if (!positive.test(t.coefficient())) {
        throw new OutsideClass(t.origin(), "its coefficient " + Expression.inputForm(t.coefficient())
            + " is not positive on the domain (an upper bound here is a sum of positive terms)");
      }
      int same = -1;
      for (int i = 0; i < merged.size(); i++) {
        Term m = merged.get(i);
        if (m.powers().equals(t.powers()) && m.logPowers().equals(t.logPowers()) && m.decay().equals(t.decay())) {
          same = i;
        }
      }
      if (same >= 0) {
        Term m = merged.get(same);
        merged.set(same, new Term(Sandbox.get().evaluate(F.Plus(m.coefficient(), t.coefficient())),
            m.powers(), m.logPowers(), m.decay(), m.origin() + " + " + t.origin()));
      } else {
        merged.add(t);
      }
    }
    return merged;
  }

  /** Whether a step used an asymptotic equivalence rather than an identity. */
  boolean asymptotic() {
    return asymptotic;
  }

  /** The asymptotic steps taken, in words. */
  List<String> steps() {
    return steps;
  }

  private boolean isConstant(IExpr e) {
    return freeOfVariables(e);
  }

  private boolean freeOfVariables(IExpr e) {
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      return name == null || !variables.contains(name);
    }
    if (e.isAST()) {
      for (int i = 1; i <= e.argSize(); i++) {
        if (!freeOfVariables(e.getAt(i))) {
          return false;
        }
      }
    }
    return true;
  }

  private List<Term> expand(IExpr e) throws OutsideClass, EvaluationRefused {
    String origin = Expression.inputForm(e);
    if (isConstant(e)) {
      return List.of(Term.constant(e, origin));
    }
    if (e.isSymbol()) {
      return List.of(Term.power(SymbolNames.decode(e.toString()), F.C1, origin));
    }
    if (e.isPlus()) {
      List<Term> out = new ArrayList<>();
      for (int i = 1; i <= e.argSize(); i++) {
        out.addAll(expand(e.getAt(i)));
      }
      return out;
    }
    if (e.isTimes()) {
      List<Term> product = List.of(Term.constant(F.C1, origin));
      for (int i = 1; i <= e.argSize(); i++) {
        List<Term> factor = expand(e.getAt(i));
        List<Term> next = new ArrayList<>();
        for (Term a : product) {
          for (Term b : factor) {
            next.add(a.times(b));
          }
        }
        product = next;
      }
      if (product.size() == 1) {
        return List.of(product.get(0).withOrigin(origin));
      }
      List<Term> distributed = new ArrayList<>();
      for (Term t : product) {
        distributed.add(t.withOrigin(Expression.inputForm(Sandbox.get().evaluate(t.toExpr()))));
      }
      return distributed;
    }
    if (e.isPower() && e.base().equals(S.E) || e.isAST(S.Exp, 2)) {
      return List.of(exponential(e.isAST(S.Exp, 2) ? e.getAt(1) : e.exponent(), origin));
    }
    if (e.isPower()) {
      return power(e.base(), e.exponent(), origin);
    }
    if (e.isAST(S.Sqrt, 2)) {
      return power(e.getAt(1), F.C1D2, origin);
    }
    if (e.isAST(S.Log, 2)) {
      return List.of(logarithm(e.getAt(1), origin));
    }
    throw new OutsideClass(origin, "the function " + Expression.inputForm(e.head()) + " of a resource or tunable");
  }

  private List<Term> power(IExpr base, IExpr gamma, String origin) throws OutsideClass, EvaluationRefused {
    if (!isConstant(gamma) && isConstant(base) && positive.test(base)) {
      return List.of(exponential(F.Times(gamma, F.Log(base)), origin));
    }
    if (!isConstant(gamma)) {
      throw new OutsideClass(origin, "the exponent " + Expression.inputForm(gamma) + " depends on a resource or tunable");
    }
    List<Term> inner = expand(base);
    if (inner.size() == 1) {
      return List.of(inner.get(0).raisedTo(gamma).withOrigin(origin));
    }
    if (!positive.test(gamma)) {
      throw new OutsideClass(origin, "a sum raised to the power " + Expression.inputForm(gamma)
          + ", which is not positive on the domain");
    }
    asymptotic = true;
    steps.add("(" + Expression.inputForm(base) + ")^(" + Expression.inputForm(gamma)
        + ") ≍ sum of the terms each raised to " + Expression.inputForm(gamma));
    List<Term> out = new ArrayList<>();
    for (Term t : inner) {
      out.add(t.raisedTo(gamma).withOrigin(origin));
    }
    return out;
  }

  /** Exp(arg): arg must be a constant plus at most one negative monomial in the variables. */
  private Term exponential(IExpr arg, String origin) throws OutsideClass, EvaluationRefused {
    IExpr constantPart = F.C0;
    Term monomial = null;
    for (Term t : expand(arg)) {
      if (t.isFloor()) {
        constantPart = F.Plus(constantPart, t.coefficient());
      } else if (monomial != null) {
        throw new OutsideClass(origin, "the argument of Exp is not a single monomial in the resources");
      } else if (!t.logPowers().isEmpty() || t.decay().isPresent()) {
        throw new OutsideClass(origin, "the argument of Exp contains a logarithm or an exponential");
      } else {
        monomial = t;
      }
    }
    IExpr factor = Sandbox.get().evaluate(F.Power(S.E, constantPart));
    if (monomial == null) {
      return Term.constant(factor, origin);
    }
    IExpr b = Sandbox.get().evaluate(F.Times(F.CN1, monomial.coefficient()));
    if (!positive.test(b)) {
      throw new OutsideClass(origin, "the exponential grows (or its argument's sign is unknown): "
          + "only Exp(-b*...) with b > 0 is in the class");
    }
    return new Term(factor, Map.of(), Map.of(), Optional.of(new Term.Decay(b, new TreeMap<>(monomial.powers()))), origin);
  }

  /** Log(c·x^a) ≍ a·Log(x) for one variable x and a > 0; Log of a constant is a constant. */
  private Term logarithm(IExpr arg, String origin) throws OutsideClass, EvaluationRefused {
    List<Term> inner = expand(arg);
    if (inner.size() != 1 || inner.get(0).powers().size() != 1 || !inner.get(0).logPowers().isEmpty()
        || inner.get(0).decay().isPresent()) {
      throw new OutsideClass(origin, "Log of something other than a power of one resource");
    }
    Map.Entry<String, IExpr> only = inner.get(0).powers().entrySet().iterator().next();
    if (!positive.test(only.getValue())) {
      throw new OutsideClass(origin, "Log of a power with exponent " + Exponents.text(only.getValue())
          + ", which is not positive");
    }
    if (!inner.get(0).coefficient().isOne() || !only.getValue().isOne()) {
      asymptotic = true;
      steps.add(origin + " ≍ " + Exponents.text(only.getValue()) + "*Log(" + only.getKey() + ")");
    }
    return new Term(only.getValue(), Map.of(), Map.of(only.getKey(), F.C1), Optional.empty(), origin);
  }
}
