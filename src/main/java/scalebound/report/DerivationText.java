package scalebound.report;

import java.util.Map;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Derivation;
import scalebound.theorem.Theorem;

/** The human-readable form of a derivation, for the terminal. */
public final class DerivationText {
  private DerivationText() {}

  public static String of(Theorem t, Derivation d) {
    StringBuilder s = new StringBuilder();
    s.append(t.id()).append(" — ").append(t.title()).append('\n');
    s.append("  bound: ").append(t.bound().text()).append('\n');
    Map<String, Object> tree = DerivationJson.tree(d);
    for (String key : new String[] {"computeExponent", "computeLogPower", "allocationExponents", "activeTerms",
        "isolatedExponents", "isolatedLogPowers", "exponentialRates", "optimizationPhase", "threshold", "phaseDiagram", "floor", "notes"}) {
      if (tree.containsKey(key)) {
        s.append("  ").append(key).append(": ").append(tree.get(key)).append('\n');
      }
    }
    for (ClaimVerdict c : d.claims()) {
      s.append(String.format("  %-9s", c.verdict().status().label())).append(c.claim()).append(": stated ").append(c.stated())
          .append(", derived ").append(c.derived() == null ? "(none)" : c.derived()).append(" — ").append(c.detail())
          .append('\n');
    }
    for (CrossCheck c : d.crossChecks()) {
      s.append(String.format("  %-9s", c.verdict().status().label())).append("cross-check ").append(c.quantity())
          .append(": derived ").append(String.format("%.4f", c.derived())).append(", measured ")
          .append(String.format("%.4f", c.measured())).append(" (tolerance ").append(c.tolerance()).append("; ")
          .append(c.how()).append(")\n");
    }
    return s.toString();
  }
}
