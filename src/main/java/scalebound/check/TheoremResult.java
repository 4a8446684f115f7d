package scalebound.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scalebound.derive.Derivation;
import scalebound.theorem.Theorem;
import scalebound.verdict.Status;

/**
 * Everything checked for one theorem, and its one verdict: computed here and nowhere else.
 * {@code status} is the weakest status of its checks; {@code passes} applies the library's
 * policy; {@code level} says how the statement itself stands (proved by a proof, only tested by
 * simulations or sampled steps, or neither: cited from the literature).
 */
public record TheoremResult(Theorem theorem, Derivation derivation, List<CheckResult> checks, Policy policy,
    Map<String, String> ledgerEntries, Path ledgerFile) {

  public TheoremResult {
    checks = List.copyOf(checks);
  }

  public Status status() {
    Status s = Status.HOLDS;
    for (CheckResult c : checks) {
      s = Status.weakest(s, c.verdict().status());
    }
    return s;
  }

  public boolean passes() {
    return checks.stream().allMatch(c -> policy.passes(c.verdict().status()));
  }

  /** How the statement stands. */
  public enum Level {
    PROVED("proved"), TESTED("tested"), CITED("cited, not checked"), FAILED("fails");

    private final String label;

    Level(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Level level() {
    if (!passes()) {
      return Level.FAILED;
    }
    boolean proved = checks.stream().anyMatch(c -> c instanceof CheckResult.Proof p
        && p.proof().concludes().equals("statement") && p.verdict().status() == Status.PROVED);
    if (proved) {
      return Level.PROVED;
    }
    boolean tested = checks.stream().anyMatch(c -> (c instanceof CheckResult.Proof p && p.proof().concludes()
        .equals("statement")) || c instanceof CheckResult.Scenario);
    return tested ? Level.TESTED : Level.CITED;
  }

  public <T extends CheckResult> List<T> of(Class<T> kind) {
    return checks.stream().filter(kind::isInstance).map(kind::cast).toList();
  }
}
