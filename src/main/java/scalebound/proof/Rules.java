package scalebound.proof;

import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/** Verdicts for steps and proofs that break a rule of the proof format (not a mathematical falsehood). */
final class Rules {
  private Rules() {}

  /** A step or proof that is not a valid argument: it fails, and the detail names the rule. */
  static Decision invalid(String rule) {
    return new Decision(Status.REFUTED, Evidence.NONE, "invalid: " + rule, null);
  }
}
