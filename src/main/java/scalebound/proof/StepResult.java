package scalebound.proof;

import scalebound.verdict.Verdict;

/** What checking a step gave: its verdict, and the fact it establishes when it holds (else null). */
record StepResult(Verdict verdict, Established established) {
  static StepResult of(Decision decision, Established established) {
    return new StepResult(decision.verdict(), decision.passes() ? established : null);
  }

  static StepResult failed(Decision decision) {
    return new StepResult(decision.verdict(), null);
  }
}
