package scalebound.proof;

import scalebound.verdict.Verdict;

/** The verdict on one step of a proof, located in its file. */
public record StepVerdict(String step, String kind, String fact, int line, Verdict verdict) {
  public boolean passes() {
    return verdict.passes();
  }
}
