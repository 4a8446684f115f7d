package scalebound.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * IEEE double arithmetic. A value that is not a real number (the logarithm of a non-positive
 * number, 0 to a negative power) is NaN, and so is a relation with a NaN operand: "unknown",
 * never true. The static methods are the operations themselves; {@link CompiledExpression}'s
 * primitive path calls them directly.
 */
public final class DoubleArithmetic implements Arithmetic<Double> {
  public static final DoubleArithmetic INSTANCE = new DoubleArithmetic();

  private DoubleArithmetic() {}

  static double value(BigInteger numerator, BigInteger denominator) {
    if (denominator.equals(BigInteger.ONE)) {
      return numerator.doubleValue();
    }
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL64).doubleValue();
  }

  static double integerPower(double base, double n) {
    return base == 0 && n < 0 ? Double.NaN : Math.pow(base, n);
  }

  static double power(double base, double exponent) {
    return base < 0 || (base == 0 && !(exponent > 0)) ? Double.NaN : Math.pow(base, exponent);
  }

  static double log(double a) {
    return a > 0 ? Math.log(a) : Double.NaN;
  }

  static double compare(Relation relation, double a, double b) {
    if (Double.isNaN(a) || Double.isNaN(b)) {
      return Double.NaN;
    }
    return relation.holds(a < b ? -1 : a > b ? 1 : 0) ? 1 : 0;
  }

  /** Kleene conjunction: false if either is false, unknown (NaN) if either is unknown, else true. */
  static double and(double a, double b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : 1;
  }

  @Override
  public Double rational(BigInteger numerator, BigInteger denominator) {
    return value(numerator, denominator);
  }

  @Override
  public Double e() {
    return Math.E;
  }

  @Override
  public Double pi() {
    return Math.PI;
  }

  @Override
  public Double plus(Double a, Double b) {
    return a + b;
  }

  @Override
  public Double times(Double a, Double b) {
    return a * b;
  }

  @Override
  public Double integerPower(Double base, BigInteger n) {
    return integerPower(base, n.doubleValue());
  }

  @Override
  public Double power(Double base, Double exponent) {
    return power(base.doubleValue(), exponent.doubleValue());
  }

  @Override
  public Double exp(Double a) {
    return Math.exp(a);
  }

  @Override
  public Double log(Double a) {
    return log(a.doubleValue());
  }

  @Override
  public Double sqrt(Double a) {
    return Math.sqrt(a);
  }

  @Override
  public Double abs(Double a) {
    return Math.abs(a);
  }

  @Override
  public Double min(Double a, Double b) {
    return Math.min(a, b);
  }

  @Override
  public Double max(Double a, Double b) {
    return Math.max(a, b);
  }

  @Override
  public Double truth(boolean value) {
    return value ? 1.0 : 0.0;
  }

  @Override
  public Double compare(Relation relation, Double a, Double b) {
    return compare(relation, a.doubleValue(), b.doubleValue());
  }

  @Override
  public Double and(Double a, Double b) {
    return and(a.doubleValue(), b.doubleValue());
  }
}
