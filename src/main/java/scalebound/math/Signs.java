package scalebound.math;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.symbolic.SymbolNames;
import scalebound.symbolic.Vocabulary;

/**
 * Sign analysis: the sign of an expression from the signs of its symbols, by the rules of
 * arithmetic (a sum of positive terms is positive, a product of positive factors is positive,
 * Exp is positive, an even power is non-negative, ...). Where it applies it settles an inequality
 * 0 < e or 0 <= e on an unbounded domain exactly, including the strict cases at a boundary that
 * interval arithmetic over closed boxes cannot (x*y > 0 for x, y > 0). The symbols' signs come
 * from the domain's conditions: x > a or x >= a with a number a >= 0.
 */
public final class Signs {
  /** What is known of a sign. */
  public enum Sign {
    POSITIVE, NONNEGATIVE, UNKNOWN;

    Sign and(Sign o) {
      return this == UNKNOWN || o == UNKNOWN ? UNKNOWN : this == POSITIVE && o == POSITIVE ? POSITIVE : NONNEGATIVE;
    }
  }

  private final Map<String, Sign> symbols = new LinkedHashMap<>();
  private final List<String> names;
  private final Interval[] box;

  /**
   * The signs the conditions give the symbols directly; a subexpression the rules cannot settle
   * is judged by its interval over the domain's box ({@link Box}).
   */
  public Signs(List<String> names, List<Expression> conditions) {
    this.names = names;
    double[][] ranges = Box.of(names, conditions, Map.of());
    this.box = new Interval[ranges.length];
    for (int i = 0; i < ranges.length; i++) {
      box[i] = Interval.of(ranges[i][0], ranges[i][1]);
    }
    for (int round = 0; round < 3; round++) {
      for (Expression c : conditions) {
        for (IExpr[] link : Conditions.links(c.symja())) {
          lowerBound(link);
        }
      }
    }
  }

  public Sign of(IExpr e) {
    Sign s = rules(e);
    if (s != Sign.POSITIVE && e.isAST()) {
      try {
        Interval v = IntervalFunction.compile(e, names).on(box);
        if (v.defined() && v.lo() > 0) {
          return Sign.POSITIVE;
        }
        if (v.defined() && v.lo() >= 0 && s == Sign.UNKNOWN) {
          return Sign.NONNEGATIVE;
        }
      } catch (EvaluationRefused outsideTheVocabulary) {
        return s;
      }
    }
    return s;
  }

  /**
   * Whether {@code e}, as written, is a real number at every point of the domain: every logarithm
   * of a positive argument, every square root and non-integer power of a non-negative one (a
   * positive one for a non-positive exponent), every division by a positive denominator, as sign
   * analysis shows. A simplified form of {@code e} (Symja cancels Sqrt(-x) - Sqrt(-x) to 0) may be
   * used for a sign only where {@code e} itself is defined.
   */
  public boolean defined(IExpr e) {
    if (!e.isAST()) {
      return true;
    }
    for (int i = 1; i <= e.argSize(); i++) {
      if (!defined(e.getAt(i))) {
        return false;
      }
    }
    IExpr h = e.head();
    if (h.equals(S.Power) && e.argSize() == 2 && !e.base().equals(S.E)) {
      IExpr exponent = e.exponent();
      boolean integer = exponent.isInteger();
      boolean positiveExponent = exponent.isNumber() && exponent.isReal() && exponent.evalDouble() > 0;
      Sign base = of(e.base());
      if (integer && positiveExponent) {
        return true;
      }
      return base == Sign.POSITIVE || (base == Sign.NONNEGATIVE && positiveExponent);
    }
    Vocabulary.Function f = Vocabulary.Function.of(h).orElse(null);
    if (f == Vocabulary.Function.LOG) {
      for (int i = 1; i <= e.argSize(); i++) {
        if (of(e.getAt(i)) != Sign.POSITIVE) {
          return false;
        }
      }
      return e.argSize() == 1 || logarithm(e.getAt(1)) == Sign.POSITIVE;
    }
    if (f == Vocabulary.Function.SQRT) {
      return of(e.getAt(1)) != Sign.UNKNOWN;
    }
    return true;
  }

