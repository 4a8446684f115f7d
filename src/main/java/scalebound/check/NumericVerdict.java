package scalebound.check;

import scalebound.verdict.Plot;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one scenario against one theorem: whether the theorem survived, a one-line
 * summary, the details a reviewer needs (draws, discards and why, the statistics), the shrunk
 * counterexample when it failed, the seed that reproduces the run, and plots for the report.
 */
public record NumericVerdict(String theorem, Scenario scenario, boolean holds, String summary, List<String> details,
    Optional<Counterexample> counterexample, long seed, List<Plot> plots) {

  public String title() {
    return theorem + " × " + scenario.id();
  }
}
