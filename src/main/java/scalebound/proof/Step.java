package scalebound.proof;

import scalebound.symbolic.EvaluationRefused;

/**
 * One step of a proof. Each kind carries only its own fields and checks itself against the proof
 * so far ({@link ProofContext}); the result is a verdict and, if the step holds, the fact it
 * establishes with the limits on its use.
 */
sealed interface Step
    permits IdentityStep, InequalityStep, LemmaStep, AsymptoticStep, ChainStep, SolveStep, TailStep, DefinitionStep {
  String id();

  /** The kind's name as written in files ({@code kind: chain}). */
  String kind();

  Fact fact();

  int line();

  StepResult check(ProofContext context) throws EvaluationRefused;

  /** The step in a canonical one-line form (the ledger's record of it): kind, its own fields, the fact. */
  String canonical();
}
