package scalebound.check;

import scalebound.verdict.Plot;
import java.util.List;
import java.util.Optional;
import scalebound.verdict.Counterexample;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * The outcome of one scenario against one theorem: whether the theorem survived, a one-line
 * summary, the details a reviewer needs (draws, discards and why, the statistics), the shrunk
 * counterexample when it failed, the seed that reproduces the run, and plots for the report.
 */
public record NumericVerdict(String theorem, Scenario scenario, Status status, String summary, List<String> details,
    Optional<Counterexample> counterexample, long seed, List<Plot> plots) {

  /** Whether the scenario could have refuted the theorem and did not. */
  public boolean holds() {
    return status == Status.TESTED;
  }

  public String title() {
    return theorem + " × " + scenario.id();
  }

  /**
   * The numeric verdict in the one verdict vocabulary: tested when the scenario could have refuted
   * the theorem and did not, refuted with the shrunk counterexample, inconclusive when nothing
   * was checked.
   */
  public Verdict verdict() {
    return new Verdict(status, Evidence.SIMULATED, summary, counterexample, plots);
  }
}
