package scalebound.report;

import scalebound.verdict.Counterexample;
import scalebound.check.NumericVerdict;

/** A numeric verdict as plain text: verdict line, details, and the counterexample with its reproduction. */
public final class NumericText {
  private NumericText() {}

  public static String of(NumericVerdict v) {
    StringBuilder b = new StringBuilder();
    b.append("  ").append(String.format("%-13s", v.verdict().status().label().toUpperCase())).append(v.title()).append(" [").append(v.scenario().check().label())
        .append("]\n");
    b.append("         ").append(v.summary()).append('\n');
    for (String d : v.details()) {
      b.append("         ").append(d).append('\n');
    }
    if (v.counterexample().isPresent()) {
      Counterexample c = v.counterexample().get();
      b.append("         counterexample (shrunk in ").append(c.shrinkSteps()).append(" steps): ")
          .append(c.parameters()).append('\n');
      b.append("           ").append(c.finding()).append('\n');
      if (!c.symbols().isEmpty()) {
        b.append("           theorem symbols: ").append(c.symbols()).append('\n');
      }
      c.reproduce().ifPresent(r -> b.append("           reproduce: ").append(r).append('\n'));
    }
    return b.toString();
  }
}
