package scalebound.proof;

import java.util.List;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.SymbolNames;

/**
 * The natural interval extension of an expression: every operation replaced by its interval
 * counterpart, so that for any point of a box the value of the expression lies in the interval
 * computed on the box (the fundamental theorem of interval arithmetic, Moore et al. 2009, Thm 5.1).
 */
final class IntervalExtension {
  private interface Node {
    Interval on(Interval[] box);
  }

  private final Node root;

  private IntervalExtension(Node root) {
    this.root = root;
  }

  static IntervalExtension of(IExpr e, List<String> symbols) throws EvaluationRefused {
    return new IntervalExtension(node(e, symbols));
  }

  Interval on(Interval[] box) {
    return root.on(box);
  }

  private static Node node(IExpr e, List<String> symbols) throws EvaluationRefused {
    if (e instanceof IInteger i) {
      double d = i.toBigNumerator().doubleValue();
      Interval v = i.toBigNumerator().bitLength() < 53 ? new Interval(d, d) : Interval.point(d);
      return b -> v;
    }
    if (e instanceof IFraction f) {
      Interval v = Interval.point(f.toBigNumerator().doubleValue() / f.toBigDenominator().doubleValue());
      Interval wide = new Interval(Math.nextDown(v.lo()), Math.nextUp(v.hi()));
      return b -> wide;
    }
    if (e.equals(S.E)) {
      Interval v = Interval.point(Math.E);
      return b -> v;
    }
    if (e.equals(S.Pi)) {
      Interval v = Interval.point(Math.PI);
      return b -> v;
    }
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      int i = name == null ? -1 : symbols.indexOf(name);
      if (i < 0) {
        throw new EvaluationRefused("no range for the symbol " + (name == null ? e : name));
      }
      return b -> b[i];
    }
    if (!e.isAST()) {
      throw new EvaluationRefused("no interval extension for " + Expression.inputForm(e));
    }
    Node[] args = new Node[e.argSize()];
    for (int i = 0; i < args.length; i++) {
      args[i] = node(e.getAt(i + 1), symbols);
    }
    IExpr h = e.head();
    if (h.equals(S.Plus)) {
      return b -> {
        Interval s = args[0].on(b);
        for (int i = 1; i < args.length; i++) {
          s = s.plus(args[i].on(b));
        }
        return s;
      };
    }
    if (h.equals(S.Times)) {
      return b -> {
        Interval p = args[0].on(b);
        for (int i = 1; i < args.length; i++) {
          p = p.times(args[i].on(b));
        }
        return p;
      };
    }
    if (h.equals(S.Power) && args.length == 2) {
      IExpr exponent = e.exponent();
      if (e.base().equals(S.E)) {
        return b -> args[1].on(b).exp();
      }
      if (exponent instanceof IInteger n && n.toBigNumerator().bitLength() < 31) {
        long k = n.toBigNumerator().longValue();
        return b -> args[0].on(b).pow(k);
      }
      return b -> args[0].on(b).pow(args[1].on(b));
    }
    if (h.equals(S.Exp) && args.length == 1) {
      return b -> args[0].on(b).exp();
    }
    if (h.equals(S.Log) && args.length == 1) {
      return b -> args[0].on(b).log();
    }
    if (h.equals(S.Sqrt) && args.length == 1) {
      return b -> args[0].on(b).sqrt();
    }
    if (h.equals(S.Abs) && args.length == 1) {
      return b -> args[0].on(b).abs();
    }
    throw new EvaluationRefused("no interval extension for " + h + "(...)");
  }
}
