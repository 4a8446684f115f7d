package scalebound.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.Asymptotics;
import scalebound.derive.Law;
import scalebound.derive.Phase;
import scalebound.math.Relation;
import scalebound.proof.ProofScript.Located;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.ClaimName;
import scalebound.theorem.Holds;
import scalebound.theorem.Kind;
import scalebound.theorem.StatedClaim;
import scalebound.theorem.Theorem;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * Whether the proof concludes what it says it concludes, from the theorem's own statement:
 *
 * <ul>
 *   <li><b>statement</b>: the last fact is Quantity REL bound, with the theorem's quantity, the
 *       relation of its kind and its bound; it holds pointwise in the theorem's sense (surely, or
 *       with total failure probability at most the theorem's, or in expectation / mean square);
 *       every constant the theorem only says exists that the proof defined meets the theorem's
 *       condition on it.
 *   <li><b>compute-exponent, compute-log-power</b>: achievability at an allocation the proof states
 *       ({@code allocation:} every resource and tunable as an expression in the compute symbol C):
 *       the allocation costs exactly C, satisfies the theorem's assumptions for large C, and the
 *       last step is an asymptotic step in C whose left side is the theorem's bound at that
 *       allocation and whose right side's law is the claimed one. That no allocation does better
 *       is the engine's exact programme, which the proof does not repeat.
 *   <li><b>threshold</b>: the last step solves the equation "the theorem's optimisation term =
 *       its floor" (both as the engine derives them from the bound at fixed other resources) for
 *       the compute symbol, and the solution is the claimed threshold.
 * </ul>
 */
final class ConclusionCheck {
  private ConclusionCheck() {}

  static Decision check(ProofContext context, List<StepVerdict> verdicts, Map<String, Established> established)
      throws EvaluationRefused {
    ProofScript proof = context.proof;
    if (proof.steps().isEmpty()) {
      return Rules.invalid("the proof has no steps");
    }
    Step last = proof.steps().get(proof.steps().size() - 1);
    Established fact = established.get(last.id());
    if (fact == null) {
      return Rules.invalid("the last step " + last.id() + " does not hold");
    }
    if (proof.conclusion().isStatement()) {
      return statement(context, fact);
    }
    ClaimName claim = proof.conclusion().claim().get();
    Optional<StatedClaim> stated = context.theorem.claims().stream()
        .filter(c -> c.claim() == claim && java.util.Objects.equals(c.subject(), proof.conclusion().subject()))
        .findFirst();
    if (stated.isEmpty()) {
      return Rules.invalid(context.theorem.id() + " states no claim " + proof.conclusion().describe());
    }
    return switch (claim) {
      case COMPUTE_EXPONENT, COMPUTE_LOG_POWER -> computeLaw(context, last, fact, stated.get());
      case THRESHOLD -> threshold(context, last, stated.get());
      default -> Rules.invalid("there is no proof form for the claim " + claim.key() + "; the engine's derivation "
          + "checks it");
    };
  }

  private static Decision statement(ProofContext context, Established fact) throws EvaluationRefused {
    Theorem t = context.theorem;
    Fact f = fact.fact();
    if (fact.unusable() != null) {
      return Rules.invalid("the last fact holds only in part: " + fact.unusable());
    }
    Relation expected = t.kind() == Kind.UPPER_BOUND ? Relation.LE : t.kind() == Kind.LOWER_BOUND ? Relation.GE : null;
    if (expected == null) {
      return Rules.invalid(t.id() + " is an estimate (up to constants); there is no proof form for estimates");
    }
    boolean orientation = f.relation() == expected || (expected.upward() == f.relation().upward()
        && f.relation() != Relation.EQ);
    IExpr quantity = Sandbox.get().symbol(t.quantity());
    if (!f.lhs().symja().equals(quantity) || !orientation) {
      return Rules.invalid("the last fact " + f.text() + " is not the statement " + t.quantity() + " " + expected.symbol()
          + " " + t.bound().text());
    }
    Decision sense = sense(context, t, fact);
    if (!sense.passes()) {
      return sense;
    }
    Decision bound = context.identity(f.rhs().symja(), t.bound().symja());
    if (!bound.passes()) {
      return bound.about("the last fact's bound is not the theorem's bound " + t.bound().text());
    }
    Status level = Status.weakest(sense.status(), bound.status());
    List<String> defined = new ArrayList<>();
    for (String c : t.exists()) {
      if (context.isWitness(c)) {
        Expression condition = t.constants().get(c);
        Optional<Expression> value = context.definition(c);
        if (value.isPresent()) {
          condition = Expression.of(Sandbox.get().evaluate(F.ReplaceAll(condition.symja(),
              F.Rule(Sandbox.get().symbol(c), value.get().symja()))));
        }
        Decision d = holds(context, condition);
        if (!d.passes()) {
          return d.about("the proof defines " + c + ", but not so that " + t.constants().get(c).text());
        }
        level = Status.weakest(level, d.status());
        defined.add(c);
      }
    }
    return new Decision(level, level == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED, "the last fact is the "
        + "statement of " + t.id() + (t.holds() == Holds.SURELY ? "" : " (" + t.holds().key() + ")")
        + (defined.isEmpty() ? "" : "; the constants " + defined + " it only says exist are defined and meet their conditions"),
        null);
  }

