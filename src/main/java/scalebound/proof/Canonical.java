package scalebound.proof;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scalebound.symbolic.Expression;

/**
 * The canonical text of a proof's parts: expressions in Symja's input form (so spacing and
 * redundant parentheses never make a difference), maps sorted by key.
 */
final class Canonical {
  private Canonical() {}

  static String expression(Expression e) {
    return Expression.inputForm(e.symja());
  }

  static String fact(Fact f) {
    return expression(f.lhs()) + " " + f.relation().symbol() + " " + expression(f.rhs());
  }

  static String all(List<Expression> es) {
    return es.stream().map(Canonical::expression).toList().toString();
  }

  static String map(Map<String, Expression> m) {
    Map<String, String> sorted = new TreeMap<>();
    m.forEach((k, v) -> sorted.put(k, expression(v)));
    return sorted.toString();
  }
}
