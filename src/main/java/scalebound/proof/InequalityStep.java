package scalebound.proof;

import java.util.List;
import java.util.Map;
import scalebound.math.Box;
import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * {@code kind: inequality}: lhs REL rhs on the domain ({@link InequalityProver}). With
 * {@code assume:} it is decided under extra conditions, with {@code box:} on a box; either way the
 * fact holds only there, so no later step may use it as a fact about the whole domain (unless
 * the box covers the domain).
 */
record InequalityStep(String id, Fact fact, int line, List<Expression> assume, Map<String, double[]> box)
    implements Step {
  @Override
  public String kind() {
    return "inequality";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    if (fact.relation() == Relation.EQ) {
      return StepResult.failed(Rules.invalid("an inequality step states lhs <= rhs (or <, >=, >); use an identity "
          + "step for =="));
    }
    Decision d = context.inequality(fact.lhs().symja(), fact.relation(), fact.rhs().symja(), assume, box);
    Established e = Established.pointwise(id, fact, d.status());
    if (!assume.isEmpty()) {
      e = e.unusable("it holds only under its own assumptions " + assume);
    } else if (!box.isEmpty() && !covers(context)) {
      e = e.unusable("it holds only on its box " + describe() + ", which does not cover the domain");
    }
    return StepResult.of(d, e);
  }

  private boolean covers(ProofContext context) {
    double[][] domain = Box.of(context.symbols, context.conditions(), Map.of());
    double[][] own = Box.of(context.symbols, context.conditions(), box);
    return Box.within(domain, own);
  }

  private String describe() {
    StringBuilder s = new StringBuilder("{");
    box.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(k).append(" in [").append(v[0]).append(", ")
        .append(v[1]).append(']'));
    return s.append('}').toString();
  }

  @Override
  public String canonical() {
    return "inequality: " + Canonical.fact(fact) + (assume.isEmpty() ? "" : " assuming " + Canonical.all(assume))
        + (box.isEmpty() ? "" : " on " + describe());
  }
}