  private static Decision sense(ProofContext context, Theorem t, Established fact) throws EvaluationRefused {
    Established.Mode expected = switch (t.holds()) {
      case SURELY, WITH_PROBABILITY -> Established.Mode.POINTWISE;
      case IN_EXPECTATION -> Established.Mode.EXPECTATION;
      case ROOT_MEAN_SQUARE -> Established.Mode.ROOT_MEAN_SQUARE;
    };
    if (fact.mode() != expected) {
      return Rules.invalid(t.id() + " holds " + t.holds().key() + ", but the last fact holds " + fact.mode().words());
    }
    List<Expression> failure = fact.failureProbabilities();
    if (t.holds() == Holds.SURELY || t.holds() == Holds.IN_EXPECTATION || t.holds() == Holds.ROOT_MEAN_SQUARE) {
      return failure.isEmpty() ? Decision.proved(Evidence.EXACT, "sense")
          : Rules.invalid(t.id() + " holds " + t.holds().key() + ", but the last fact rests on probabilistic facts "
              + "(failure probability " + failure.stream().map(Expression::text).toList() + "); state the theorem "
              + "with holds: with-probability and its failure-probability");
    }
    IExpr total = F.C0;
    for (Expression p : failure) {
      total = F.Plus(total, p.symja());
    }
    IExpr stated = t.failureProbability().orElseThrow().symja();
    Decision d = context.inequality(total, Relation.LE, stated, List.of(), Map.of());
    return d.passes() ? d : d.about("the facts it rests on fail with probability up to "
        + Expression.inputForm(Sandbox.get().evaluate(total)) + " (union bound), more than " + t.id() + "'s "
        + t.failureProbability().get().text());
  }

  private static Decision holds(ProofContext context, Expression condition) throws EvaluationRefused {
    Status level = Status.PROVED;
    for (IExpr[] link : Conditions.links(condition.symja())) {
      Relation r = Relation.of(link[1]);
      Decision d = r == Relation.EQ ? context.identity(link[0], link[2])
          : context.inequality(link[0], r, link[2], List.of(), Map.of());
      if (!d.passes()) {
        return d;
      }
      level = Status.weakest(level, d.status());
    }
    return new Decision(level, level == Status.PROVED ? Evidence.CERTIFIED : Evidence.SAMPLED, "holds", null);
  }

  private static Decision computeLaw(ProofContext context, Step last, Established fact, StatedClaim claim)
      throws EvaluationRefused {
    Theorem t = context.theorem;
    if (!(last instanceof AsymptoticStep a) || fact.mode() != Established.Mode.ASYMPTOTIC) {
      return Rules.invalid("a proof of " + claim.name() + " ends with an asymptotic step in the compute symbol");
    }
    if (t.cost().isEmpty()) {
      return Rules.invalid(t.id() + " has no cost, so no compute law");
    }
    Map<String, Located> allocation = context.proof.allocation();
    List<IExpr> rules = new ArrayList<>();
    List<String> variables = new ArrayList<>(t.resources());
    variables.addAll(t.tunables());
    for (String v : variables) {
      Located x = allocation.get(v);
      if (x == null) {
        return Rules.invalid("a proof of " + claim.name() + " states the allocation of every resource and tunable "
            + "under allocation:, and " + v + " has none");
      }
      rules.add(F.Rule(Sandbox.get().symbol(v), x.expression().symja()));
    }
    IExpr substitution = F.List(rules.toArray(new IExpr[0]));
    IExpr c = Sandbox.get().symbol(a.in());
    Decision cost = context.identity(Sandbox.get().evaluate(F.ReplaceAll(t.cost().get().symja(), substitution)), c);
    if (!cost.passes()) {
      return cost.about("the allocation does not cost exactly " + a.in());
    }
    IExpr bound = Sandbox.get().evaluate(F.ReplaceAll(t.bound().symja(), substitution));
    Decision lhs = context.identity(fact.fact().lhs().symja(), bound);
    if (!lhs.passes()) {
      return lhs.about("the last step's left side is not " + t.id() + "'s bound at the stated allocation, "
          + Expression.inputForm(bound));
    }
    Status level = Status.weakest(cost.status(), lhs.status());
    for (Expression h : t.hypotheses(true)) {
      for (IExpr[] link : Conditions.links(Sandbox.get().evaluate(F.ReplaceAll(h.symja(), substitution)))) {
        Decision d = eventually(context, link, a.in());
        if (!d.passes()) {
          return d;
        }
        level = Status.weakest(level, d.status());
      }
    }
    Optional<Law> law = Asymptotics.law(fact.fact().rhs(), a.in(), context.conditions());
    if (law.isEmpty()) {
      return Rules.invalid("no law in " + a.in() + " for " + fact.fact().rhs().text());
    }
    BigFraction value = claim.claim() == ClaimName.COMPUTE_EXPONENT ? law.get().exponent() : law.get().logPower();
    IExpr stated = Sandbox.get().evaluate(claim.value().symja());
    boolean same = (stated.isInteger() || stated.isFraction()) && value != null
        && AsymptoticStep.text(value).equals(Expression.inputForm(stated));
    if (!same) {
      return Rules.invalid("the last step's law has " + (claim.claim() == ClaimName.COMPUTE_EXPONENT ? "exponent "
          : "log power ") + AsymptoticStep.text(value) + ", not the claimed " + claim.value().text());
    }
    return new Decision(level, level == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED, "achievability: at the "
        + "stated allocation (cost exactly " + a.in() + ", the theorem's assumptions hold for large " + a.in()
        + ") the bound is O(" + fact.fact().rhs().text() + "); that no allocation does better is the engine's exact "
        + "programme", null);
  }

