package scalebound.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;
import scalebound.math.CompiledExpression.Node;
import scalebound.math.CompiledExpression.Op;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.SymbolNames;
import scalebound.symbolic.Vocabulary;

/**
 * Compiles a Symja expression of scalebound's vocabulary once into a {@link CompiledExpression}:
 * the one place that maps the language to arithmetic. Numbers, declared symbols, {@code Plus},
 * {@code Times}, {@code Power} (integer and real exponents), the functions of
 * {@link Vocabulary.Function}, relations (also chained: {@code 0 < x <= 1}) and their
 * conjunction. Anything else is refused at compile time, so a compiled expression can do
 * nothing but compute.
 */
public final class ExpressionCompiler {
  private final List<String> variables;
  private final List<Node> constants = new ArrayList<>();

  private ExpressionCompiler(List<String> variables) {
    this.variables = variables;
  }

  /** Compiles {@code e}; {@code variables} are author names, bound in that order. */
  public static CompiledExpression compile(IExpr e, List<String> variables) throws EvaluationRefused {
    ExpressionCompiler c = new ExpressionCompiler(variables);
    Node root = c.node(e);
    return new CompiledExpression(root, variables, c.constants);
  }

  public static CompiledExpression compile(Expression e, List<String> variables) throws EvaluationRefused {
    return compile(e.symja(), variables);
  }

  private Node constant(Op op, BigInteger numerator, BigInteger denominator) {
    Node n = new Node(op, new Node[0], numerator, denominator, constants.size(), null);
    constants.add(n);
    return n;
  }

  private Node node(IExpr e) throws EvaluationRefused {
    if (e instanceof IInteger i) {
      return constant(Op.CONSTANT, i.toBigNumerator(), BigInteger.ONE);
    }
    if (e instanceof IFraction f) {
      return constant(Op.CONSTANT, f.toBigNumerator(), f.toBigDenominator());
    }
    if (e.isReal()) {
      BigDecimal d = new BigDecimal(e.evalDouble());
      return d.scale() > 0
          ? constant(Op.CONSTANT, d.unscaledValue(), BigInteger.TEN.pow(d.scale()))
          : constant(Op.CONSTANT, d.toBigInteger(), BigInteger.ONE);
    }
    if (e.equals(S.E)) {
      return constant(Op.E, null, null);
    }
    if (e.equals(S.Pi)) {
      return constant(Op.PI, null, null);
    }
    if (e.equals(S.True) || e.equals(S.False)) {
      return Node.of(e.equals(S.True) ? Op.TRUE : Op.FALSE);
    }
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      int i = name == null ? -1 : variables.indexOf(name);
      if (i < 0) {
        throw new EvaluationRefused("no value for the symbol " + (name == null ? Expression.inputForm(e) : name));
      }
      return new Node(Op.VARIABLE, new Node[0], null, null, i, null);
    }
    if (!e.isAST() || e.argSize() == 0) {
      throw new EvaluationRefused("cannot evaluate " + Expression.inputForm(e) + " numerically");
    }
    IExpr h = e.head();
    if (h.equals(S.Inequality)) {
      return chain(e);
    }
    Node[] args = new Node[e.argSize()];
    for (int i = 0; i < args.length; i++) {
      args[i] = node(e.getAt(i + 1));
    }
    Relation relation = Relation.of(h);
    if (relation != null && args.length >= 2) {
      Relation[] links = new Relation[args.length - 1];
      java.util.Arrays.fill(links, relation);
      return new Node(Op.RELATIONS, args, null, null, -1, links);
    }
    if (h.equals(S.And)) {
      return Node.of(Op.AND, args);
    }
    if (h.equals(S.Plus)) {
      return Node.of(Op.PLUS, args);
    }
    if (h.equals(S.Times)) {
      return Node.of(Op.TIMES, args);
    }
    if (h.equals(S.Power) && args.length == 2) {
      if (e.base().equals(S.E)) {
        return Node.of(Op.EXP, args[1]);
      }
      if (e.exponent() instanceof IInteger n) {
        return new Node(Op.INTEGER_POWER, new Node[] {args[0]}, n.toBigNumerator(), BigInteger.ONE, -1, null);
      }
      return Node.of(Op.POWER, args);
    }
    Vocabulary.Function f = Vocabulary.Function.of(h).orElse(null);
    if (f == null || !f.accepts(args.length)) {
      throw new EvaluationRefused("cannot evaluate " + Expression.inputForm(h) + "(...) with " + args.length
          + " arguments: outside the vocabulary " + java.util.Arrays.toString(Vocabulary.Function.values()));
    }
    return switch (f) {
      case EXP -> Node.of(Op.EXP, args);
      case LOG -> args.length == 1 ? Node.of(Op.LOG, args)
          : Node.of(Op.TIMES, Node.of(Op.LOG, args[1]),
              new Node(Op.INTEGER_POWER, new Node[] {Node.of(Op.LOG, args[0])}, BigInteger.ONE.negate(),
                  BigInteger.ONE, -1, null));
      case SQRT -> Node.of(Op.SQRT, args);
      case ABS -> Node.of(Op.ABS, args);
      case MIN -> Node.of(Op.MIN, args);
      case MAX -> Node.of(Op.MAX, args);
    };
  }

  /** Inequality(a, Less, b, LessEqual, c): a chain of relations. */
  private Node chain(IExpr e) throws EvaluationRefused {
    int k = (e.argSize() - 1) / 2;
    Node[] terms = new Node[k + 1];
    Relation[] ops = new Relation[k];
    for (int i = 0; i <= k; i++) {
      terms[i] = node(e.getAt(2 * i + 1));
      if (i < k) {
        ops[i] = Relation.of(e.getAt(2 * i + 2));
        if (ops[i] == null) {
          throw new EvaluationRefused("not a relation in a chain: " + Expression.inputForm(e.getAt(2 * i + 2)));
        }
      }
    }
    return new Node(Op.RELATIONS, terms, null, null, -1, ops);
  }
}
