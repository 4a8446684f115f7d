package scalebound.report;

import java.nio.file.Path;
import java.util.Map;
import java.util.StringJoiner;
import scalebound.check.NumericVerdict;
import scalebound.verdict.Counterexample;

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
          .append(NumericText.pairs(c.parameters())).append('\n');
      b.append("           ").append(c.finding()).append('\n');
      if (!c.symbols().isEmpty()) {
        b.append("           theorem symbols: ").append(pairs(c.symbols())).append('\n');
      }
      c.reproduce().ifPresent(r -> b.append("           reproduce: ").append(r).append('\n'));
    }
    return b.toString();
  }

  /** {@code key = value, ...}: bindings and symbol values as a person writes them, not a map dump. */
  public static String pairs(Map<String, ?> m) {
    StringJoiner j = new StringJoiner(", ");
    m.forEach((k, v) -> j.add(k + " = " + v));
    return j.toString();
  }

  /** A path relative to the working directory when it lies below it, as a reader would type it. */
  public static Path relative(Path p) {
    Path here = Path.of("").toAbsolutePath();
    Path file = p.toAbsolutePath().normalize();
    return file.startsWith(here) ? here.relativize(file) : file;
  }

  /** Where a scenario comes from and what it binds: file, bindings, and its note if any. */
  public static String provenance(scalebound.check.Scenario s) {
    return "file " + relative(s.file()) + "; bindings " + pairs(s.bind()) + (s.note().isBlank() ? "" : "; note: " + s.note());
  }
}
