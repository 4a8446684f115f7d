package scalebound.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.NodeTuple;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.input.YamlFile;
import scalebound.proof.ProofLibrary;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/**
 * A library, discovered once: its root directory, every theorem under {@code theorems/} (and the
 * files asked for, which may lie elsewhere), the theorems to check, the proofs under
 * {@code proofs-check/}, the scenarios under {@code numerics/}, the approved ledger and the gate
 * policy. Every cross-reference (a proof's theorem and lemmas, a scenario's theorem, a lower
 * bound's upper bound) is resolved here; any input problem anywhere is reported at once, with
 * file and line, before anything is checked.
 *
 * <p>The root of a theorem file is the nearest ancestor directory whose {@code theorems/} holds
 * the file, or which has a {@code theorems/} or a {@code proofs-check/} directory; failing all,
 * the installation. So a paper's repository is its own library wherever scalebound is installed,
 * from its first {@code approve} on (which creates its {@code proofs-check/ledger/}).
 */
public final class Library {
  public final Path root;
  public final Map<String, Theorem> theorems;
  public final List<Theorem> targets;
  public final ProofLibrary proofs;
  public final ScenarioLibrary scenarios;
  public final Path ledgerDir;
  public final Policy policy;

  private Library(Path root, Map<String, Theorem> theorems, List<Theorem> targets, ProofLibrary proofs,
      ScenarioLibrary scenarios, Policy policy) {
    this.root = root;
    this.theorems = theorems;
    this.targets = targets;
    this.proofs = proofs;
    this.scenarios = scenarios;
    this.ledgerDir = root.resolve("proofs-check").resolve("ledger");
    this.policy = policy;
  }

  /** The libraries of the theorem files named or found under {@code paths}. */
  public static List<Library> discover(List<Path> paths, Path home) throws BadInput {
    List<Theorem> asked = TheoremLibrary.load(TheoremLibrary.files(paths));
    Map<Path, List<Theorem>> byRoot = new LinkedHashMap<>();
    for (Theorem t : asked) {
      byRoot.computeIfAbsent(root(t.file(), home), k -> new ArrayList<>()).add(t);
    }
    List<Library> out = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<Path, List<Theorem>> group : byRoot.entrySet()) {
      try {
        out.add(of(group.getKey(), group.getValue()));
      } catch (BadInput e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return out;
  }

  /** The library at {@code root}, checking {@code targets}. */
  static Library of(Path root, List<Theorem> targets) throws BadInput {
    Map<String, Theorem> all = new LinkedHashMap<>();
    Path theoremDir = root.resolve("theorems");
    if (Files.isDirectory(theoremDir)) {
      for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(theoremDir)))) {
        all.put(t.id(), t);
      }
    }
    targets.forEach(t -> all.put(t.id(), t));
    List<Problem> problems = new ArrayList<>();
    ProofLibrary proofs = null;
    ScenarioLibrary scenarios = null;
    Policy policy = Policy.DEFAULT;
    try {
      proofs = ProofLibrary.load(root.resolve("proofs-check"));
      problems.addAll(proofs.unresolved(all.keySet()));
    } catch (BadInput e) {
      problems.addAll(e.problems());
    }
    try {
      scenarios = ScenarioLibrary.load(root.resolve("numerics"));
      for (Scenario s : scenarios.all()) {
        if (!all.containsKey(s.theorem())) {
          problems.add(new Problem(s.file(), 0, 0, "theorem", "no theorem with id '" + s.theorem() + "' in the library"));
        }
      }
    } catch (BadInput e) {
      problems.addAll(e.problems());
    }
    for (Theorem t : all.values()) {
      t.tightness().ifPresent(g -> {
        if (!all.containsKey(g.against())) {
          problems.add(new Problem(t.file(), g.line(), 0, "tightness.against", "no theorem with id '" + g.against()
              + "' in the library"));
        }
      });
    }
    try {
      policy = policy(root.resolve("proofs-check").resolve(ProofLibrary.POLICY));
    } catch (BadInput e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new BadInput(problems);
    }
    return new Library(root, all, targets, proofs, scenarios, policy);
  }

  /** The library root of a file (see the class comment). */
  public static Path root(Path theoremFile, Path home) {
    Path file = theoremFile.toAbsolutePath().normalize();
    for (Path p = file.getParent(); p != null; p = p.getParent()) {
      if (file.startsWith(p.resolve("theorems")) || Files.isDirectory(p.resolve("theorems"))
          || Files.isDirectory(p.resolve("proofs-check"))) {
        return p;
      }
    }
    return home.toAbsolutePath().normalize();
  }

  /** The gate policy of {@code proofs-check/policy.yaml}, or the default when there is none. */
  private static Policy policy(Path file) throws BadInput {
    if (!Files.exists(file)) {
      return Policy.DEFAULT;
    }
    YamlFile yaml = YamlFile.read(file);
    Optional<Policy> policy = yaml.root().map(root -> {
      Map<String, NodeTuple> e = yaml.entries(root, null, List.of("tested", "inconclusive"));
      return new Policy(passes(yaml, e, "tested", true), passes(yaml, e, "inconclusive", false));
    });
    if (!yaml.problems().isEmpty()) {
      throw new BadInput(yaml.problems());
    }
    return policy.orElse(Policy.DEFAULT);
  }

  private static boolean passes(YamlFile yaml, Map<String, NodeTuple> e, String key, boolean fallback) {
    NodeTuple t = e.get(key);
    if (t == null) {
      return fallback;
    }
    String v = yaml.scalar(t.getValueNode(), key, "pass or fail");
    if (!"pass".equals(v) && !"fail".equals(v)) {
      yaml.problem(t.getValueNode(), key, "expected pass or fail, found '" + v + "'");
      return fallback;
    }
    return v.equals("pass");
  }
}
