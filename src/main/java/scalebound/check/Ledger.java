package scalebound.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The approved record of a theorem: {@code proofs-check/ledger/<theorem id>.ledger}, one
 * {@code key = value} line per entry ({@link LedgerEntries}), sorted, so that any change is a
 * one-line diff in review and {@code check} can print exactly what moved
 * ({@code statement.term[2].coefficient: 2*lambda → 4*lambda}). The same inputs give
 * byte-identical files.
 */
public final class Ledger {
  private static final String HEADER = "# scalebound ledger: what was approved of %s (statement, derivation, proofs,"
      + " scenarios). Regenerate with scalebound approve; review the diff like code.%n";

  private Ledger() {}

  public static Path file(Path ledgerDir, String id) {
    return ledgerDir.resolve(id + ".ledger");
  }

  public static String render(String id, Map<String, String> entries) {
    StringBuilder s = new StringBuilder(String.format(HEADER, id));
    new TreeMap<>(entries).forEach((k, v) -> s.append(k).append(" = ").append(v).append('\n'));
    return s.toString();
  }

  public static Optional<Map<String, String>> read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      int eq = line.indexOf(" = ");
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 3));
      }
    }
    return Optional.of(out);
  }

  public static void write(Path file, String id, Map<String, String> entries) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, render(id, entries), StandardCharsets.UTF_8);
  }

  /**
   * "key: approved → now" for every entry that changed, appeared or disappeared, among the keys
   * {@code compared} accepts (a run without simulations does not compare their verdicts).
   */
  public static List<String> differences(Map<String, String> approved, Map<String, String> now,
      Predicate<String> compared) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(approved.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
      if (!compared.test(k)) {
        continue;
      }
      String a = approved.get(k);
      String b = now.get(k);
      if (a == null) {
        out.add(k + ": (new) → " + b);
      } else if (b == null) {
        out.add(k + ": " + a + " → (gone)");
      } else if (!a.equals(b)) {
        out.add(k + ": " + a + " → " + b);
      }
    }
    return out;
  }
}
