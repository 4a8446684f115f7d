package scalebound.symbolic;

import java.math.BigDecimal;
import java.util.List;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * An expression compiled once for evaluation in fixed-precision decimal arithmetic (Apfloat,
 * {@value #DIGITS} significant digits), for the many high-precision evaluations of proof
 * checking: the second opinion on identities and the confirmation of counterexamples. Faster
 * than going through Symja's numeric evaluator per point, and with a fixed working precision
 * whatever the magnitudes involved. Real values only: a logarithm or root of a negative number,
 * or a division by zero, throws {@link ArithmeticException}.
 */
public final class PreciseFunction {
  public static final long DIGITS = 50;

  private interface Node {
    Apfloat at(Apfloat[] x);
  }

  private final Node root;

  private PreciseFunction(Node root) {
    this.root = root;
  }

  public static PreciseFunction compile(IExpr e, List<String> variables) throws EvaluationRefused {
    return new PreciseFunction(node(e, variables));
  }

  /** The value at exact decimal arguments (rounded to {@value #DIGITS} digits on entry). */
  public BigDecimal at(BigDecimal[] x) {
    Apfloat[] a = new Apfloat[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = new Apfloat(x[i], DIGITS);
    }
    return new BigDecimal(root.at(a).toString(true));
  }

  public BigDecimal at(double[] x) {
    Apfloat[] a = new Apfloat[x.length];
    for (int i = 0; i < x.length; i++) {
      a[i] = new Apfloat(new BigDecimal(x[i]), DIGITS);
    }
    return new BigDecimal(root.at(a).toString(true));
  }

  private static Apfloat number(java.math.BigInteger n) {
    return new Apfloat(n, DIGITS);
  }

  private static Node node(IExpr e, List<String> vars) throws EvaluationRefused {
    if (e instanceof IInteger i) {
      Apfloat v = number(i.toBigNumerator());
      return x -> v;
    }
    if (e instanceof IFraction f) {
      Apfloat v = number(f.toBigNumerator()).divide(number(f.toBigDenominator()));
      return x -> v;
    }
    if (e.equals(S.E)) {
      Apfloat v = ApfloatMath.exp(new Apfloat(1, DIGITS));
      return x -> v;
    }
    if (e.equals(S.Pi)) {
      Apfloat v = ApfloatMath.pi(DIGITS);
      return x -> v;
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
        Apfloat s = args[0].at(x);
        for (int i = 1; i < args.length; i++) {
          s = s.add(args[i].at(x));
        }
        return s;
      };
    }
    if (h.equals(S.Times)) {
      return x -> {
        Apfloat p = args[0].at(x);
        for (int i = 1; i < args.length; i++) {
          p = p.multiply(args[i].at(x));
        }
        return p;
      };
    }
    if (h.equals(S.Power) && args.length == 2) {
      if (e.base().equals(S.E)) {
        return x -> ApfloatMath.exp(args[1].at(x));
      }
      if (e.exponent() instanceof IInteger n && n.toBigNumerator().bitLength() < 31) {
        long k = n.toBigNumerator().longValue();
        return x -> {
          Apfloat b = args[0].at(x);
          if (b.signum() == 0 && k < 0) {
            throw new ArithmeticException("division by zero");
          }
          return ApfloatMath.pow(b, k);
        };
      }
      return x -> {
        Apfloat b = args[0].at(x);
        if (b.signum() < 0) {
          throw new ArithmeticException("a non-integer power of a negative number");
        }
        return b.signum() == 0 ? b : ApfloatMath.exp(args[1].at(x).multiply(ApfloatMath.log(b)));
      };
    }
    if ((h.equals(S.Exp)) && args.length == 1) {
      return x -> ApfloatMath.exp(args[0].at(x));
    }
    if (h.equals(S.Log) && args.length == 1) {
      return x -> {
        Apfloat v = args[0].at(x);
        if (v.signum() <= 0) {
          throw new ArithmeticException("the logarithm of a non-positive number");
        }
        return ApfloatMath.log(v);
      };
    }
    if (h.equals(S.Sqrt) && args.length == 1) {
      return x -> ApfloatMath.sqrt(args[0].at(x));
    }
    if (h.equals(S.Abs) && args.length == 1) {
      return x -> ApfloatMath.abs(args[0].at(x));
    }
    throw new EvaluationRefused("cannot evaluate " + h + "(...) in fixed precision");
  }
}
