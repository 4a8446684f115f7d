package scalebound.report;

import java.util.ArrayList;
import java.util.List;
import scalebound.check.LibraryResult;
import scalebound.check.TheoremResult;

/**
 * The verdict matrix ({@link Summary}) for the terminal: one aligned row per theorem (verdict,
 * level, provenance, claims, proofs, numeric checks), then the weak points of each theorem that
 * has any, so that what is proved, only tested, cited or unchecked is seen at the end of a run.
 */
final class SummaryTable {
  private static final String[] HEADER = {"theorem", "verdict", "level", "provenance", "claims", "proofs", "numerics"};

  private SummaryTable() {}

  static String of(LibraryResult result) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    List<String> weak = new ArrayList<>();
    for (TheoremResult r : result.theorems()) {
      Summary.Row row = Summary.of(r);
      rows.add(new String[] {row.id(), row.verdict(), row.level(), row.provenance(), row.claims(), row.proofs(),
          row.numerics()});
      row.weakPoints().forEach(w -> weak.add(row.id() + ": " + w));
    }
    int[] width = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder s = new StringBuilder("summary\n");
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder("  ");
      for (int i = 0; i < row.length; i++) {
        line.append(String.format("%-" + width[i] + "s  ", row[i]));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
    if (!weak.isEmpty()) {
      s.append("weak points\n");
      weak.forEach(w -> s.append("  - ").append(w).append('\n'));
    }
    return s.toString();
  }
}
