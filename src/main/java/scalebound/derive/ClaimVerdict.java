package scalebound.derive;

import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * One stated claim against its derived value: proved when the values agree exactly (rational
 * arithmetic, or Simplify to 0 confirmed at sample points), tested when only 50-digit sampling
 * agrees, refuted otherwise; the verdict's detail says how, or which terms are active.
 */
public record ClaimVerdict(String claim, String stated, String derived, Verdict verdict) {
  static ClaimVerdict proved(String claim, String stated, String derived, String how) {
    return new ClaimVerdict(claim, stated, derived, Verdict.of(Status.PROVED, Evidence.EXACT, how));
  }

  static ClaimVerdict tested(String claim, String stated, String derived, String how) {
    return new ClaimVerdict(claim, stated, derived, Verdict.of(Status.TESTED, Evidence.SAMPLED, how));
  }

  static ClaimVerdict refuted(String claim, String stated, String derived, String why) {
    return new ClaimVerdict(claim, stated, derived, Verdict.of(Status.REFUTED, Evidence.EXACT, why));
  }

  public boolean holds() {
    return verdict.passes();
  }

  public String detail() {
    return verdict.detail();
  }
}
