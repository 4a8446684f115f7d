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
import scalebound.symbolic.Sandbox;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * {@code kind: chain}: a combination of established facts. Written as L REL R from facts
 * l_i REL_i r_i with weights w_i (default 1), it holds iff (R - L) - Σ w_i·(r_i - l_i), each fact
 * oriented upward, vanishes identically, every weight of an inequality is non-negative on the
 * domain, and every weighted equality is proved exactly (a sampled equality may be off by an
 * amount a large weight would magnify). This covers transitivity, sums and scaling.
 *
 * <p>Only pointwise facts combine: an asymptotic fact or estimate holds up to constants as a
 * symbol grows, an expectation or mean-square bound is about an average; turning the latter into
 * a pointwise bound is a tail step. The failure probabilities of the facts add (union bound).
 */
record ChainStep(String id, Fact fact, int line, List<String> from, List<Expression> weights) implements Step {
  @Override
  public String kind() {
    return "chain";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    Relation r = fact.relation();
    IExpr claimLow = r.upward() || r == Relation.EQ ? fact.lhs().symja() : fact.rhs().symja();
    IExpr claimHigh = r.upward() || r == Relation.EQ ? fact.rhs().symja() : fact.lhs().symja();
    IExpr combination = F.C0;
    boolean strictSource = false;
    Status level = Status.PROVED;
    List<String> notes = new ArrayList<>();
    List<Expression> failure = new ArrayList<>();
    for (int i = 0; i < from.size(); i++) {
      String fid = from.get(i);
      StringBuilder why = new StringBuilder();
      Optional<Established> found = context.fact(fid, why);
      if (found.isEmpty()) {
        return StepResult.failed(Rules.invalid("uses " + why));
      }
      Established f = found.get();
      if (f.unusable() != null) {
        return StepResult.failed(Rules.invalid("uses " + fid + ", which a chain cannot use: " + f.unusable()));
      }
      if (f.mode() != Established.Mode.POINTWISE) {
        return StepResult.failed(Rules.invalid("uses " + fid + ", which holds " + f.mode().words()
            + "; a chain combines pointwise facts only ("
            + (f.mode() == Established.Mode.EXPECTATION || f.mode() == Established.Mode.ROOT_MEAN_SQUARE
                ? "a tail step turns a bound " + f.mode().words() + " into one with a failure probability"
                : "asymptotic facts and estimates feed only asymptotic conclusions") + ")"));
      }
      Relation fr = f.fact().relation();
      if (r == Relation.EQ && fr != Relation.EQ) {
        return StepResult.failed(Rules.invalid("an equality cannot follow from the inequality " + fid));
      }
      IExpr w = weights.isEmpty() ? F.C1 : weights.get(i).symja();
      if (fr == Relation.EQ) {
        if (f.level() != Status.PROVED) {
          return StepResult.failed(Rules.invalid("uses the equality " + fid + ", which is only " + f.level().label()
              + "; a chain needs equalities proved exactly (a weight would magnify any error)"));
        }
      } else {
        Decision d = weight(context, w, fid);
        if (!d.passes()) {
          return StepResult.failed(d);
        }
        level = Status.weakest(level, d.status());
        if (!weights.isEmpty() && !Sandbox.get().evaluate(w).isNumber()) {
          notes.add(Expression.inputForm(w) + " >= 0 (" + d.status().label() + ")");
        }
        IExpr value = Sandbox.get().evaluate(w);
        strictSource |= fr.strict() && value.isNumber() && value.evalDouble() > 0;
      }
      level = Status.weakest(level, f.level());
      failure.addAll(f.failureProbabilities());
      IExpr low = fr.upward() || fr == Relation.EQ ? f.fact().lhs().symja() : f.fact().rhs().symja();
      IExpr high = fr.upward() || fr == Relation.EQ ? f.fact().rhs().symja() : f.fact().lhs().symja();
      combination = F.Plus(combination, F.Times(w, F.Subtract(high, low)));
    }
    if (r.strict() && !strictSource) {
      return StepResult.failed(Rules.invalid("a strict inequality needs a strict fact with a positive weight among " + from));
    }
    Decision e = context.identity(F.Subtract(claimHigh, claimLow), combination);
    if (!e.passes()) {
      return StepResult.failed(e.about("the fact is not the weighted sum of " + from
          + ": (rhs - lhs) minus the weighted slacks does not vanish"));
    }
    level = Status.weakest(level, e.status());
    String how = "combination of " + from + (weights.isEmpty() ? "" : " with weights " + weights)
        + (notes.isEmpty() ? "" : "; " + String.join("; ", notes))
        + (failure.isEmpty() ? "" : "; failure probability at most " + failure.stream().map(Expression::text).toList());
    Decision d = new Decision(level, level == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED, how, null);
    return StepResult.of(d, new Established(id, fact, Established.Mode.POINTWISE, failure, level, null));
  }

  private static Decision weight(ProofContext context, IExpr w, String fid) throws EvaluationRefused {
    IExpr value = Sandbox.get().evaluate(w);
    if (value.isNumber()) {
      if (!value.isReal() || value.evalDouble() < 0) {
        return Rules.invalid("the weight " + Expression.inputForm(w) + " of " + fid + " is negative");
      }
      return Decision.proved(Evidence.EXACT, "a non-negative number");
    }
    Decision d = context.inequality(w, Relation.GE, F.C0, List.of(), Map.of());
    return d.passes() ? d : d.about("the weight " + Expression.inputForm(w) + " of " + fid + " is negative here");
  }

  @Override
  public String canonical() {
    return "chain from " + from + (weights.isEmpty() ? "" : " weights " + Canonical.all(weights)) + ": "
        + Canonical.fact(fact);
  }
}
