package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import scalebound.derive.PhaseDiagram;

/**
 * A phase diagram as a terminal table: one row per region, columns region, exponent, log power,
 * allocation, active terms and, last because it is the longest, the condition on the constants
 * under which the region's active set is optimal.
 */
final class PhaseDiagramTable {
  private static final String[] HEADER = {"region", "exponent", "log power", "allocation", "active terms", "condition"};

  private PhaseDiagramTable() {}

  /** The table of {@code diagram}, each line starting with {@code indent}. */
  static String of(String law, PhaseDiagram diagram, String indent) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    int n = 1;
    String base = law.startsWith("isolated.") ? law.substring("isolated.".length()) : "C";
    for (PhaseDiagram.Region r : diagram.regions()) {
      StringJoiner allocation = new StringJoiner(", ");
      r.allocation().forEach((x, e) -> allocation.add(x + " ~ " + base + "^(" + e.text() + ")"
          + (r.notUnique().contains(x) ? " (one optimum of several)" : "")));
      rows.add(new String[] {String.valueOf(n++), r.exponent().text(), r.logPower(),
          allocation.length() == 0 ? "-" : allocation.toString(), String.join("; ", r.active()), r.condition()});
    }
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder s = new StringBuilder();
    s.append(indent).append(law).append(": ").append(diagram.regions().size())
        .append(diagram.regions().size() == 1 ? " region" : " regions").append('\n');
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent).append("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(i == row.length - 1 ? row[i] : String.format("%-" + width[i] + "s  ", row[i]));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    for (String note : diagram.notes()) {
      s.append(indent).append("  note: ").append(note).append('\n');
    }
    return s.toString();
  }
}
