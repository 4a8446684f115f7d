package scalebound.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.derive.CannotDerive;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.derive.Gap;
import scalebound.derive.GapAnalysis;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.input.YamlFile;
import scalebound.proof.ProofVerdict;
import scalebound.symbolic.Budget;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * Runs the check tree of discovered libraries, theorem by theorem: the derivation (once), then
 * its claims and cross-checks, the proofs, the tightness report, the numeric scenarios (in the
 * VERIFY stage), and last the ledger comparison of everything that was found. Each result goes
 * to the listener as soon as it exists.
 */
public final class Checker {
  private final Stage stage;
  private final boolean crossCheck;
  private final Listener listener;

  public Checker(Stage stage, boolean crossCheck, Listener listener) {
    this.stage = stage;
    this.crossCheck = crossCheck;
    this.listener = listener;
  }

  public LibraryResult run(List<Library> libraries) throws BadInput, EvaluationRefused, IOException {
    int theorems = libraries.stream().mapToInt(l -> l.targets.size()).sum();
    int scenarios = stage.numerics() ? libraries.stream()
        .mapToInt(l -> l.targets.stream().mapToInt(t -> l.scenarios.forTheorem(t.id()).size()).sum()).sum() : 0;
    listener.started(theorems, scenarios);
    List<TheoremResult> results = new ArrayList<>();
    for (Library library : libraries) {
      for (Theorem t : library.targets) {
        results.add(theorem(library, t));
      }
    }
    LibraryResult result = new LibraryResult(results);
    listener.finished(result);
    return result;
  }

  private TheoremResult theorem(Library library, Theorem t) throws BadInput, EvaluationRefused, IOException {
    try {
      return budgeted(library, t);
    } catch (Budget.Exceeded e) {
      if (e.file() == null || e.file().equals(t.file()) && e.line() == 0) {
        throw located(t, "bound", e.what());
      }
      throw new BadInput(List.of(new Problem(e.file(), e.line(), 0, null, e.what())));
    } finally {
      Budget.endFile();
    }
  }

  private TheoremResult budgeted(Library library, Theorem t) throws BadInput, EvaluationRefused, IOException {
    listener.theoremStarted(t);
    Budget.startFile(t.file(), 0);
    List<CheckResult> checks = new ArrayList<>();
    Derivation d;
    try {
      d = Deriver.derive(t, crossCheck);
    } catch (EvaluationRefused e) {
      throw located(t, e.getMessage() != null && e.getMessage().contains("conditions") ? "constants" : "bound",
          e.getMessage());
    }
    Budget.endFile();
    for (ClaimVerdict c : d.claims()) {
      add(t, checks, new CheckResult.Claim(c));
    }
    for (CrossCheck c : d.crossChecks()) {
      add(t, checks, new CheckResult.Measurement(c));
    }
    List<ProofVerdict> proofs = library.proofs.check(t, library.theorems, Optional.of(d));
    Budget.startFile(t.file(), 0);
    for (ProofVerdict p : proofs) {
      add(t, checks, new CheckResult.Proof(p));
    }
    Optional<Gap> gap = Optional.empty();
    if (t.tightness().isPresent()) {
      Theorem upper = library.theorems.get(t.tightness().get().against());
      try {
        gap = Optional.of(GapAnalysis.of(t, d, upper));
        add(t, checks, new CheckResult.Tightness(gap, Verdict.of(Status.HOLDS, Evidence.EXACT, gap.get().note())));
      } catch (CannotDerive | EvaluationRefused e) {
        add(t, checks, new CheckResult.Tightness(Optional.empty(), Verdict.of(Status.ERROR, Evidence.NONE,
            "the gap could not be derived: " + e.getMessage())));
      }
    }
    List<Scenario> scenarios = library.scenarios.forTheorem(t.id());
    Map<String, Status> numeric = new LinkedHashMap<>();
    if (stage.numerics()) {
      for (Scenario s : scenarios) {
        Budget.startFile(s.file(), 0);
        NumericVerdict v = NumericCheck.run(t, d, s);
        Budget.endFile();
        numeric.put(s.id(), v.verdict().status());
        add(t, checks, new CheckResult.Scenario(v));
      }
    }
    Map<String, String> entries = LedgerEntries.of(t, d, proofs, library.proofs.fingerprints(t.id()), gap, scenarios,
        numeric, library.policy);
    var file = Ledger.file(library.ledgerDir, t.id());
    Optional<Map<String, String>> approved = Ledger.read(file);
    add(t, checks, ledger(t, approved, entries));
    TheoremResult result = new TheoremResult(t, d, checks, library.policy, entries, file);
    listener.theoremFinished(result);
    return result;
  }

  /**
   * A theorem whose statement cannot be evaluated (a sampled domain found empty, an evaluation
   * over its time limit, the file's budget spent) is bad input in that file: the problem names
   * the file and the line of the key the message is about.
   */
  public static BadInput located(Theorem t, String key, String message) {
    int line = 0;
    int column = 0;
    YamlFile yaml = YamlFile.read(t.file());
    Optional<org.yaml.snakeyaml.nodes.MappingNode> root = yaml.root();
    if (root.isPresent()) {
      for (org.yaml.snakeyaml.nodes.NodeTuple tuple : root.get().getValue()) {
        if (tuple.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && k.getValue().equals(key)) {
          line = YamlFile.line(tuple.getKeyNode());
          column = YamlFile.column(tuple.getKeyNode());
        }
      }
    }
    return new BadInput(List.of(new Problem(t.file(), line, column, key, message)));
  }

  private CheckResult.Ledger ledger(Theorem t, Optional<Map<String, String>> approved, Map<String, String> entries) {
    if (approved.isEmpty()) {
      return new CheckResult.Ledger(false, List.of(), Verdict.of(Status.CHANGED, Evidence.RECORDED,
          "no approved entry yet: run scalebound approve " + t.file() + " and commit the ledger"));
    }
    List<String> differences = Ledger.differences(approved.get(), entries,
        key -> LedgerEntries.compared(key, stage.numerics()));
    return new CheckResult.Ledger(true, differences, differences.isEmpty()
        ? Verdict.of(Status.HOLDS, Evidence.RECORDED, "matches the approved entry")
        : Verdict.of(Status.CHANGED, Evidence.RECORDED, differences.size() + " difference"
            + (differences.size() == 1 ? "" : "s") + " from the approved entry"));
  }

  private void add(Theorem t, List<CheckResult> checks, CheckResult r) {
    checks.add(r);
    listener.checked(t, r);
  }
}
