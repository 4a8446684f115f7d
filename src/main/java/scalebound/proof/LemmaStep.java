package scalebound.proof;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Relation;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.Holds;
import scalebound.theorem.Kind;
import scalebound.theorem.Theorem;
import scalebound.verdict.Status;

/**
 * {@code kind: lemma}: an instance of a library theorem under a substitution of its symbols
 * ({@code with}; a symbol not given keeps its name). The rules:
 *
 * <ul>
 *   <li>the lemma is listed under {@code uses} and is not the theorem being proved;
 *   <li>the fact is the lemma's quantity REL its bound after substitution, with the relation of
 *       its kind (an estimate gives an estimate up to constants, never an equality);
 *   <li>the lemma's quantity may be renamed to a symbol of the proof, never replaced by an
 *       expression; it must be renamed where the step substitutes any of the lemma's symbols (the
 *       instance is another quantity), and no symbol stands for two lemmas' quantities;
 *   <li>every hypothesis of the lemma (its resources positive, its constants' conditions and
 *       assumptions) holds on the proof's domain after substitution;
 *   <li>a constant the lemma only says exists (its {@code exists}) is not the author's to choose:
 *       it must be replaced by a fresh symbol of the proof (or an existential constant of the
 *       theorem being proved, which this step then defines), which from here on carries the
 *       lemma's condition and nothing else;
 *   <li>the fact holds in the lemma's sense: surely, with the lemma's failure probability, or in
 *       expectation / mean square.
 * </ul>
 */
record LemmaStep(String id, Fact fact, int line, String lemma, Map<String, Expression> with) implements Step {
  @Override
  public String kind() {
    return "lemma";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    Theorem t = context.library.get(lemma);
    if (t == null) {
      return StepResult.failed(Rules.invalid("no theorem with id " + lemma + " is loaded"));
    }
    if (t.id().equals(context.theorem.id())) {
      return StepResult.failed(Rules.invalid("the step cites " + t.id() + ", the theorem this proof proves"));
    }
    if (context.proof.uses().stream().noneMatch(u -> u.id().equals(t.id()))) {
      return StepResult.failed(Rules.invalid("the proof does not list " + t.id() + " under uses"));
    }
    List<String> lemmaSymbols = new ArrayList<>(t.symbols());
    lemmaSymbols.add(t.quantity());
    List<IExpr> rules = new ArrayList<>();
    for (String x : lemmaSymbols) {
      Expression value = with.get(x);
      if (value == null && !context.symbols.contains(x)) {
        return StepResult.failed(Rules.invalid("the symbol " + x + " of " + t.id()
            + " has no value here: give it under with: or declare it"));
      }
      rules.add(F.Rule(Sandbox.get().symbol(x), value != null ? value.symja() : Sandbox.get().symbol(x)));
    }
    IExpr substitution = F.List(rules.toArray(new IExpr[0]));
    Decision named = quantityName(context, t);
    if (!named.passes()) {
      return StepResult.failed(named);
    }
    Decision witnesses = witnesses(context, t);
    if (!witnesses.passes()) {
      return StepResult.failed(witnesses);
    }
    IExpr quantity = Sandbox.get().evaluate(F.ReplaceAll(Sandbox.get().symbol(t.quantity()), substitution));
    IExpr bound = Sandbox.get().evaluate(F.ReplaceAll(t.bound().symja(), substitution));
    Decision relation = relation(t, quantity);
    if (!relation.passes()) {
      return StepResult.failed(relation);
    }
    Decision l = context.identity(fact.lhs().symja(), quantity);
    if (!l.passes()) {
      return StepResult.failed(l.about("the left side is not " + t.id() + "'s quantity under the substitution, "
          + Expression.inputForm(quantity)));
    }
    Decision r = context.identity(fact.rhs().symja(), bound);
    if (!r.passes()) {
      return StepResult.failed(r.about("the right side is not " + t.id() + "'s bound under the substitution, "
          + Expression.inputForm(bound)));
    }
    Status level = Status.weakest(l.status(), r.status());
    List<String> notes = new ArrayList<>();
    for (Map.Entry<String, Expression> c : t.constants().entrySet()) {
      if (!t.isExistential(c.getKey())) {
        Decision h = hypothesis(context, t, c.getValue(), substitution, notes);
        if (!h.passes()) {
          return StepResult.failed(h);
        }
        level = Status.weakest(level, h.status());
      }
    }
    List<Expression> hypotheses = new ArrayList<>();
    for (String resource : t.resources()) {
      hypotheses.add(Expression.of(F.Greater(Sandbox.get().symbol(resource), F.C0)));
    }
    hypotheses.addAll(t.assumptions());
    for (Expression a : hypotheses) {
      Decision h = hypothesis(context, t, a, substitution, notes);
      if (!h.passes()) {
        return StepResult.failed(h);
      }
      level = Status.weakest(level, h.status());
    }
    for (String c : t.exists()) {
      IExpr condition = Sandbox.get().evaluate(F.ReplaceAll(t.constants().get(c).symja(), substitution));
      context.assume(Expression.of(condition));
    }
    List<Expression> failure = new ArrayList<>();
    if (t.failureProbability().isPresent()) {
      failure.add(Expression.of(Sandbox.get().evaluate(F.ReplaceAll(t.failureProbability().get().symja(), substitution))));
    }
    Established.Mode mode = t.kind() == Kind.ESTIMATE ? Established.Mode.ESTIMATE : switch (t.holds()) {
      case SURELY, WITH_PROBABILITY -> Established.Mode.POINTWISE;
      case IN_EXPECTATION -> Established.Mode.EXPECTATION;
      case ROOT_MEAN_SQUARE -> Established.Mode.ROOT_MEAN_SQUARE;
    };
    String how = "instance of " + t.id() + (t.holds() == Holds.SURELY ? "" : " (" + t.holds().key() + ")")
        + "; hypotheses: " + (notes.isEmpty() ? "none beyond positivity" : String.join("; ", notes));
    Decision d = new Decision(level, level == Status.PROVED ? scalebound.verdict.Evidence.EXACT
        : scalebound.verdict.Evidence.SAMPLED, how, null);
    return StepResult.of(d, new Established(id, fact, mode, failure, level, null));
  }

