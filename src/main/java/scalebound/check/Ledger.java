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
import scalebound.derive.ClaimVerdict;
import scalebound.derive.Derivation;
import scalebound.derive.Gap;
import scalebound.proof.ProofVerdict;
import scalebound.report.DerivationJson;

/**
 * The approved derivations: {@code proofs-check/ledger/<theorem id>.ledger}, one
 * {@code key = value} line per derived quantity, sorted, so that a change of derivation is a
 * one-line diff in review and {@code check} can print exactly what moved
 * ({@code computeExponent: -1/6 → -1/7}). Same inputs give byte-identical files. Numeric
 * cross-checks are not recorded: they test a derivation rather than state one, and {@code check}
 * fails on any disagreement directly (with or without {@code --no-cross-check}, the ledger reads
 * the same).
 */
public final class Ledger {
  private static final String HEADER = "# scalebound ledger: approved derivations of %s. Regenerate with ./scalebound approve;"
      + " review the diff like code.%n";

  private Ledger() {}

  public static Path file(Path ledgerDir, String id) {
    return ledgerDir.resolve(id + ".ledger");
  }

  /** The ledger entries of one theorem's derivation and the verdicts of its proofs. */
  public static Map<String, String> entries(Derivation d, List<ProofVerdict> proofs, Optional<Gap> gap) {
    Map<String, String> out = new TreeMap<>();
    Map<String, Object> tree = DerivationJson.tree(d);
    tree.remove("claims");
    tree.remove("crossChecks");
    tree.remove("id");
    flatten("", tree, out);
    for (ClaimVerdict c : d.claims()) {
      out.put("claim." + c.claim(), c.holds() ? "holds" : "fails");
    }
    gap.ifPresent(g -> {
      out.put("tightness.against", g.upper() + " in " + g.in());
      out.put("tightness.kind", g.kind());
      out.put("tightness.upperRate", g.upperRate());
      out.put("tightness.lowerRate", g.lowerRate());
      out.put("tightness.gap", g.gap());
      out.put("tightness.tight", String.valueOf(g.tight()));
      if (g.asymptotic() != null) {
        out.put("tightness.asymptotic", g.asymptotic());
      }
    });
    for (ProofVerdict p : proofs) {
      out.put("proof." + p.id(), (p.holds() ? "holds" : "fails") + " (" + p.evidence() + ")");
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static void flatten(String prefix, Object value, Map<String, String> out) {
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : ((Map<Object, Object>) m).entrySet()) {
        flatten(prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey(), e.getValue(), out);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty() || !(list.get(0) instanceof Map)) {
        List<String> items = new ArrayList<>();
        list.forEach(x -> items.add(String.valueOf(x)));
        out.put(prefix, String.join(" ; ", items));
      } else {
        for (int i = 0; i < list.size(); i++) {
          flatten(prefix + "[" + i + "]", list.get(i), out);
        }
      }
    } else {
      out.put(prefix, String.valueOf(value).replace('\n', ' '));
    }
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

  /** "key: approved → now" for every entry that changed, appeared or disappeared. */
  public static List<String> differences(Map<String, String> approved, Map<String, String> now) {
    List<String> out = new ArrayList<>();
    TreeSet<String> keys = new TreeSet<>(approved.keySet());
    keys.addAll(now.keySet());
    for (String k : keys) {
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
