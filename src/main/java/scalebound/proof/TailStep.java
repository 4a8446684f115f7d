package scalebound.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * {@code kind: tail}: a bound in expectation or in mean square turned into a bound that holds
 * with probability at least 1 - δ ({@code failure-probability: δ}), by Markov's inequality:
 *
 * <ul>
 *   <li>from E[Q] <= B with Q >= 0 on the domain: Q <= B/δ except with probability δ;
 *   <li>from Sqrt(E[Q^2]) <= B: |Q| <= B/Sqrt(δ) except with probability δ (Markov on Q^2).
 * </ul>
 * δ must lie in (0, 1] on the domain. The new fact is pointwise and carries δ (plus any failure
 * probability of the fact it comes from).
 */
record TailStep(String id, Fact fact, int line, String from, Expression failureProbability) implements Step {
  @Override
  public String kind() {
    return "tail";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    StringBuilder why = new StringBuilder();
    Optional<Established> found = context.fact(from, why);
    if (found.isEmpty()) {
      return StepResult.failed(Rules.invalid("uses " + why));
    }
    Established f = found.get();
    boolean rms = f.mode() == Established.Mode.ROOT_MEAN_SQUARE;
    if (!(rms || f.mode() == Established.Mode.EXPECTATION) || f.fact().relation() != Relation.LE) {
      return StepResult.failed(Rules.invalid("a tail step starts from an upper bound in expectation or in mean square; "
          + from + " holds " + f.mode().words()));
    }
    if (fact.relation() != Relation.LE) {
      return StepResult.failed(Rules.invalid("a tail step states lhs <= rhs"));
    }
    IExpr delta = failureProbability.symja();
    Status level = f.level();
    for (Decision d : List.of(
        context.inequality(delta, Relation.GT, F.C0, List.of(), Map.of()),
        context.inequality(delta, Relation.LE, F.C1, List.of(), Map.of()))) {
      if (!d.passes()) {
        return StepResult.failed(d.about("the failure probability " + failureProbability.text() + " is not in (0, 1]"));
      }
      level = Status.weakest(level, d.status());
    }
    Decision same = context.identity(fact.lhs().symja(), f.fact().lhs().symja());
    if (!same.passes()) {
      return StepResult.failed(same.about("the left side is not " + from + "'s"));
    }
    if (!rms) {
      Decision nonnegative = context.inequality(f.fact().lhs().symja(), Relation.GE, F.C0, List.of(), Map.of());
      if (!nonnegative.passes()) {
        return StepResult.failed(nonnegative.about("Markov's inequality needs " + f.fact().lhs().text() + " >= 0"));
      }
      level = Status.weakest(level, nonnegative.status());
    }
    IExpr expected = rms ? F.Divide(f.fact().rhs().symja(), F.Sqrt(delta)) : F.Divide(f.fact().rhs().symja(), delta);
    Decision rhs = context.identity(fact.rhs().symja(), expected);
    if (!rhs.passes()) {
      return StepResult.failed(rhs.about("the right side is not " + Expression.inputForm(expected)
          + " (" + (rms ? "Markov on the square" : "Markov") + ")"));
    }
    level = Status.weakest(level, rhs.status());
    List<Expression> failure = new ArrayList<>(f.failureProbabilities());
    failure.add(failureProbability);
    Decision d = new Decision(level, level == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED,
        (rms ? "Markov's inequality on the square of " : "Markov's inequality on ") + from
            + ", failure probability " + failureProbability.text(), null);
    return StepResult.of(d, new Established(id, fact, Established.Mode.POINTWISE, failure, level, null));
  }

  @Override
  public String canonical() {
    return "tail from " + from + " failure probability " + Canonical.expression(failureProbability) + ": "
        + Canonical.fact(fact);
  }
}
