package scalebound.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Relation;
import scalebound.proof.ProofScript.Declared;
import scalebound.proof.ProofScript.Given;
import scalebound.proof.ProofScript.Located;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Theorem;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * The domain of a proof, held to its theorem. The theorem says: for every value of its symbols
 * in its domain (resources at least 1, its universal constants' conditions, its assumptions),
 * the bound holds. So:
 *
 * <ul>
 *   <li>a condition of the proof on the theorem's own symbols must follow from the theorem's
 *       domain (decided like any inequality: proved, tested, or refuted with a point of the
 *       theorem's domain where the proof would not apply): a proof may not narrow its theorem;
 *   <li>no condition may mention the quantity being bounded, or a constant the theorem only says
 *       exists (those the proof must define);
 *   <li>a symbol the proof introduces (an intermediate quantity such as OptErr, an eigenvalue x)
 *       may be bounded by expressions in the theorem's symbols; the bounds must be consistent
 *       on the theorem's whole domain (lower below upper), or the proof would again narrow it;
 *   <li>a given (a hypothesis taken with a reason) must involve an introduced symbol: a given in
 *       the theorem's symbols alone is a hypothesis the statement does not make, and a given that
 *       bounds the quantity by the theorem's symbols assumes the statement.
 * </ul>
 * The proof's steps are then checked on the theorem's domain together with the introduced
 * symbols' bounds. A proof of a claim about the bound (its compute exponent, its threshold) holds
 * for every value of the constants, so there the existential constants' conditions are
 * hypotheses too.
 */
final class ProofDomain {
  private static final long SEED = 20251226L;

  final List<String> symbols;
  final List<Expression> conditions = new ArrayList<>();
  final List<ProofVerdict.Requirement> requirements = new ArrayList<>();
  private final Theorem theorem;
  private final List<Expression> hypotheses = new ArrayList<>();

  ProofDomain(ProofScript proof, Theorem theorem) throws EvaluationRefused {
    this.theorem = theorem;
    Set<String> all = new LinkedHashSet<>(theorem.symbols());
    all.add(theorem.quantity());
    proof.symbols().forEach(d -> all.add(d.name()));
    this.symbols = List.copyOf(all);
    hypotheses.addAll(theorem.hypotheses(!proof.conclusion().isStatement()));
    conditions.addAll(hypotheses);
    requirements.add(new ProofVerdict.Requirement("the theorem's hypotheses imply the proof's conditions",
        domainRule(proof).verdict()));
    requirements.add(new ProofVerdict.Requirement("no given assumes the statement or adds a hypothesis",
        givensRule(proof).verdict()));
  }

  private Decision domainRule(ProofScript proof) throws EvaluationRefused {
    List<Located> own = new ArrayList<>();
    for (Declared d : proof.symbols()) {
      d.condition().ifPresent(c -> own.add(new Located(c, d.line())));
    }
    own.addAll(proof.assumptions());
    Map<String, List<Bound>> bounds = new LinkedHashMap<>();
    Status level = Status.PROVED;
    List<String> notes = new ArrayList<>();
    for (Located c : own) {
      conditions.add(c.expression());
      for (IExpr[] link : Conditions.links(c.expression().symja())) {
        Relation r = Relation.of(link[1]);
        String text = Expression.inputForm(link[0]) + " " + r.symbol() + " " + Expression.inputForm(link[2]);
        Set<String> mentioned = new LinkedHashSet<>(Expression.of(link[0]).symbols());
        mentioned.addAll(Expression.of(link[2]).symbols());
        if (mentioned.contains(theorem.quantity())) {
          return Rules.invalid("the proof assumes " + text + " (line " + c.line() + "), a condition on "
              + theorem.quantity() + ", the quantity it bounds: that assumes part of the statement");
        }
        for (String s : mentioned) {
          if (theorem.isExistential(s)) {
            return Rules.invalid("the proof assumes " + text + " (line " + c.line() + ") about " + s + ", a constant "
                + theorem.id() + " only says exists; define it with a define step instead");
          }
        }
        Set<String> introduced = new LinkedHashSet<>(mentioned);
        introduced.removeAll(theorem.symbols());
        if (introduced.isEmpty()) {
          Decision d = implied(link, r);
          if (!d.passes()) {
            return d.about("the proof assumes " + text + " (line " + c.line() + "), which " + theorem.id()
                + " does not state");
          }
          level = Status.weakest(level, d.status());
          if (d.status() != Status.PROVED) {
            notes.add(text + " " + d.status().label());
          }
          continue;
        }
        Bound b = Bound.of(link, r, introduced);
        if (b == null) {
          return Rules.invalid("the condition " + text + " (line " + c.line() + ") is not a bound on one introduced "
              + "symbol by the theorem's symbols; state a relation between introduced quantities as a given");
        }
        bounds.computeIfAbsent(b.symbol(), k -> new ArrayList<>()).add(b);
      }
    }
    for (Map.Entry<String, List<Bound>> e : bounds.entrySet()) {
      for (Bound lo : e.getValue()) {
        for (Bound hi : e.getValue()) {
          if (lo.lower() && !hi.lower()) {
            Relation r = lo.strict() || hi.strict() ? Relation.LT : Relation.LE;
            Decision d = new InequalityProver(symbols, hypotheses, SEED).prove(lo.value(), r, hi.value(), Map.of());
            String text = Expression.inputForm(lo.value()) + " " + r.symbol() + " " + e.getKey() + " ... "
                + Expression.inputForm(hi.value());
            if (!d.passes()) {
              return d.about("the bounds " + text + " on the introduced symbol " + e.getKey()
                  + " are inconsistent somewhere on " + theorem.id() + "'s domain, so the proof would narrow it");
            }
            level = Status.weakest(level, d.status());
          }
        }
      }
    }
    return new Decision(level, level == Status.PROVED ? Evidence.CERTIFIED : Evidence.SAMPLED,
        own.isEmpty() ? "the proof adds no condition" : "every condition of the proof follows from " + theorem.id()
            + "'s domain or bounds a symbol the proof introduces" + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")"),
        null);
  }

  /** Whether a link on the theorem's symbols follows from the theorem's domain. */
  private Decision implied(IExpr[] link, Relation r) throws EvaluationRefused {
    for (Expression h : hypotheses) {
      for (IExpr[] known : Conditions.links(h.symja())) {
        if (known[0].equals(link[0]) && known[1].equals(link[1]) && known[2].equals(link[2])) {
          return Decision.proved(Evidence.EXACT, "one of the theorem's conditions");
        }
      }
    }
    if (r == Relation.EQ) {
      return Identity.decide(link[0], link[2], symbols, List.of(), List.of(), new scalebound.math.Signs(symbols, hypotheses));
    }
    return new InequalityProver(symbols, hypotheses, SEED).prove(link[0], r, link[2], Map.of());
  }

  private Decision givensRule(ProofScript proof) {
    for (Given g : proof.givens()) {
      Set<String> mentioned = new LinkedHashSet<>(g.fact().lhs().symbols());
      mentioned.addAll(g.fact().rhs().symbols());
      for (String s : mentioned) {
        if (theorem.isExistential(s)) {
          return Rules.invalid("given " + g.id() + " (line " + g.line() + ") constrains " + s + ", a constant "
              + theorem.id() + " only says exists; define it with a define step instead");
        }
      }
      Set<String> introduced = new LinkedHashSet<>(mentioned);
      introduced.removeAll(theorem.symbols());
      introduced.remove(theorem.quantity());
      if (introduced.isEmpty()) {
        return Rules.invalid(mentioned.contains(theorem.quantity())
            ? "given " + g.id() + " (line " + g.line() + ") bounds " + theorem.quantity() + " by " + theorem.id()
                + "'s own symbols: that is assuming (part of) the statement"
            : "given " + g.id() + " (line " + g.line() + ") is a hypothesis on " + theorem.id() + "'s own symbols; "
                + "a hypothesis the proof needs must be part of the theorem's statement (constants or assume)");
      }
    }
    return Decision.proved(Evidence.EXACT, proof.givens().isEmpty() ? "no givens"
        : "every given relates quantities the proof introduces (taken with its stated reason)");
  }

  /** A bound lower/upper on an introduced symbol by an expression free of introduced symbols. */
  private record Bound(String symbol, IExpr value, boolean lower, boolean strict) {
    static Bound of(IExpr[] link, Relation r, Set<String> introduced) {
      if (introduced.size() != 1 || r == Relation.EQ) {
        return null;
      }
      String x = introduced.iterator().next();
      IExpr symbol;
      try {
        symbol = Sandbox.get().symbol(x);
      } catch (IllegalArgumentException e) {
        return null;
      }
      if (link[0].equals(symbol) && Expression.of(link[2]).symbols().stream().noneMatch(introduced::contains)) {
        return new Bound(x, link[2], !r.upward(), r.strict());
      }
      if (link[2].equals(symbol) && Expression.of(link[0]).symbols().stream().noneMatch(introduced::contains)) {
        return new Bound(x, link[0], r.upward(), r.strict());
      }
      return null;
    }
  }
}
