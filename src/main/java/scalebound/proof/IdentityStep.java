package scalebound.proof;

import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;

/** {@code kind: identity}: lhs == rhs on the whole domain ({@link Identity}). */
record IdentityStep(String id, Fact fact, int line) implements Step {
  @Override
  public String kind() {
    return "identity";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    if (fact.relation() != Relation.EQ) {
      return StepResult.failed(Rules.invalid("an identity step states lhs == rhs; use an inequality step for "
          + fact.relation().symbol()));
    }
    Decision d = context.identity(fact.lhs().symja(), fact.rhs().symja());
    return StepResult.of(d, Established.pointwise(id, fact, d.status()));
  }

  @Override
  public String canonical() {
    return "identity: " + Canonical.fact(fact);
  }
}
