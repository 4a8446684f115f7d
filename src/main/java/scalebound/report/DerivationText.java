package scalebound.report;

import java.util.List;
import java.util.Map;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Derivation;
import scalebound.theorem.Theorem;

/**
 * The human-readable form of a derivation, for the terminal: one {@code key: value} line per
 * derived value; a nested value (allocation exponents, the optimization phase, notes) as indented
 * {@code key: value} lines, a list as indented {@code - item} lines; a phase diagram as one table
 * per law ({@link PhaseDiagramTable}).
 */
public final class DerivationText {
  private DerivationText() {}

  public static String of(Theorem t, Derivation d) {
    StringBuilder s = new StringBuilder();
    s.append(t.id()).append(" — ").append(t.title()).append('\n');
    s.append("  bound: ").append(t.bound().text()).append('\n');
    Map<String, Object> tree = DerivationJson.tree(d);
    for (String key : new String[] {"computeExponent", "computeLogPower", "allocationExponents", "activeTerms",
        "isolatedExponents", "isolatedLogPowers", "isolatedAllocations", "exponentialRates", "optimizationPhase", "threshold", "phaseDiagram", "floor", "notes"}) {
      if (key.equals("phaseDiagram") && !d.diagrams().isEmpty()) {
        s.append("  phaseDiagram:\n");
        d.diagrams().forEach((q, diagram) -> s.append(PhaseDiagramTable.of(q, diagram, "    ")));
      } else if (tree.containsKey(key)) {
        value(s, "  ", "  ", key + ":", tree.get(key));
      }
    }
    for (ClaimVerdict c : d.claims()) {
      s.append(String.format("  %-9s", c.verdict().status().label())).append(c.claim()).append(": stated ").append(c.stated())
          .append(", derived ").append(c.derived() == null ? "(none)" : c.derived()).append(" — ").append(c.detail())
          .append('\n');
    }
    for (CrossCheck c : d.crossChecks()) {
      s.append(String.format("  %-13s", c.verdict().status().label())).append("cross-check ").append(c.quantity())
          .append(": derived ").append(String.format("%.4f", c.derived())).append(", measured ")
          .append(String.format("%.4f", c.measured())).append(" (tolerance ").append(c.tolerance()).append("; ")
          .append(c.how()).append(")\n");
    }
    return s.toString();
  }

  /**
   * {@code label value} on one line for a scalar; otherwise {@code label}, then the parts indented
   * below it ({@code (none)} if there are none). A map inside a list starts on its {@code -} line. {@code lead} begins this line,
   * {@code indent} the lines of the parts.
   */
  private static void value(StringBuilder s, String lead, String indent, String label, Object v) {
    if (v instanceof Map<?, ?> m && m.isEmpty() || v instanceof List<?> l && l.isEmpty()) {
      s.append(lead).append(label).append(" (none)\n");
    } else if (v instanceof Map<?, ?> m) {
      s.append(lead).append(label).append('\n');
      m.forEach((k, x) -> value(s, indent + "  ", indent + "  ", k + ":", x));
    } else if (v instanceof List<?> l) {
      s.append(lead).append(label).append('\n');
      for (Object x : l) {
        if (x instanceof Map<?, ?> m && !m.isEmpty()) {
          String lines = indent + "    ";
          String first = indent + "  - ";
          for (Map.Entry<?, ?> e : m.entrySet()) {
            value(s, first, lines, e.getKey() + ":", e.getValue());
            first = lines;
          }
        } else {
          value(s, indent + "  ", indent + "  ", "-", x);
        }
      }
    } else {
      s.append(lead).append(label).append(' ').append(v).append('\n');
    }
  }
}