  /**
   * x > b or x >= b: x is positive when b is a positive number or an expression already known
   * positive (cn >= 8*Ymax^2*kappaK + ... with positive Ymax, kappaK), non-negative when b is 0.
   */
  private void lowerBound(IExpr[] link) {
    Relation r = Relation.of(link[1]);
    if (r == null || r == Relation.EQ) {
      return;
    }
    IExpr symbol = r.upward() ? link[2] : link[0];
    IExpr bound = r.upward() ? link[0] : link[2];
    String name = symbol.isSymbol() ? SymbolNames.decode(symbol.toString()) : null;
    if (name == null) {
      return;
    }
    Sign s;
    if (bound.isNumber() && bound.isReal()) {
      double b = bound.evalDouble();
      s = b > 0 || (b == 0 && r.strict()) ? Sign.POSITIVE : b == 0 ? Sign.NONNEGATIVE : Sign.UNKNOWN;
    } else {
      Sign b = rules(bound);
      s = b == Sign.POSITIVE || (b == Sign.NONNEGATIVE && r.strict()) ? Sign.POSITIVE : b;
    }
    if (s != Sign.UNKNOWN) {
      symbols.merge(name, s, (a, x) -> a == Sign.POSITIVE || x == Sign.POSITIVE ? Sign.POSITIVE : Sign.NONNEGATIVE);
    }
  }

  /** Log(x) is positive where x > 1 (and real where x > 0): the sign of (x - 1) over a common denominator. */
  private Sign logarithm(IExpr x) {
    if (of(x) != Sign.POSITIVE) {
      return Sign.UNKNOWN;
    }
    try {
      return of(Sandbox.get().evaluate(F.Together(F.Subtract(x, F.C1))));
    } catch (EvaluationRefused refused) {
      return Sign.UNKNOWN;
    }
  }

  private Sign rules(IExpr e) {
    if (e.isNumber()) {
      if (!e.isReal()) {
        return Sign.UNKNOWN;
      }
      double v = e.evalDouble();
      return v > 0 ? Sign.POSITIVE : v == 0 ? Sign.NONNEGATIVE : Sign.UNKNOWN;
    }
    if (e.equals(S.E) || e.equals(S.Pi)) {
      return Sign.POSITIVE;
    }
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      return name == null ? Sign.UNKNOWN : symbols.getOrDefault(name, Sign.UNKNOWN);
    }
    if (!e.isAST() || e.argSize() == 0) {
      return Sign.UNKNOWN;
    }
    IExpr h = e.head();
    if (h.equals(S.Plus)) {
      Sign s = of(e.getAt(1));
      boolean positive = s == Sign.POSITIVE;
      for (int i = 2; i <= e.argSize(); i++) {
        Sign t = of(e.getAt(i));
        positive |= t == Sign.POSITIVE;
        s = s.and(t) == Sign.UNKNOWN ? Sign.UNKNOWN : Sign.NONNEGATIVE;
      }
      return s == Sign.UNKNOWN ? Sign.UNKNOWN : positive ? Sign.POSITIVE : Sign.NONNEGATIVE;
    }
    if (h.equals(S.Times)) {
      Sign s = Sign.POSITIVE;
      for (int i = 1; i <= e.argSize(); i++) {
        s = s.and(of(e.getAt(i)));
      }
      return s;
    }
    if (h.equals(S.Power) && e.argSize() == 2) {
      if (e.base().equals(S.E)) {
        return Sign.POSITIVE;
      }
      Sign base = of(e.base());
      IExpr exponent = e.exponent();
      if (base == Sign.POSITIVE) {
        return Sign.POSITIVE;
      }
      boolean positiveExponent = exponent.isNumber() && exponent.isReal() && exponent.evalDouble() > 0;
      if (base == Sign.NONNEGATIVE && positiveExponent) {
        return Sign.NONNEGATIVE;
      }
      if (exponent.isInteger() && exponent.evalDouble() > 0 && ((long) exponent.evalDouble()) % 2 == 0) {
        return Sign.NONNEGATIVE;
      }
      return Sign.UNKNOWN;
    }
    Vocabulary.Function f = Vocabulary.Function.of(h).orElse(null);
    if (f == null) {
      return Sign.UNKNOWN;
    }
    return switch (f) {
      case EXP -> Sign.POSITIVE;
      case SQRT -> of(e.getAt(1)) == Sign.POSITIVE ? Sign.POSITIVE
          : of(e.getAt(1)) == Sign.NONNEGATIVE ? Sign.NONNEGATIVE : Sign.UNKNOWN;
      case ABS -> of(e.getAt(1)) == Sign.POSITIVE ? Sign.POSITIVE : Sign.NONNEGATIVE;
      case MIN -> {
        Sign s = Sign.POSITIVE;
        for (int i = 1; i <= e.argSize(); i++) {
          s = s.and(of(e.getAt(i)));
        }
        yield s;
      }
      case MAX -> {
        Sign s = Sign.UNKNOWN;
        for (int i = 1; i <= e.argSize(); i++) {
          Sign t = of(e.getAt(i));
          s = t == Sign.POSITIVE || s == Sign.POSITIVE ? Sign.POSITIVE
              : t == Sign.NONNEGATIVE || s == Sign.NONNEGATIVE ? Sign.NONNEGATIVE : Sign.UNKNOWN;
        }
        yield s;
      }
      case LOG -> e.argSize() == 1 ? logarithm(e.getAt(1)) : Sign.UNKNOWN;
    };
  }
}
