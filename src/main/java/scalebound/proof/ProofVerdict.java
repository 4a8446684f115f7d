package scalebound.proof;

import java.nio.file.Path;
import java.util.List;

/** The verdict on a proof: every step, and whether its last fact is what it claims to prove. */
public record ProofVerdict(String id, Path file, String proves, String concludes, List<StepVerdict> steps,
    List<String> givens, boolean concluded, String conclusion) {
  public boolean holds() {
    return concluded && steps.stream().allMatch(StepVerdict::holds);
  }

  /** "n steps: a exact, b certified, c sampled" — the strength of the evidence, for reports and the ledger. */
  public String evidence() {
    long exact = steps.stream().filter(s -> s.holds() && s.evidence().startsWith("exact")).count();
    long certified = steps.stream().filter(s -> s.holds() && s.evidence().startsWith("certified")).count();
    long sampled = steps.stream().filter(s -> s.holds() && s.evidence().startsWith("sampled")).count();
    return steps.size() + " steps: " + exact + " exact, " + certified + " certified, " + sampled + " sampled";
  }
}
