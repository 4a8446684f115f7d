package scalebound.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.derive.Derivation;
import scalebound.derive.CannotDerive;
import scalebound.derive.Deriver;
import scalebound.derive.Gap;
import scalebound.derive.GapAnalysis;
import scalebound.proof.ProofLibrary;
import scalebound.proof.ProofVerdict;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/**
 * The regression gate behind {@code check}, {@code approve} and the JUnit library tests: for
 * each theorem, its derivation (claims and cross-checks), the verdicts of its proofs, and the
 * comparison with its approved ledger entry.
 *
 * <p>A library is a directory with {@code theorems/} and {@code proofs-check/} (proofs, and
 * the ledger in {@code proofs-check/ledger/}). The library of a theorem file is the nearest
 * ancestor directory that has a {@code proofs-check/} directory, else the installation.
 */
public final class Gate {
  /** What the gate found for one theorem. {@code approved} is empty if the ledger has no entry. */
  public record Result(Theorem theorem, Derivation derivation, List<ProofVerdict> proofs, Optional<Gap> gap,
      String gapError, Map<String, String> entries, Optional<Map<String, String>> approved, Path ledgerFile) {

    public List<String> ledgerDifferences() {
      return approved.map(a -> Ledger.differences(a, entries)).orElse(List.of());
    }

    public boolean holds() {
      return derivation.holds() && proofs.stream().allMatch(ProofVerdict::holds) && gapError == null
          && approved.isPresent() && ledgerDifferences().isEmpty();
    }
  }

  private Gate() {}

  public static Path root(Path theoremFile, Path home) {
    for (Path p = theoremFile.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("proofs-check"))) {
        return p;
      }
    }
    return home;
  }

  public static List<Result> run(List<Theorem> theorems, Path home, boolean crossCheck)
      throws BadInput, EvaluationRefused, IOException {
    return run(theorems, home, crossCheck, r -> { });
  }

  /** As {@link #run(List, Path, boolean)}, reporting each theorem's result as it is done. */
  public static List<Result> run(List<Theorem> theorems, Path home, boolean crossCheck,
      java.util.function.Consumer<Result> progress) throws BadInput, EvaluationRefused, IOException {
    Map<Path, List<Theorem>> byRoot = new LinkedHashMap<>();
    for (Theorem t : theorems) {
      byRoot.computeIfAbsent(root(t.file(), home), k -> new ArrayList<>()).add(t);
    }
    List<Result> out = new ArrayList<>();
    for (Map.Entry<Path, List<Theorem>> group : byRoot.entrySet()) {
      Path root = group.getKey();
      Map<String, Theorem> all = new LinkedHashMap<>();
      Path library = root.resolve("theorems");
      if (Files.isDirectory(library)) {
        for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(library)))) {
          all.put(t.id(), t);
        }
      }
      group.getValue().forEach(t -> all.put(t.id(), t));
      ProofLibrary proofs = ProofLibrary.load(root.resolve("proofs-check"));
      Path ledgerDir = root.resolve("proofs-check").resolve("ledger");
      for (Theorem t : group.getValue()) {
        Derivation d = Deriver.derive(t, crossCheck);
        List<ProofVerdict> verdicts = proofs.check(List.of(t), all);
        Optional<Gap> gap = Optional.empty();
        String gapError = null;
        if (t.tightness().isPresent()) {
          Theorem upper = all.get(t.tightness().get().against());
          try {
            if (upper == null) {
              throw new CannotDerive("tightness.against: no theorem " + t.tightness().get().against() + " in the library");
            }
            gap = Optional.of(GapAnalysis.of(t, d, upper));
          } catch (CannotDerive | EvaluationRefused e) {
            gapError = e.getMessage();
          }
        }
        Map<String, String> entries = Ledger.entries(d, verdicts, gap);
        Path file = Ledger.file(ledgerDir, t.id());
        Result result = new Result(t, d, verdicts, gap, gapError, entries, Ledger.read(file), file);
        progress.accept(result);
        out.add(result);
      }
    }
    return out;
  }
}
