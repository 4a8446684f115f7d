package scalebound.math;

import java.math.BigInteger;

/**
 * The operations of scalebound's expression language over one kind of number. The expression
 * compiler ({@link ExpressionCompiler}) turns an expression into calls of these, so each
 * arithmetic supports the whole vocabulary ({@link scalebound.symbolic.Vocabulary}) by
 * construction:
 *
 * <ul>
 *   <li>{@link DoubleArithmetic}: IEEE doubles, for the numerics that evaluate a bound millions of
 *       times; a value that is not a real number is NaN;
 *   <li>{@link PreciseArithmetic}: 50-digit decimals (Apfloat), for second opinions and the
 *       confirmation of counterexamples; a value that is not a real number throws {@link NotReal};
 *   <li>{@link IntervalArithmetic}: intervals with outward rounding and a definedness flag, for
 *       certificates: the true value at every point of a box lies in the computed interval.
 * </ul>
 *
 * Truth values of relations are numbers of the arithmetic: 1 for true, 0 for false; an
 * arithmetic that cannot decide (an interval straddling the comparison, NaN) says so in its own
 * way (the interval [0, 1], NaN).
 */
public interface Arithmetic<T> {
  /** The exact rational numerator/denominator, rounded (outward, for intervals). */
  T rational(BigInteger numerator, BigInteger denominator);

  T e();

  T pi();

  T plus(T a, T b);

  T times(T a, T b);

  /** base^n for an integer n: defined for every real base (but 0 to a negative power). */
  T integerPower(T base, BigInteger n);

  /** base^exponent for a real exponent: defined for base > 0, and for base = 0 when exponent > 0. */
  T power(T base, T exponent);

  T exp(T a);

  /** The natural logarithm: defined for a > 0. */
  T log(T a);

  /** The square root: defined for a >= 0. */
  T sqrt(T a);

  T abs(T a);

  T min(T a, T b);

  T max(T a, T b);

  T truth(boolean value);

  /** The truth value of {@code a REL b}. */
  T compare(Relation relation, T a, T b);

  T and(T a, T b);
}
