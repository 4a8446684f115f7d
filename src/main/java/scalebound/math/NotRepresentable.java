package scalebound.math;

/**
 * An expression may well be real at a point, but its value is beyond what the arithmetic can
 * hold (Exp(Exp(Exp(m))) at m = 10^12, or an Apfloat loss of precision). Unlike other
 * {@link NotReal} points, such a point is evidence of nothing: it neither refutes a statement
 * nor counts as satisfying it.
 */
public final class NotRepresentable extends NotReal {
  public NotRepresentable(String message) {
    super(message);
  }
}
