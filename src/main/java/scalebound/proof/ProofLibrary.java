package scalebound.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;

/** The proof scripts of a library ({@code proofs-check/}, the ledger excepted), loaded and checked. */
public final class ProofLibrary {
  private final List<ProofScript> proofs;

  private ProofLibrary(List<ProofScript> proofs) {
    this.proofs = proofs;
  }

  /** Loads every proof under {@code dir} (not under its {@code ledger/}); all problems reported together. */
  public static ProofLibrary load(Path dir) throws BadInput {
    List<ProofScript> proofs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> !dir.relativize(p).startsWith("ledger"))
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .sorted().toList();
      } catch (IOException e) {
        throw new BadInput(List.of(new Problem(dir, 0, 0, null, "cannot list the directory: " + e.getMessage())));
      }
      Map<String, Path> ids = new HashMap<>();
      for (Path f : files) {
        try {
          ProofScript p = ProofLoader.load(f);
          Path earlier = ids.putIfAbsent(p.id(), f);
          if (earlier != null) {
            problems.add(new Problem(f, 1, 0, "id", "duplicate proof id '" + p.id() + "' (also in " + earlier + ")"));
          }
          proofs.add(p);
        } catch (BadInput e) {
          problems.addAll(e.problems());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return new ProofLibrary(proofs);
  }

  /** Checks the proofs of the given theorems, resolving lemmas among {@code all}. */
  public List<ProofVerdict> check(List<Theorem> of, Map<String, Theorem> all) throws EvaluationRefused {
    List<ProofVerdict> out = new ArrayList<>();
    for (ProofScript p : proofs) {
      if (of.stream().anyMatch(t -> t.id().equals(p.proves()))) {
        out.add(ProofChecker.check(p, all));
      }
    }
    return out;
  }

  public int size() {
    return proofs.size();
  }
}
