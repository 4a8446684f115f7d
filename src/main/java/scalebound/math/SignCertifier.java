package scalebound.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.symbolic.SymbolNames;

/**
 * Certificates of {@code g >= 0} (or {@code g > 0}) on an unbounded domain that interval branch and
 * bound cannot give, by exact reasoning about signs:
 *
 * <ol>
 *   <li><b>sign analysis</b> ({@link Signs}) of g as written and, where g as written is certainly
 *       real, of its expanded form, its form over a common denominator, and (when every symbol,
 *       base of a power and argument of a Log is positive, so that (x*y)^a = x^a*y^a and
 *       Sqrt(x^2) = x hold: {@link #powerExpandable}) its power-expanded form, applied
 *       twice (Symja's PowerExpand splits a root of a product, then takes each root): a sum of terms
 *       of known sign;
 *   <li><b>reduction at a bound</b>: for a condition x >= b(others) (or x <= b), if ∂g/∂x has a
 *       known sign that makes g smallest at x = b along the whole segment from b to x, then
 *       g >= g(x = b) and it suffices that g(x = b) >= 0, itself certified by sign analysis. This
 *       is how "m above the width threshold" and "C past the threshold" are certified.
 * </ol>
 * Every step is exact (Symja's algebra and the rules of signs); nothing is sampled.
 */
public final class SignCertifier {
  private final List<String> symbols;
  private final List<Expression> conditions;

  public SignCertifier(List<String> symbols, List<Expression> conditions) {
    this.symbols = symbols;
    this.conditions = conditions;
  }

  /** How g >= 0 (> 0 if strict) was certified, or empty. */
  public Optional<String> certify(IExpr g, boolean strict) throws EvaluationRefused {
    Signs signs = new Signs(symbols, conditions);
    if (settled(signs, g, strict)) {
      return Optional.of("certified by sign analysis: every term and factor of the slack has a known sign on the domain");
    }
    if (!signs.defined(g)) {
      return Optional.empty();
    }
    for (Expression c : conditions) {
      for (IExpr[] link : Conditions.links(c.symja())) {
        Optional<String> reduced = atBound(g, strict, link);
        if (reduced.isPresent()) {
          return reduced;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> atBound(IExpr g, boolean strict, IExpr[] link) throws EvaluationRefused {
    Relation r = Relation.of(link[1]);
    if (r == null || r == Relation.EQ) {
      return Optional.empty();
    }
    for (int side = 0; side < 2; side++) {
      IExpr x = link[side * 2];
      IExpr bound = link[2 - side * 2];
      String name = x.isSymbol() ? SymbolNames.decode(x.toString()) : null;
      if (name == null || !symbols.contains(name) || !bound.isFree(x)) {
        continue;
      }
      boolean lower = side == 0 ? !r.upward() : r.upward();
      List<Expression> segment = new ArrayList<>();
      for (Expression c : conditions) {
        if (!c.symbols().contains(name)) {
          segment.add(c);
        }
      }
      segment.add(Expression.of(lower ? F.GreaterEqual(x, bound) : F.LessEqual(x, bound)));
      Signs along = new Signs(symbols, segment);
      IExpr derivative = Sandbox.get().evaluate(F.D(g, x));
      Signs.Sign slope = along.of(lower ? derivative : F.Times(F.CN1, derivative));
      Signs.Sign slopeTogether = slope == Signs.Sign.UNKNOWN
          ? along.of(Sandbox.get().evaluate(F.Together(lower ? derivative : F.Times(F.CN1, derivative)))) : slope;
      if (slopeTogether == Signs.Sign.UNKNOWN || !along.defined(derivative)) {
        continue;
      }
      IExpr atBound = Sandbox.get().evaluate(F.ReplaceAll(g, F.Rule(x, bound)));
      if (settled(new Signs(symbols, segment), atBound, strict)) {
        return Optional.of("certified by reduction to the bound " + name + (lower ? " >= " : " <= ")
            + Expression.inputForm(bound) + ": the slack " + (lower ? "grows" : "falls") + " with " + name
            + " (sign of its derivative) and is non-negative there (sign analysis)");
      }
    }
    return Optional.empty();
  }

  /** Whether sign analysis settles g >= 0 (> 0) in one of its exact forms. */
  private boolean settled(Signs signs, IExpr g, boolean strict) throws EvaluationRefused {
    List<IExpr> forms = new ArrayList<>(List.of(g));
    if (signs.defined(g)) {
      forms.add(F.Expand(g));
      forms.add(F.Together(g));
      forms.add(F.Simplify(g));
      if (powerExpandable(signs, g)) {
        forms.add(F.Together(F.PowerExpand(F.PowerExpand(g))));
      }
    }
    for (IExpr form : forms) {
      IExpr value = form == g ? g : Sandbox.get().evaluate(form);
      Signs.Sign sign = signs.of(value);
      if (value.isZero() && !strict) {
        return true;
      }
      if (sign == Signs.Sign.POSITIVE || (sign == Signs.Sign.NONNEGATIVE && !strict)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether PowerExpand's identities ((x*y)^a = x^a*y^a, (x^b)^c = x^(b*c), Sqrt(x^2) = x,
   * Log(x*y) = Log(x) + Log(y)) hold for g on the domain: every symbol, every base of a power and
   * every argument of a Log is positive by sign analysis. Positive symbols alone are not enough:
   * PowerExpand turns Sqrt((c*n - 10^40)^2) into 10^40 - c*n, false where c*n > 10^40.
   */
  public static boolean powerExpandable(Signs signs, IExpr g) {
    for (String s : Expression.of(g).symbols()) {
      try {
        if (signs.of(Sandbox.get().symbol(s)) != Signs.Sign.POSITIVE) {
          return false;
        }
      } catch (IllegalArgumentException notASymbol) {
        return false;
      }
    }
    return positiveBases(signs, g);
  }

  private static boolean positiveBases(Signs signs, IExpr g) {
    if (!g.isAST()) {
      return true;
    }
    if ((g.isPower() || g.isAST(S.Log, 2)) && signs.of(g.first()) != Signs.Sign.POSITIVE) {
      return false;
    }
    for (int i = 1; i <= g.argSize(); i++) {
      if (!positiveBases(signs, g.getAt(i))) {
        return false;
      }
    }
    return true;
  }
}
