package scalebound.proof;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.derive.Deriver;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/** Checks proof texts against the bundled library of theorems (and, for tests, extra theorem files). */
final class Proofs {
  private Proofs() {}

  static Map<String, Theorem> library(Path... extra) throws Exception {
    Map<String, Theorem> theorems = new HashMap<>();
    for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(Path.of("theorems"))))) {
      theorems.put(t.id(), t);
    }
    for (Path p : extra) {
      Theorem t = TheoremLibrary.load(List.of(p)).get(0);
      theorems.put(t.id(), t);
    }
    return theorems;
  }

  /** The verdict on the proof {@code text}, written to a file under {@code dir}. */
  static ProofVerdict check(String text, Path dir, String name, Map<String, Theorem> theorems) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, text);
    ProofScript script = ProofLoader.load(file);
    Theorem proved = theorems.get(script.proves().id());
    return ProofChecker.check(script, theorems, proved == null ? Optional.empty()
        : Optional.of(Deriver.derive(proved, false)), null);
  }

  static String bundled(String name) throws Exception {
    return Files.readString(Path.of("proofs-check/yang2025/" + name + ".yaml"));
  }

  /** The step verdict of {@code step}, or the requirement whose name contains {@code step}. */
  static scalebound.verdict.Verdict verdictOf(ProofVerdict v, String step) {
    for (StepVerdict s : v.steps()) {
      if (s.step().equals(step)) {
        return s.verdict();
      }
    }
    for (ProofVerdict.Requirement r : v.requirements()) {
      if (r.name().contains(step)) {
        return r.verdict();
      }
    }
    throw new AssertionError("no step or rule " + step + " in " + v);
  }
}
