package scalebound.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import scalebound.check.CheckResult;
import scalebound.check.LibraryResult;
import scalebound.check.Listener;
import scalebound.check.TheoremResult;
import scalebound.proof.ProofVerdict;
import scalebound.proof.StepVerdict;
import scalebound.verdict.Counterexample;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * The terminal form of a run, one block per theorem as it finishes: the theorem's verdict and
 * level, a count per kind of check, then everything that does not pass spelled out (a changed
 * ledger entry as {@code key: approved → now}, a failing claim, a failing proof step with its
 * file, line and counterexample, a refuted scenario with the command that reproduces it), and
 * every proof's level with its tested steps. At the end, the verdict matrix ({@link SummaryTable})
 * and the weak points.
 */
public final class TheoremText implements Listener {
  private final PrintWriter out;
  private final String verb;

  /** @param verb what the run did, for its last line ("checked", "verified") */
  public TheoremText(PrintWriter out, String verb) {
    this.out = out;
    this.verb = verb;
  }

  @Override
  public void theoremFinished(TheoremResult r) {
    out.print(of(r));
    out.flush();
  }

  @Override
  public void finished(LibraryResult r) {
    out.print(SummaryTable.of(r));
    out.println(r.theorems().size() + " theorem" + (r.theorems().size() == 1 ? "" : "s") + " " + verb + ", "
        + r.failing() + " failing");
    out.flush();
  }

  public static String of(TheoremResult r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%-5s %s  [%s]  (%s)%n", r.passes() ? "ok" : "FAIL", r.theorem().id(), r.level().label(),
        r.theorem().file()));
    s.append("      ").append(count(r, CheckResult.Claim.class, "claims")).append("; ")
        .append(count(r, CheckResult.Measurement.class, "cross-checks")).append("; ")
        .append(count(r, CheckResult.Proof.class, "proofs"));
    if (!r.of(CheckResult.Scenario.class).isEmpty()) {
      s.append("; ").append(count(r, CheckResult.Scenario.class, "scenarios"));
    }
    CheckResult.Ledger ledger = r.of(CheckResult.Ledger.class).get(0);
    s.append("; ledger ").append(!ledger.approved() ? "has no entry (run scalebound approve " + r.theorem().file() + ")"
        : ledger.differences().isEmpty() ? "matches" : "DIFFERS").append('\n');
    for (CheckResult.Tightness t : r.of(CheckResult.Tightness.class)) {
      s.append("      tightness: ").append(t.verdict().detail()).append('\n');
    }
    for (String d : ledger.differences()) {
      s.append("      ledger ").append(d).append('\n');
    }
    for (CheckResult.Claim c : r.of(CheckResult.Claim.class)) {
      if (!r.policy().passes(c.verdict().status())) {
        s.append(String.format("      claim %s: stated %s, derived %s — %s (%s)%n", c.claim().claim(), c.claim().stated(),
            c.claim().derived() == null ? "(none)" : c.claim().derived(), c.verdict().detail(),
            c.verdict().status().label()));
      }
    }
    for (CheckResult.Measurement c : r.of(CheckResult.Measurement.class)) {
      if (!r.policy().passes(c.verdict().status())) {
        s.append("      cross-check ").append(c.check().quantity()).append(": ").append(c.verdict().detail()).append('\n');
      }
    }
    for (CheckResult.Proof p : r.of(CheckResult.Proof.class)) {
      proof(s, p.proof(), r.policy().passes(p.verdict().status()));
    }
    for (CheckResult.Scenario sc : r.of(CheckResult.Scenario.class)) {
      if (!r.policy().passes(sc.verdict().status())) {
        s.append(NumericText.of(sc.numeric()));
      }
    }
    return s.toString();
  }

  private static String count(TheoremResult r, Class<? extends CheckResult> kind, String what) {
    List<? extends CheckResult> all = r.of(kind);
    long proved = all.stream().filter(c -> c.verdict().status() == Status.PROVED).count();
    long tested = all.stream().filter(c -> c.verdict().status() == Status.TESTED).count();
    long failing = all.stream().filter(c -> !r.policy().passes(c.verdict().status())).count();
    List<String> parts = new ArrayList<>();
    if (proved > 0) {
      parts.add(proved + " proved");
    }
    if (tested > 0) {
      parts.add(tested + " tested");
    }
    if (failing > 0) {
      parts.add(failing + " FAILING");
    }
    return what + " " + all.size() + (parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")");
  }

  private static void proof(StringBuilder s, ProofVerdict p, boolean passes) {
    s.append(String.format("      proof %s: %s — %s%n", p.id(), p.verdict().status().label().toUpperCase(),
        p.verdict().detail()));
    for (ProofVerdict.Requirement q : p.requirements()) {
      if (!q.verdict().passes()) {
        s.append("        rule: ").append(q.name()).append(": ").append(q.verdict().detail()).append('\n');
        counterexample(s, q.verdict());
      }
    }
    for (StepVerdict v : p.steps()) {
      if (!v.passes() || (v.verdict().status() == Status.TESTED && !passes)) {
        s.append(step(p, v));
      }
    }
  }

  static String step(ProofVerdict p, StepVerdict v) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("        step %s (%s, %s:%d): %s%n", v.step(), v.kind(), p.file(), v.line(), v.fact()));
    s.append(String.format("          %s (%s): %s%n", v.verdict().status().label(), v.verdict().evidence().label(),
        v.verdict().detail()));
    counterexample(s, v.verdict());
    return s.toString();
  }

  private static void counterexample(StringBuilder s, Verdict v) {
    v.counterexample().ifPresent(c -> s.append("          counterexample: ").append(values(c)).append('\n'));
  }

  private static String values(Counterexample c) {
    List<String> parts = new ArrayList<>();
    c.symbols().forEach((k, x) -> parts.add(k + " = " + x));
    return String.join(", ", parts);
  }
}
