package scalebound.derive;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.SignCertifier;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;

/**
 * A region condition in its simplest form. The relation lhs REL rhs is brought to
 * num/den REL 0 (Together), numerator and denominator are factored, and every factor whose sign
 * the constants' conditions fix ({@link SignCertifier}) is divided out, flipping the relation
 * for a negative one: ((2-alpha)*beta)/(-alpha-beta) <= 0 under alpha, beta > 0 is 2 - alpha
 * >= 0. What remains is solved for its symbol when it is linear in one (alpha <= 2), else
 * written with the negative terms moved across (alpha*beta <= alpha + beta).
 *
 * <p>Dividing by a factor of certified sign is an equivalence on the domain, so the rewritten
 * condition holds exactly where the original does; the caller still compares both at its
 * sample points and keeps the original if they ever disagree.
 */
final class ConditionForm {
  private final SignCertifier signs;

  ConditionForm(SignCertifier signs) {
    this.signs = signs;
  }

  /** The simplest form of {@code relation}, or the relation itself if it is not an inequality or equation. */
  IExpr of(IExpr relation) throws EvaluationRefused {
    Rel rel = Rel.of(relation);
    if (rel == null) {
      return relation;
    }
    IExpr together = Sandbox.get().evaluate(F.Together(F.Subtract(relation.first(), relation.second())));
    IExpr numerator = Sandbox.get().evaluate(F.Numerator(together));
    IExpr denominator = Sandbox.get().evaluate(F.Denominator(together));
    boolean flip = false;
    List<IExpr> kept = new ArrayList<>();
    for (IExpr[] part : new IExpr[][] {factors(numerator), factors(denominator)}) {
      List<IExpr> rest = new ArrayList<>();
      for (IExpr f : part) {
        if (f.isNumber()) {
          flip ^= f.isNegative();
        } else if (signs.certify(f, true).isPresent()) {
          continue;
        } else if (signs.certify(F.Negate(f), true).isPresent()) {
          flip = !flip;
        } else {
          rest.add(f);
        }
      }
      kept.add(rest.isEmpty() ? F.C1 : F.Times(rest.toArray(new IExpr[0])));
    }
    if (!kept.get(1).isOne()) {
      return relation;
    }
    Rel r = flip ? rel.flipped() : rel;
    IExpr left = Sandbox.get().evaluate(F.Expand(kept.get(0)));
    if (left.isNumber()) {
      return relation;
    }
    IExpr solved = linearInOne(left, r);
    return solved != null ? solved : moved(left, r);
  }

  private static IExpr[] factors(IExpr e) throws EvaluationRefused {
    IExpr factored = Sandbox.get().evaluate(F.Factor(e));
    if (factored.isTimes()) {
      IExpr[] out = new IExpr[factored.argSize()];
      for (int i = 0; i < out.length; i++) {
        out[i] = factored.getAt(i + 1);
      }
      return out;
    }
    return new IExpr[] {factored};
  }

  /** a*x + b REL 0 with a number a: x REL' -b/a. */
  private static IExpr linearInOne(IExpr left, Rel r) throws EvaluationRefused {
    Set<String> symbols = Expression.of(left).symbols();
    if (symbols.size() != 1) {
      return null;
    }
    IExpr x = Sandbox.get().symbol(symbols.iterator().next());
    IExpr a = Sandbox.get().evaluate(F.Coefficient(left, x, F.C1));
    IExpr b = Sandbox.get().evaluate(F.Subtract(left, F.Times(a, x)));
    if (!a.isNumber() || a.isZero() || !Sandbox.get().evaluate(F.D(b, x)).isZero()) {
      return null;
    }
    Rel s = a.isNegative() ? r.flipped() : r;
    return s.build(x, Sandbox.get().evaluate(F.Divide(F.Negate(b), a)));
  }

  /** Positive terms on the left, the negated negative terms on the right: P REL N. */
  private static IExpr moved(IExpr left, Rel r) throws EvaluationRefused {
    List<IExpr> positive = new ArrayList<>();
    List<IExpr> negative = new ArrayList<>();
    IExpr[] terms = left.isPlus() ? new IExpr[left.argSize()] : new IExpr[] {left};
    for (int i = 0; left.isPlus() && i < terms.length; i++) {
      terms[i] = left.getAt(i + 1);
    }
    for (IExpr t : terms) {
      if (t.isNegativeSigned()) {
        negative.add(Sandbox.get().evaluate(F.Negate(t)));
      } else {
        positive.add(t);
      }
    }
    if (positive.isEmpty() || negative.isEmpty()) {
      return r.build(left, F.C0);
    }
    return r.build(Sandbox.get().evaluate(F.Plus(positive.toArray(new IExpr[0]))),
        Sandbox.get().evaluate(F.Plus(negative.toArray(new IExpr[0]))));
  }

  /** The relation of a condition, and building one. */
  private enum Rel {
    LE, GE, LT, GT, EQ;

    static Rel of(IExpr relation) {
      if (relation.argSize() != 2) {
        return null;
      }
      return relation.isAST(S.LessEqual, 3) ? LE : relation.isAST(S.GreaterEqual, 3) ? GE
          : relation.isAST(S.Less, 3) ? LT : relation.isAST(S.Greater, 3) ? GT : relation.isAST(S.Equal, 3) ? EQ : null;
    }

    Rel flipped() {
      return switch (this) {
        case LE -> GE;
        case GE -> LE;
        case LT -> GT;
        case GT -> LT;
        case EQ -> EQ;
      };
    }

    IExpr build(IExpr a, IExpr b) {
      return switch (this) {
        case LE -> F.LessEqual(a, b);
        case GE -> F.GreaterEqual(a, b);
        case LT -> F.Less(a, b);
        case GT -> F.Greater(a, b);
        case EQ -> F.Equal(a, b);
      };
    }
  }
}
