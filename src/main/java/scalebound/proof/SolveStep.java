package scalebound.proof;

import java.util.List;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/**
 * {@code kind: solve}: x == value solves {@code equation} for {@code for: x}: substituting the
 * value makes the two sides equal identically, with Symja's Solve as a second opinion. It names a
 * value, it does not relate quantities, so no chain may use it.
 */
record SolveStep(String id, Fact fact, int line, Expression equation, String solveFor) implements Step {
  @Override
  public String kind() {
    return "solve";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    IExpr x = Sandbox.get().symbol(solveFor);
    if (fact.relation() != Relation.EQ || !fact.lhs().symja().equals(x)) {
      return StepResult.failed(Rules.invalid("a solve step states " + solveFor + " == value"));
    }
    IExpr value = fact.rhs().symja();
    IExpr eq = equation.symja();
    if (!eq.isAST(S.Equal, 3)) {
      return StepResult.failed(Rules.invalid("the equation must be lhs == rhs"));
    }
    IExpr lhs = Sandbox.get().evaluate(F.ReplaceAll(eq.getAt(1), F.Rule(x, value)));
    IExpr rhs = Sandbox.get().evaluate(F.ReplaceAll(eq.getAt(2), F.Rule(x, value)));
    Decision e = context.identity(lhs, rhs);
    if (!e.passes()) {
      return StepResult.failed(e.about("the value does not solve the equation"));
    }
    boolean agrees = false;
    IExpr solutions = Sandbox.get().evaluate(F.Solve(eq, x));
    if (solutions.isList()) {
      for (IExpr sol : (Iterable<IExpr>) solutions) {
        IExpr rule = sol.isList() && sol.argSize() > 0 ? sol.getAt(1) : sol;
        if (!rule.isRuleAST()) {
          continue;
        }
        IExpr v = rule.second();
        if (v.isAST(S.ConditionalExpression)) {
          v = v.getAt(1).replaceAll(y -> y.isAST(S.C, 2) ? F.C0 : F.NIL).orElse(v.getAt(1));
        }
        try {
          agrees |= context.identity(Sandbox.get().evaluate(v), value).passes();
        } catch (EvaluationRefused notReal) {
          continue;
        }
      }
    }
    Decision d = new Decision(e.status(), e.evidence(), "the value solves the equation (" + e.detail() + "); "
        + (agrees ? "Symja's Solve gives the same solution (principal branch)" : "Symja's Solve did not produce this solution"),
        null);
    return StepResult.of(d, new Established(id, fact, Established.Mode.SOLUTION, List.of(), e.status(),
        "a solve step names a solution of an equation, not a relation between quantities"));
  }

  /** The equation's text, for the conclusion check of a threshold claim. */
  String equationText() {
    return Expression.inputForm(equation.symja());
  }

  @Override
  public String canonical() {
    return "solve " + Canonical.expression(equation) + " for " + solveFor + ": " + Canonical.fact(fact);
  }
}
