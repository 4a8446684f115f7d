package scalebound.proof;

import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/** The relation of a fact. */
enum Relation {
  LE("<="), LT("<"), GE(">="), GT(">"), EQ("==");

  final String symbol;

  Relation(String symbol) {
    this.symbol = symbol;
  }

  static Relation of(IExpr head) {
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

  boolean strict() {
    return this == LT || this == GT;
  }

  /** Whether facts of this relation say lhs is at most rhs (after orienting). */
  boolean upward() {
    return this == LE || this == LT;
  }
}
