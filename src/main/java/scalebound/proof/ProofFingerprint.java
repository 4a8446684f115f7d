package scalebound.proof;

import java.util.ArrayList;
import java.util.List;
import scalebound.proof.ProofScript.Declared;
import scalebound.proof.ProofScript.Given;
import scalebound.proof.ProofScript.Located;

/**
 * What the ledger records of a proof's text, one canonical line per part: what it proves and
 * concludes, the theorems it cites, its symbols' conditions, its assumptions and allocation,
 * every given (with whether it states a reason), and every step. A new given, a changed step or a
 * changed condition is a visible ledger difference; a change of wording in a title or a reason is
 * not.
 */
final class ProofFingerprint {
  private ProofFingerprint() {}

  static List<String> of(ProofScript p) {
    List<String> out = new ArrayList<>();
    out.add("concludes = " + p.conclusion().describe());
    out.add("uses = " + p.uses().stream().map(ProofScript.Reference::id).sorted().toList());
    for (Declared d : p.symbols()) {
      out.add("symbol." + d.name() + " = " + d.condition().map(Canonical::expression).orElse("real"));
    }
    for (int i = 0; i < p.assumptions().size(); i++) {
      out.add("assume[" + i + "] = " + Canonical.expression(p.assumptions().get(i).expression()));
    }
    for (java.util.Map.Entry<String, Located> a : new java.util.TreeMap<>(p.allocation()).entrySet()) {
      out.add("allocation." + a.getKey() + " = " + Canonical.expression(a.getValue().expression()));
    }
    for (Given g : p.givens()) {
      out.add("given." + g.id() + " = " + Canonical.fact(g.fact()) + (g.why().isBlank() ? " (no reason)" : " (with a reason)"));
    }
    for (Step s : p.steps()) {
      out.add("step." + s.id() + " = " + s.canonical());
    }
    return out;
  }
}
