package scalebound.check;

import scalebound.verdict.Status;

/**
 * What a library's gate demands beyond "nothing refuted": whether a result that is only tested
 * (sampled proof steps, simulations) passes, and whether an inconclusive one does. Read from
 * {@code proofs-check/policy.yaml} (keys {@code tested} and {@code inconclusive}, each
 * {@code pass} or {@code fail}); recorded in every ledger entry, so loosening it is a ledger
 * difference a reviewer approves.
 */
public record Policy(boolean testedPasses, boolean inconclusivePasses) {
  /** Tested results pass; inconclusive ones fail. */
  public static final Policy DEFAULT = new Policy(true, false);

  public boolean passes(Status s) {
    return switch (s) {
      case PROVED, HOLDS -> true;
      case TESTED -> testedPasses;
      case INCONCLUSIVE -> inconclusivePasses;
      case REFUTED, CHANGED, ERROR -> false;
    };
  }
}
