package scalebound.symbolic;

import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The links of a condition. Symja parses {@code 0 < x < 1} as {@code Less(0, x, 1)} and
 * {@code 0 < x <= 1} as {@code Inequality(0, Less, x, LessEqual, 1)}; both mean two binary
 * relations. Every reader of conditions goes through here, so a chain is never read as its
 * first link only.
 */
public final class Conditions {
  private Conditions() {}

  /** Each binary relation of {@code c} as {lhs, relation head, rhs}. */
  public static List<IExpr[]> links(IExpr c) {
    List<IExpr[]> out = new ArrayList<>();
    if (c.isAST(S.Inequality)) {
      for (int i = 1; i + 2 <= c.argSize(); i += 2) {
        out.add(new IExpr[] {c.getAt(i), c.getAt(i + 1), c.getAt(i + 2)});
      }
    } else if (c.isAST(S.Less) || c.isAST(S.LessEqual) || c.isAST(S.Greater) || c.isAST(S.GreaterEqual)
        || c.isAST(S.Equal)) {
      for (int i = 1; i + 1 <= c.argSize(); i++) {
        out.add(new IExpr[] {c.getAt(i), c.head(), c.getAt(i + 1)});
      }
    }
    return out;
  }
}
