package scalebound.report;

import java.util.List;
import scalebound.check.Gate;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.proof.ProofVerdict;
import scalebound.proof.StepVerdict;

/** The terminal report of the gate: one block per theorem, failures spelled out. */
public final class GateText {
  private GateText() {}

  public static String of(Gate.Result r) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("%-5s %s  (%s)%n", r.holds() ? "ok" : "FAIL", r.theorem().id(), r.theorem().file()));
    long claims = r.derivation().claims().stream().filter(ClaimVerdict::holds).count();
    long checks = r.derivation().crossChecks().stream().filter(CrossCheck::agrees).count();
    long proofs = r.proofs().stream().filter(ProofVerdict::holds).count();
    s.append(String.format("      claims %d/%d hold; cross-checks %d/%d agree; proofs %d/%d hold; ledger %s%n", claims,
        r.derivation().claims().size(), checks, r.derivation().crossChecks().size(), proofs, r.proofs().size(),
        r.approved().isEmpty() ? "has no entry (run ./scalebound approve)" : r.ledgerDifferences().isEmpty() ? "matches" : "DIFFERS"));
    r.gap().ifPresent(g -> s.append("      tightness against ").append(g.upper()).append(" in ").append(g.in()).append(": ")
        .append(g.note()).append('\n'));
    if (r.gapError() != null) {
      s.append("      tightness: ").append(r.gapError()).append('\n');
    }
    for (String d : r.ledgerDifferences()) {
      s.append("      ledger ").append(d).append('\n');
    }
    for (ClaimVerdict c : r.derivation().claims()) {
      if (!c.holds()) {
        s.append(String.format("      claim %s: stated %s, derived %s — %s%n", c.claim(), c.stated(),
            c.derived() == null ? "(none)" : c.derived(), c.detail()));
      }
    }
    for (CrossCheck c : r.derivation().crossChecks()) {
      if (!c.agrees()) {
        s.append(String.format("      cross-check %s: derived %.4f, measured %.4f (tolerance %s; %s)%n", c.quantity(),
            c.derived(), c.measured(), c.tolerance(), c.how()));
      }
    }
    for (ProofVerdict p : r.proofs()) {
      s.append(String.format("      proof %s: %s (%s)%n", p.id(), p.holds() ? "holds" : "FAILS", p.evidence()));
      for (StepVerdict v : p.steps()) {
        if (!v.holds()) {
          s.append(step(p, v));
        }
      }
      if (!p.concluded()) {
        s.append("        conclusion: ").append(p.conclusion()).append('\n');
      }
    }
    return s.toString();
  }

  static String step(ProofVerdict p, StepVerdict v) {
    StringBuilder s = new StringBuilder();
    s.append(String.format("        step %s (%s, %s:%d): %s%n", v.step(), v.kind(), p.file(), v.line(), v.fact()));
    s.append(String.format("          %s: %s%n", v.evidence(), v.detail()));
    if (v.counterexample() != null) {
      List<String> parts = new java.util.ArrayList<>();
      v.counterexample().forEach((k, x) -> parts.add(k + " = " + x.round(new java.math.MathContext(10)).toString()));
      s.append("          counterexample: ").append(String.join(", ", parts)).append('\n');
    }
    return s.toString();
  }
}
