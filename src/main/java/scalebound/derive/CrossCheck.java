package scalebound.derive;

/**
 * A derived exponent against the slope measured by numerical minimisation of the bound
 * (an independent route). {@code quantity} names what was compared, e.g.
 * {@code computeExponent} or {@code allocationExponents.m}.
 */
public record CrossCheck(String quantity, double derived, double measured, double tolerance, String how) {
  public boolean agrees() {
    return Math.abs(derived - measured) <= tolerance;
  }
}
