package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import scalebound.check.CheckResult;
import scalebound.check.TheoremResult;
import scalebound.proof.StepVerdict;
import scalebound.theorem.Theorem;
import scalebound.verdict.Status;

/**
 * The verdict matrix a reviewer reads first: one row per theorem with its level, provenance,
 * claims, proofs, numeric checks and ledger, and its weak points spelled out (steps only
 * sampled, simulations that only test, checks that were inconclusive), in every output format.
 */
final class Summary {
  private Summary() {}

  record Row(String id, String verdict, String level, String provenance, String claims, String proofs,
      String numerics, String ledger, List<String> weakPoints) {}

  static Row of(TheoremResult r) {
    List<String> weak = new ArrayList<>();
    for (CheckResult.Proof p : r.of(CheckResult.Proof.class)) {
      for (StepVerdict s : p.proof().steps()) {
        if (s.verdict().status() == Status.TESTED) {
          weak.add(p.proof().id() + " step " + s.step() + " only sampled");
        }
      }
      p.proof().requirements().stream().filter(q -> q.verdict().status() == Status.TESTED)
          .forEach(q -> weak.add(p.proof().id() + ": " + q.name() + " only sampled"));
      if (!p.proof().givens().isEmpty()) {
        weak.add(p.proof().id() + " rests on " + p.proof().givens().size() + " given(s)");
      }
    }
    for (CheckResult.Scenario n : r.of(CheckResult.Scenario.class)) {
      long weakDraws = n.numeric().details().stream().filter(d -> d.startsWith("WEAK ")).count();
      if (n.numeric().holds() && weakDraws > 0) {
        weak.add(n.name() + " weak pass (" + weakDraws + " draw(s): " + n.numeric().details().stream()
            .filter(d -> d.startsWith("WEAK ")).findFirst().orElse("") + ")");
      }
    }
    for (CheckResult c : r.checks()) {
      if (c.verdict().status() == Status.INCONCLUSIVE) {
        weak.add(c.name() + " inconclusive");
      }
    }
    return new Row(r.theorem().id(), r.passes() ? "passes" : "FAILS", r.level().label(), provenance(r.theorem()),
        tally(r, CheckResult.Claim.class), tally(r, CheckResult.Proof.class), tally(r, CheckResult.Scenario.class),
        r.of(CheckResult.Ledger.class).get(0).verdict().detail(), weak);
  }

  private static String tally(TheoremResult r, Class<? extends CheckResult> kind) {
    List<? extends CheckResult> all = r.of(kind);
    if (all.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (Status s : Status.values()) {
      long n = all.stream().filter(c -> c.verdict().status() == s).count();
      if (n > 0) {
        parts.add(n + " " + s.label());
      }
    }
    return String.join(", ", parts);
  }

  /** The source's layer, as its file states it. */
  static String provenance(Theorem t) {
    return t.source().layer().map(l -> switch (l) {
      case PAPER -> "paper's claim";
      case RECONSTRUCTION -> "reconstruction";
      case STANDARD -> "standard result";
    }).orElse("provenance not stated");
  }
}
