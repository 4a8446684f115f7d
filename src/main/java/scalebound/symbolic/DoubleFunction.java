package scalebound.symbolic;

import java.util.List;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * An expression compiled once for fast evaluation in double precision, for the numerics that
 * evaluate a bound millions of times (optimisers, root finders, domain sampling). Symbols are
 * bound to positions of the argument array; relations evaluate to 1 (true) or 0 (false).
 * Anything else than arithmetic, Exp, Log, Sqrt, Abs, Min, Max and relations is refused at
 * compile time, so a compiled function cannot do anything but compute.
 */
public final class DoubleFunction {
  private interface Node {
    double at(double[] x);
  }

  private final Node root;

  private DoubleFunction(Node root) {
    this.root = root;
  }

  /** Compiles {@code e}; {@code variables} are author names, bound in that order. */
  public static DoubleFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new DoubleFunction(node(e, variables));
  }

  public static DoubleFunction compile(Expression e, List<String> variables) throws EvaluationRefused {
    return compile(e.symja(), variables);
  }

  public double at(double... x) {
    return root.at(x);
  }

  private static Node node(IExpr e, List<String> vars) throws EvaluationRefused {
    if (e.isNumber()) {
      double v = e.evalDouble();
      return x -> v;
    }
    if (e.equals(S.E)) {
      return x -> Math.E;
    }
    if (e.equals(S.Pi)) {
      return x -> Math.PI;
    }
    if (e.equals(S.True)) {
      return x -> 1;
    }
    if (e.equals(S.False)) {
      return x -> 0;
    }
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      int i = name == null ? -1 : vars.indexOf(name);
      if (i < 0) {
        throw new EvaluationRefused("no value for the symbol " + (name == null ? e : name));
      }
      return x -> x[i];
    }
    if (!e.isAST()) {
      throw new EvaluationRefused("cannot evaluate " + Expression.inputForm(e) + " numerically");
    }
    Node[] args = new Node[e.argSize()];
    for (int i = 0; i < args.length; i++) {
      args[i] = node(e.getAt(i + 1), vars);
    }
    IExpr h = e.head();
    if (h.equals(S.Plus)) {
      return x -> {
        double s = 0;
        for (Node a : args) {
          s += a.at(x);
        }
        return s;
      };
    }
    if (h.equals(S.Times)) {
      return x -> {
        double p = 1;
        for (Node a : args) {
          p *= a.at(x);
        }
        return p;
      };
    }
    if (h.equals(S.Power) && args.length == 2) {
      if (e.base().equals(S.E)) {
        return x -> Math.exp(args[1].at(x));
      }
      return x -> Math.pow(args[0].at(x), args[1].at(x));
    }
    if (h.equals(S.Exp) && args.length == 1) {
      return x -> Math.exp(args[0].at(x));
    }
    if (h.equals(S.Log) && args.length == 1) {
      return x -> Math.log(args[0].at(x));
    }
    if (h.equals(S.Log) && args.length == 2) {
      return x -> Math.log(args[1].at(x)) / Math.log(args[0].at(x));
    }
    if (h.equals(S.Sqrt) && args.length == 1) {
      return x -> Math.sqrt(args[0].at(x));
    }
    if (h.equals(S.Abs) && args.length == 1) {
      return x -> Math.abs(args[0].at(x));
    }
    if (h.equals(S.Min) || h.equals(S.Max)) {
      boolean min = h.equals(S.Min);
      return x -> {
        double v = args[0].at(x);
        for (Node a : args) {
          v = min ? Math.min(v, a.at(x)) : Math.max(v, a.at(x));
        }
        return v;
      };
    }
    if (h.equals(S.Less) || h.equals(S.LessEqual) || h.equals(S.Greater) || h.equals(S.GreaterEqual)
        || h.equals(S.Equal)) {
      return relation(h, args);
    }
    if (h.equals(S.Inequality)) {
      return chain(e, vars);
    }
    if (h.equals(S.And)) {
      return x -> {
        for (Node a : args) {
          if (a.at(x) == 0) {
            return 0;
          }
        }
        return 1;
      };
    }
    throw new EvaluationRefused("cannot evaluate " + h + "(...) numerically");
  }

  private static Node relation(IExpr h, Node[] args) {
    return x -> {
      for (int i = 0; i + 1 < args.length; i++) {
        double a = args[i].at(x);
        double b = args[i + 1].at(x);
        boolean holds = h.equals(S.Less) ? a < b : h.equals(S.LessEqual) ? a <= b
            : h.equals(S.Greater) ? a > b : h.equals(S.GreaterEqual) ? a >= b : a == b;
        if (!holds) {
          return 0;
        }
      }
      return 1;
    };
  }

  /** Inequality(a, Less, b, LessEqual, c): a chain of relations. */
  private static Node chain(IExpr e, List<String> vars) throws EvaluationRefused {
    int k = (e.argSize() - 1) / 2;
    Node[] terms = new Node[k + 1];
    IExpr[] ops = new IExpr[k];
    for (int i = 0; i <= k; i++) {
      terms[i] = node(e.getAt(2 * i + 1), vars);
      if (i < k) {
        ops[i] = e.getAt(2 * i + 2);
      }
    }
    return x -> {
      for (int i = 0; i < k; i++) {
        if (relation(ops[i], new Node[] {terms[i], terms[i + 1]}).at(x) == 0) {
          return 0;
        }
      }
      return 1;
    };
  }
}
