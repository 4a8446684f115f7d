package scalebound.proof;

import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * {@code kind: define}: gives a value to a constant that the theorem being proved only says exists
 * ({@code ce == csgd*Sqrt(3/delta)}): the value may use the theorem's universal constants and
 * constants obtained from lemmas (so it never depends on resources, tunables or quantities). From
 * here on the equation is an exact fact; the theorem's condition on the constant is checked when
 * the proof concludes.
 */
record DefinitionStep(String id, Fact fact, int line) implements Step {
  @Override
  public String kind() {
    return "define";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    String name = fact.lhs().text().strip();
    if (fact.relation() != Relation.EQ || !fact.lhs().symja().isSymbol()) {
      return StepResult.failed(Rules.invalid("a definition states c == value for a constant c"));
    }
    if (!context.theorem.isExistential(name)) {
      return StepResult.failed(Rules.invalid(name + " is not a constant that " + context.theorem.id()
          + " only says exists (its exists list); the other symbols are not the proof's to define"));
    }
    if (context.mentioned(name) || context.isWitness(name)) {
      return StepResult.failed(Rules.invalid(name + " is used or defined before this step"));
    }
    for (String s : fact.rhs().symbols()) {
      boolean universal = context.theorem.constants().containsKey(s) && !context.theorem.isExistential(s);
      boolean constantWitness = context.isWitness(s) && context.witnessDependencies(s).stream()
          .allMatch(d -> context.theorem.constants().containsKey(d) && !context.theorem.isExistential(d));
      if (!universal && !constantWitness) {
        return StepResult.failed(Rules.invalid("the value of " + name + " mentions " + s + ", which is neither a "
            + "universal constant of " + context.theorem.id() + " nor a constant obtained from a lemma with such constants"));
      }
    }
    context.define(name, fact.rhs(), fact.rhs().symbols());
    Decision d = Decision.proved(Evidence.EXACT, "defines " + name);
    return StepResult.of(d, Established.pointwise(id, fact, Status.PROVED));
  }

  @Override
  public String canonical() {
    return "define: " + Canonical.fact(fact);
  }
}
