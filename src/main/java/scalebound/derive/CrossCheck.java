package scalebound.derive;

import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * A derived exponent against the slope measured by numerical minimisation of the bound
 * (an independent route). {@code quantity} names what was compared, e.g.
 * {@code computeExponent} or {@code allocationExponents.m}.
 */
public record CrossCheck(String quantity, double derived, double measured, double tolerance, String how) {
  public boolean agrees() {
    return Math.abs(derived - measured) <= tolerance;
  }

  /** Tested when the measurement agrees, refuted when it disagrees, inconclusive when nothing was measured. */
  public Verdict verdict() {
    String detail = String.format("derived %.4f, measured %.4f (tolerance %s; %s)", derived, measured, tolerance, how);
    if (Double.isNaN(measured)) {
      return Verdict.of(Status.INCONCLUSIVE, Evidence.NONE, "not measured: " + how);
    }
    return Verdict.of(agrees() ? Status.TESTED : Status.REFUTED, Evidence.MEASURED, detail);
  }
}
