package scalebound.proof;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import scalebound.derive.Derivation;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.symbolic.Budget;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;

/**
 * The proof scripts of a library ({@code proofs-check/}, the ledger excepted), loaded together,
 * their references resolved against the library's theorems, and their citations checked for
 * cycles: a theorem proved from a theorem whose proof rests on the first proves nothing.
 */
public final class ProofLibrary {
  /** The top-level keys of a proof file. */
  public static final List<String> KEYS = ProofLoader.KEYS;
  /** The step kinds a proof file may use. */
  public static final List<String> STEP_KINDS = List.copyOf(StepReader.STEP_KEYS.keySet());

  private final List<ProofScript> proofs;

  private ProofLibrary(List<ProofScript> proofs) {
    this.proofs = proofs;
  }

  /** Loads every proof under {@code dir} (not under its {@code ledger/}); all problems reported together. */
  /** The gate policy's file at the top of proofs-check/, which is not a proof. */
  public static final String POLICY = "policy.yaml";

  public static ProofLibrary load(Path dir) throws BadInput {
    List<ProofScript> proofs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(dir)) {
        files = walk.filter(Files::isRegularFile)
            .filter(p -> !dir.relativize(p).startsWith("ledger"))
            .filter(p -> !dir.relativize(p).toString().equals(POLICY))
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

  /** Every theorem id a proof names (proves, uses, lemma steps) that is not among {@code theorems}. */
  public List<Problem> unresolved(Set<String> theorems) {
    List<Problem> problems = new ArrayList<>();
    for (ProofScript p : proofs) {
      if (!theorems.contains(p.proves().id())) {
        problems.add(new Problem(p.file(), p.proves().line(), 0, "proves", "no theorem with id '" + p.proves().id()
            + "' in the library"));
      }
      for (ProofScript.Reference u : p.uses()) {
        if (!theorems.contains(u.id())) {
          problems.add(new Problem(p.file(), u.line(), 0, "uses", "no theorem with id '" + u.id() + "' in the library"));
        }
      }
      for (Step s : p.steps()) {
        if (s instanceof LemmaStep l && !theorems.contains(l.lemma())) {
          problems.add(new Problem(p.file(), s.line(), 0, "steps.lemma", "no theorem with id '" + l.lemma()
              + "' in the library"));
        }
      }
    }
    return problems;
  }

  /** The ids of the proofs of {@code theorem}. */
  public List<String> proofsOf(String theorem) {
    return proofs.stream().filter(p -> p.proves().id().equals(theorem)).map(ProofScript::id).toList();
  }

  /** Checks the proofs of {@code theorem}, resolving lemmas among {@code all}. */
  public List<ProofVerdict> check(Theorem theorem, Map<String, Theorem> all, Optional<Derivation> derivation)
      throws EvaluationRefused {
    List<ProofVerdict> out = new ArrayList<>();
    for (ProofScript p : proofs) {
      if (p.proves().id().equals(theorem.id())) {
        Budget.startFile(p.file(), p.proves().line());
        try {
          out.add(ProofChecker.check(p, all, derivation, circular(p)));
        } finally {
          Budget.endFile();
        }
      }
    }
    return out;
  }

  /** The canonical text of each proof of {@code theorem}, by id: what the ledger records of it. */
  public Map<String, List<String>> fingerprints(String theorem) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (ProofScript p : proofs) {
      if (p.proves().id().equals(theorem)) {
        out.put(p.id(), ProofFingerprint.of(p));
      }
    }
    return out;
  }

  /**
   * Why {@code proof} is circular, or null: the theorems cited by the statement proofs of the
   * library form a graph; a proof is circular if a theorem it cites leads back to the theorem it
   * proves.
   */
  private String circular(ProofScript proof) {
    Map<String, Set<String>> cites = new LinkedHashMap<>();
    for (ProofScript p : proofs) {
      Set<String> c = cites.computeIfAbsent(p.proves().id(), k -> new LinkedHashSet<>());
      p.uses().forEach(u -> c.add(u.id()));
      for (Step s : p.steps()) {
        if (s instanceof LemmaStep l) {
          c.add(l.lemma());
        }
      }
    }
    String target = proof.proves().id();
    Set<String> direct = new LinkedHashSet<>();
    proof.uses().forEach(u -> direct.add(u.id()));
    for (String start : direct) {
      List<String> path = path(start, target, cites, new LinkedHashSet<>());
      if (path != null) {
        return "circular: " + target + " is proved from " + String.join(", which rests on ", path);
      }
    }
    return null;
  }

  private static List<String> path(String from, String to, Map<String, Set<String>> cites, Set<String> seen) {
    if (from.equals(to)) {
      return new ArrayList<>(List.of(to));
    }
    if (!seen.add(from)) {
      return null;
    }
    for (String next : cites.getOrDefault(from, Set.of())) {
      List<String> rest = path(next, to, cites, seen);
      if (rest != null) {
        rest.add(0, from);
        return rest;
      }
    }
    return null;
  }

  public int size() {
    return proofs.size();
  }
}