  /** Whether lhs REL rhs holds for all large {@code in}, from both sides' laws in it. */
  private static Decision eventually(ProofContext context, IExpr[] link, String in) throws EvaluationRefused {
    Relation r = Relation.of(link[1]);
    String text = Expression.inputForm(link[0]) + " " + r.symbol() + " " + Expression.inputForm(link[2]);
    if (r == Relation.EQ) {
      return context.identity(link[0], link[2]).about("at the allocation, " + text);
    }
    IExpr low = r.upward() ? link[0] : link[2];
    IExpr high = r.upward() ? link[2] : link[0];
    if (low.isZero() || high.isZero()) {
      return context.inequality(link[0], r, link[2], List.of(), Map.of()).about("at the allocation, " + text);
    }
    BigFraction[] lo = order(context, low, in);
    BigFraction[] hi = order(context, high, in);
    if (lo == null || hi == null) {
      return context.inequality(link[0], r, link[2], List.of(), Map.of()).about("at the allocation, " + text);
    }
    int cmp = lo[0].compareTo(hi[0]);
    if (cmp == 0) {
      cmp = lo[1].compareTo(hi[1]);
    }
    if (cmp < 0) {
      return Decision.proved(Evidence.EXACT, "at the allocation " + text + " holds for large " + in);
    }
    if (cmp > 0) {
      return Decision.refuted(Evidence.EXACT, "at the allocation " + text + " fails for large " + in
          + " (the left side grows faster)", null);
    }
    return context.inequality(link[0], r, link[2], List.of(), Map.of()).about("at the allocation, " + text
        + " (both sides of the same order)");
  }

  /**
   * The order of a positive expression as {@code in} grows: {exponent, log power}; a positive
   * expression free of {@code in} is of order {0, 0}. Null when it has no such law.
   */
  private static BigFraction[] order(ProofContext context, IExpr e, String in) throws EvaluationRefused {
    Expression x = Expression.of(e);
    if (!x.symbols().contains(in)) {
      Decision positive = context.inequality(e, Relation.GT, F.C0, List.of(), Map.of());
      return positive.status() == Status.PROVED ? new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO} : null;
    }
    Optional<Law> law = Asymptotics.law(x, in, context.conditions());
    if (law.isEmpty() || law.get().logPower() == null) {
      return null;
    }
    return new BigFraction[] {law.get().exponent(), law.get().logPower()};
  }

  private static Decision threshold(ProofContext context, Step last, StatedClaim claim) throws EvaluationRefused {
    if (!(last instanceof SolveStep s)) {
      return Rules.invalid("a proof of " + claim.name() + " ends with a solve step for the compute symbol");
    }
    Optional<Phase> phase = context.derivation.flatMap(d -> d.phase());
    if (phase.isEmpty() || phase.get().threshold() == null) {
      return Rules.invalid("the engine derives no optimization phase for " + context.theorem.id()
          + ", so there is no optimisation term and floor to solve for");
    }
    Phase p = phase.get();
    IExpr c = Sandbox.get().symbol(s.solveFor());
    IExpr term = F.Times(p.prefactor().symja(), F.Power(S.E, F.Times(F.CN1, p.rate().symja(),
        F.Power(c, F.QQ(F.ZZ(p.cExponent().getNumerator()), F.ZZ(p.cExponent().getDenominator()))))));
    IExpr eq = s.equation().symja();
    Decision lhs = context.identity(eq.getAt(1), term);
    if (!lhs.passes()) {
      return lhs.about("the equation's left side is not " + context.theorem.id() + "'s optimisation term at fixed "
          + "other resources, " + Expression.inputForm(Sandbox.get().evaluate(term)));
    }
    Decision rhs = context.identity(eq.getAt(2), p.floor().symja());
    if (!rhs.passes()) {
      return rhs.about("the equation's right side is not " + context.theorem.id() + "'s floor " + p.floor().text());
    }
    Decision value = context.identity(s.fact().rhs().symja(), claim.value().symja());
    if (!value.passes()) {
      return value.about("the solution is not the claimed threshold " + claim.value().text());
    }
    Status level = Status.weakest(lhs.status(), Status.weakest(rhs.status(), value.status()));
    return new Decision(level, level == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED, "the claimed threshold "
        + "solves: the optimisation term of " + context.theorem.id() + " = its floor (both from the bound at fixed other"
        + " resources)", null);
  }
}
