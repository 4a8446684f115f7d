package scalebound.verdict;

import java.util.List;
import java.util.Optional;

/**
 * The one result type of every check: its status, the evidence behind it, a one-line detail,
 * the counterexample where it fails, and the figures it leaves for the report.
 */
public record Verdict(Status status, Evidence evidence, String detail, Optional<Counterexample> counterexample,
    List<Plot> plots) {
  public Verdict {
    plots = List.copyOf(plots);
  }

  public static Verdict of(Status status, Evidence evidence, String detail) {
    return new Verdict(status, evidence, detail, Optional.empty(), List.of());
  }

  public static Verdict refuted(Evidence evidence, String detail, Counterexample counterexample) {
    return new Verdict(Status.REFUTED, evidence, detail, Optional.ofNullable(counterexample), List.of());
  }

  public boolean passes() {
    return status.passes();
  }

  public Verdict withPlots(List<Plot> more) {
    return new Verdict(status, evidence, detail, counterexample, more);
  }
}