  private Decision relation(Theorem t, IExpr quantity) {
    Relation expected = t.kind() == Kind.UPPER_BOUND ? Relation.LE : t.kind() == Kind.LOWER_BOUND ? Relation.GE : null;
    if (expected == null && fact.relation() == Relation.EQ) {
      return Rules.invalid(t.id() + " is an estimate (up to constants); an instance of it is never an equality");
    }
    if (expected != null && fact.relation() != expected) {
      return Rules.invalid(t.id() + " is a " + t.kind().key() + ", so its instance reads "
          + Expression.inputForm(quantity) + " " + expected.symbol() + " ...; the step states " + fact.relation().symbol());
    }
    return Decision.proved(scalebound.verdict.Evidence.EXACT, "relation");
  }

  /**
   * The lemma's quantity may be given another name, never an expression: {@code with:
   * {MinimaxRisk: "2/n - Q"}} would turn a lower bound on one quantity into an upper bound on
   * Q. The name is a symbol of the proof without a declared condition, and not a resource,
   * tunable or constant of the theorem proved (its quantity is allowed). An instance at other
   * values of the lemma's symbols is another quantity: Q(n) <= 1/n at n -> n^2 says Q(n^2) <=
   * 1/n^2, so a step that substitutes must rename the quantity. And a symbol stands for one
   * lemma quantity only: naming Prob <= 1 and Size >= 2 both Risk would give Risk <= 0.
   */
  private Decision quantityName(ProofContext context, Theorem t) {
    Expression v = with.get(t.quantity());
    String name = v == null ? t.quantity() : v.text().strip();
    if (v == null) {
      for (Map.Entry<String, Expression> e : with.entrySet()) {
        if (!t.isExistential(e.getKey()) && !e.getValue().text().strip().equals(e.getKey())) {
          return Rules.invalid("the step instantiates " + t.id() + " at " + e.getKey() + " = " + e.getValue().text()
              + ", where its quantity " + t.quantity() + " is another quantity: rename it under with: ("
              + t.quantity() + ": a fresh symbol of the proof)");
        }
      }
    } else if (!v.symja().isSymbol() || v.symbols().size() != 1) {
      return Rules.invalid(t.quantity() + " is " + t.id() + "'s quantity; it may be renamed to a symbol of the proof, "
          + "not replaced by the expression " + v.text());
    }
    if (v != null && context.isTheoremSymbol(name) && !name.equals(context.theorem.quantity())) {
      return Rules.invalid(t.quantity() + " is " + t.id() + "'s quantity; it cannot be identified with " + name
          + ", a resource, tunable or constant of " + context.theorem.id());
    }
    if (v != null && context.declaredCondition(name)) {
      return Rules.invalid(name + " stands for " + t.id() + "'s quantity " + t.quantity()
          + " and may carry no condition of the proof's choosing; declare it without one (" + name + ": real)");
    }
    Optional<String> earlier = context.quantityOf(name);
    if (earlier.isPresent()) {
      return Rules.invalid(name + " already stands for the quantity of the lemma in step " + earlier.get()
          + "; two lemmas' quantities are different quantities: give this one its own name");
    }
    context.identify(name, id);
    return Decision.proved(scalebound.verdict.Evidence.EXACT, "quantity");
  }

