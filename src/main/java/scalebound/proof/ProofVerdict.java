package scalebound.proof;

import java.nio.file.Path;
import java.util.List;
import scalebound.verdict.Verdict;

/**
 * The verdict on a proof: its level (proved, tested, refuted, inconclusive) with the evidence
 * summarised, the rules it was held to (the theorem's hypotheses imply the proof's domain, no
 * given assumes the statement, no circular citation, the conclusion is what it claims), every
 * step, and the givens it rests on.
 */
public record ProofVerdict(String id, Path file, String proves, String concludes, Verdict verdict,
    List<Requirement> requirements, List<StepVerdict> steps, List<String> givens) {

  /** A rule of the whole proof and how it fared. */
  public record Requirement(String name, Verdict verdict) {}

  public boolean passes() {
    return verdict.passes();
  }
}
