package scalebound.math;

import java.math.BigInteger;
import java.util.List;
import scalebound.symbolic.Budget;

/**
 * An expression compiled once ({@link ExpressionCompiler}): a tree of operations of the
 * vocabulary over variable slots and exact rational constants, evaluated in any
 * {@link Arithmetic}. Double precision has its own primitive path (no boxing: the optimisers
 * evaluate bounds millions of times); it switches over the same {@link Op}s as the generic path
 * and calls the same {@link DoubleArithmetic} operations, so the two cannot drift apart (a
 * missing operation is a compile error: both switches are exhaustive).
 */
public final class CompiledExpression {
  /** The operations a compiled expression is made of. */
  enum Op {
    CONSTANT, VARIABLE, E, PI, TRUE, FALSE,
    PLUS, TIMES, INTEGER_POWER, POWER, EXP, LOG, SQRT, ABS, MIN, MAX,
    /** A chain of relations, a[0] r[0] a[1] r[1] a[2] ...: true iff every link holds. */
    RELATIONS,
    AND
  }

  /**
   * One node: an operation and its arguments; for a constant, its exact value and its slot among
   * the expression's constants; for a variable, its position; for relations, the relations.
   */
  record Node(Op op, Node[] args, BigInteger numerator, BigInteger denominator, int index, Relation[] relations) {
    static Node of(Op op, Node... args) {
      return new Node(op, args, null, null, -1, null);
    }
  }

  private final Node root;
  private final List<String> variables;
  /** The constant nodes (numbers, E, Pi), by slot. */
  private final List<Node> constants;
  private final double[] doubleConstants;

  CompiledExpression(Node root, List<String> variables, List<Node> constants) {
    this.root = root;
    this.variables = List.copyOf(variables);
    this.constants = List.copyOf(constants);
    this.doubleConstants = new double[constants.size()];
    for (int i = 0; i < doubleConstants.length; i++) {
      doubleConstants[i] = constant(constants.get(i), DoubleArithmetic.INSTANCE);
    }
  }

  public List<String> variables() {
    return variables;
  }

  /** This expression in the arithmetic {@code a}, its constants evaluated once. */
  public <T> Evaluator<T> in(Arithmetic<T> a) {
    List<T> values = new java.util.ArrayList<>();
    for (Node c : constants) {
      values.add(constant(c, a));
    }
    return new Evaluator<>(a, values);
  }

  /** The expression bound to one arithmetic. */
  public final class Evaluator<T> {
    private final Arithmetic<T> a;
    private final List<T> constantValues;

    private Evaluator(Arithmetic<T> a, List<T> constantValues) {
      this.a = a;
      this.constantValues = constantValues;
    }

    /** The value at {@code x} (one value per variable, in order). */
    public T at(T[] x) {
      check(x.length);
      Budget.check();
      return eval(root, a, x, constantValues);
    }
  }

  /** The value at {@code x} in double precision. */
  public double at(double[] x) {
    check(x.length);
    Budget.checkOften();
    return eval(root, x, doubleConstants);
  }

  private static <T> T constant(Node n, Arithmetic<T> a) {
    return switch (n.op()) {
      case E -> a.e();
      case PI -> a.pi();
      default -> a.rational(n.numerator(), n.denominator());
    };
  }

  private void check(int given) {
    if (given != variables.size()) {
      throw new IllegalArgumentException("expected " + variables.size() + " values (" + variables + "), got " + given);
    }
  }

  private static <T> T eval(Node n, Arithmetic<T> a, T[] x, List<T> k) {
    Node[] g = n.args();
    return switch (n.op()) {
      case CONSTANT, E, PI -> k.get(n.index());
      case VARIABLE -> x[n.index()];
      case TRUE -> a.truth(true);
      case FALSE -> a.truth(false);
      case PLUS -> {
        T s = eval(g[0], a, x, k);
        for (int i = 1; i < g.length; i++) {
          s = a.plus(s, eval(g[i], a, x, k));
        }
        yield s;
      }
      case TIMES -> {
        T p = eval(g[0], a, x, k);
        for (int i = 1; i < g.length; i++) {
          p = a.times(p, eval(g[i], a, x, k));
        }
        yield p;
      }
      case INTEGER_POWER -> a.integerPower(eval(g[0], a, x, k), n.numerator());
      case POWER -> a.power(eval(g[0], a, x, k), eval(g[1], a, x, k));
      case EXP -> a.exp(eval(g[0], a, x, k));
      case LOG -> a.log(eval(g[0], a, x, k));
      case SQRT -> a.sqrt(eval(g[0], a, x, k));
      case ABS -> a.abs(eval(g[0], a, x, k));
      case MIN, MAX -> {
        T v = eval(g[0], a, x, k);
        for (int i = 1; i < g.length; i++) {
          v = n.op() == Op.MIN ? a.min(v, eval(g[i], a, x, k)) : a.max(v, eval(g[i], a, x, k));
        }
        yield v;
      }
      case RELATIONS -> {
        T truth = a.truth(true);
        T left = eval(g[0], a, x, k);
        for (int i = 1; i < g.length; i++) {
          T right = eval(g[i], a, x, k);
          truth = a.and(truth, a.compare(n.relations()[i - 1], left, right));
          left = right;
        }
        yield truth;
      }
      case AND -> {
        T truth = eval(g[0], a, x, k);
        for (int i = 1; i < g.length; i++) {
          truth = a.and(truth, eval(g[i], a, x, k));
        }
        yield truth;
      }
    };
  }

  private static double eval(Node n, double[] x, double[] k) {
    Node[] g = n.args();
    return switch (n.op()) {
      case CONSTANT, E, PI -> k[n.index()];
      case VARIABLE -> x[n.index()];
      case TRUE -> 1;
      case FALSE -> 0;
      case PLUS -> {
        double s = eval(g[0], x, k);
        for (int i = 1; i < g.length; i++) {
          s += eval(g[i], x, k);
        }
        yield s;
      }
      case TIMES -> {
        double p = eval(g[0], x, k);
        for (int i = 1; i < g.length; i++) {
          p *= eval(g[i], x, k);
        }
        yield p;
      }
      case INTEGER_POWER -> DoubleArithmetic.integerPower(eval(g[0], x, k), n.numerator().doubleValue());
      case POWER -> DoubleArithmetic.power(eval(g[0], x, k), eval(g[1], x, k));
      case EXP -> Math.exp(eval(g[0], x, k));
      case LOG -> DoubleArithmetic.log(eval(g[0], x, k));
      case SQRT -> Math.sqrt(eval(g[0], x, k));
      case ABS -> Math.abs(eval(g[0], x, k));
      case MIN, MAX -> {
        double v = eval(g[0], x, k);
        for (int i = 1; i < g.length; i++) {
          v = n.op() == Op.MIN ? Math.min(v, eval(g[i], x, k)) : Math.max(v, eval(g[i], x, k));
        }
        yield v;
      }
      case RELATIONS -> {
        double truth = 1;
        double left = eval(g[0], x, k);
        for (int i = 1; i < g.length; i++) {
          double right = eval(g[i], x, k);
          truth = DoubleArithmetic.and(truth, DoubleArithmetic.compare(n.relations()[i - 1], left, right));
          left = right;
        }
        yield truth;
      }
      case AND -> {
        double truth = eval(g[0], x, k);
        for (int i = 1; i < g.length; i++) {
          truth = DoubleArithmetic.and(truth, eval(g[i], x, k));
        }
        yield truth;
      }
    };
  }
}