  /**
   * The lemma's existential constants: each must become a fresh symbol of the proof, declared
   * without a condition, not among the theorem's universal symbols; it then depends on the
   * theorem symbols that the lemma's universal constants were replaced by.
   */
  private Decision witnesses(ProofContext context, Theorem t) {
    Set<String> dependsOn = new LinkedHashSet<>();
    for (String c : t.constants().keySet()) {
      if (!t.isExistential(c)) {
        Expression v = with.get(c);
        dependsOn.addAll(v == null ? Set.of(c) : v.symbols());
      }
    }
    for (String c : t.exists()) {
      Expression v = with.get(c);
      String target = v == null ? c : v.text().strip();
      if (v != null && (!v.symja().isSymbol() || v.symbols().size() != 1)) {
        return Rules.invalid(c + " is a constant " + t.id() + " only says exists; it cannot be chosen as "
            + v.text() + ": map it to a fresh symbol of the proof");
      }
      if (context.isTheoremSymbol(target) && !context.theorem.isExistential(target)) {
        return Rules.invalid(c + " is a constant " + t.id() + " only says exists; it cannot be identified with "
            + target + ", which the theorem proved quantifies for all values");
      }
      if (context.mentioned(target)) {
        return Rules.invalid(c + " is a constant " + t.id() + " only says exists; " + target
            + " is used before this step, so it cannot stand for that constant");
      }
      if (context.theorem.isExistential(target)) {
        for (String d : dependsOn) {
          if (!context.theorem.constants().containsKey(d) || context.theorem.isExistential(d)) {
            return Rules.invalid(c + " of " + t.id() + " may depend on " + d + " here (through the substitution of "
                + t.id() + "'s constants), so it cannot serve as " + context.theorem.id() + "'s constant " + target
                + ", which may depend on that theorem's universal constants only");
          }
        }
      }
      if (context.declaredCondition(target)) {
        return Rules.invalid(target + " stands for " + t.id() + "'s constant " + c
            + " and may carry only the lemma's condition; declare it without one (" + target + ": real)");
      }
      context.witness(target, dependsOn);
    }
    return Decision.proved(scalebound.verdict.Evidence.EXACT, "witnesses");
  }

  private Decision hypothesis(ProofContext context, Theorem t, Expression h, IExpr substitution, List<String> notes)
      throws EvaluationRefused {
    IExpr instance = Sandbox.get().evaluate(F.ReplaceAll(h.symja(), substitution));
    for (IExpr[] link : Conditions.links(instance)) {
      Relation rel = Relation.of(link[1]);
      if (rel == null) {
        continue;
      }
      String text = Expression.inputForm(link[0]) + " " + rel.symbol() + " " + Expression.inputForm(link[2]);
      Decision d = rel == Relation.EQ ? context.identity(link[0], link[2])
          : context.inequality(link[0], rel, link[2], List.of(), Map.of());
      if (!d.passes()) {
        return d.about("hypothesis " + text + " of " + t.id() + " fails on the proof's domain");
      }
      notes.add(text + " (" + d.status().label() + ")");
    }
    if (instance.isFalse()) {
      return Rules.invalid("hypothesis " + h.text() + " of " + t.id() + " is false under the substitution");
    }
    return Decision.proved(scalebound.verdict.Evidence.EXACT, "hypotheses");
  }

  @Override
  public String canonical() {
    return "lemma " + lemma + " with " + Canonical.map(with) + ": " + Canonical.fact(fact);
  }
}
