package scalebound.math;

import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/** A binary relation between two reals, as conditions and facts use them. */
public enum Relation {
  LE("<="), LT("<"), GE(">="), GT(">"), EQ("==");

  private final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  /** The relation whose Symja head is {@code head}, or null. */
  public static Relation of(IExpr head) {
    if (head.equals(S.LessEqual)) {
      return LE;
    }
    if (head.equals(S.Less)) {
      return LT;
    }
    if (head.equals(S.GreaterEqual)) {
      return GE;
    }
    if (head.equals(S.Greater)) {
      return GT;
    }
    if (head.equals(S.Equal)) {
      return EQ;
    }
    return null;
  }

  public boolean strict() {
    return this == LT || this == GT;
  }

  /** Whether facts of this relation say lhs is at most rhs (after orienting). */
  public boolean upward() {
    return this == LE || this == LT;
  }

  /** Whether {@code a REL b} for numbers compared by {@code sign = compare(a, b)}. */
  public boolean holds(int sign) {
    return switch (this) {
      case LE -> sign <= 0;
      case LT -> sign < 0;
      case GE -> sign >= 0;
      case GT -> sign > 0;
      case EQ -> sign == 0;
    };
  }
}
