package scalebound.math;

/**
 * An expression has no real value at a point: the logarithm or a non-integer power of a
 * non-positive number, the root of a negative number, a division by zero; or, as
 * {@link NotRepresentable}, a number too large for the arithmetic. A proof step, a claim or a
 * numeric check never counts such a point as satisfied.
 */
public class NotReal extends ArithmeticException {
  public NotReal(String message) {
    super(message);
  }
}
