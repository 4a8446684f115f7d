package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scalebound.derive.Deriver;
import scalebound.theorem.Theorem;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * Wrong proofs, written fresh for each way a proof checker can be fooled into a green verdict
 * (src/test/resources/wrong-proofs: false theorems such as L3 strengthened 100-fold, and proofs
 * of them or of true theorems by invalid means). Every one must be rejected, at the step or rule
 * the table names, with a message naming the rule it breaks:
 *
 * <ol>
 *   <li>assuming the statement (a condition on the quantity; a given bounding it; a hypothesis the
 *       theorem does not state);
 *   <li>citing itself, directly or through a cycle;
 *   <li>asymptotic facts used pointwise;
 *   <li>tolerance in identities (a nonzero constant difference; a sampled equality magnified);
 *   <li>non-real values counted as satisfied;
 *   <li>a box that does not cover the domain;
 *   <li>estimates as equalities or exact bounds;
 *   <li>claim proofs unconnected to the theorem's bound;
 *   <li>sampled reported as proved (a narrow spike found; a sampled step makes the proof tested);
 *   <li>probabilities that vanish (dropped, not added, mean square used pointwise);
 *   <li>a lemma's unknown constant chosen by the author;
 *   <li>a lemma instantiated outside its statement (its quantity replaced by an expression, its
 *       resource made negative, an instance at other values keeping the quantity's name, two
 *       lemmas' quantities given one name);
 *   <li>false only far out or in a sliver (a root of a square power-expanded with the wrong sign;
 *       an inequality that fails where c*n > 10^40; a bound that differs only where n/m >
 *       10^400/2, or only for -10^-20 < a < 0).
 * </ol>
 */
class WrongProofsTest {
  static final Path DIR = Path.of("src/test/resources/wrong-proofs");
  static Map<String, ProofVerdict> verdicts = new LinkedHashMap<>();

  /** Proof id, the step or rule that must fail, and a fragment of its reason. */
  record Wrong(String proof, String where, String reason) {}

  static final List<Wrong> WRONG = List.of(
      new Wrong("wrong.assume-the-statement", "hypotheses imply", "a condition on MaxDev, the quantity it bounds"),
      new Wrong("wrong.given-the-statement", "no given", "assuming (part of) the statement"),
      new Wrong("wrong.unstated-hypothesis", "hypotheses imply", "which yang2025.l3-kernel-concentration does not state"),
      new Wrong("wrong.cites-itself", "s1", "the theorem this proof proves"),
      new Wrong("wrong.cites-itself", "circular", "the theorem it proves, under uses"),
      new Wrong("wrong.cycle-a", "circular", "circular: test.cycle-a is proved from test.cycle-b"),
      new Wrong("wrong.cycle-b", "circular", "circular: test.cycle-b is proved from test.cycle-a"),
      new Wrong("wrong.asymptotic-in-a-chain", "s3", "holds asymptotically"),
      new Wrong("wrong.asymptotic-weighted", "s4", "holds asymptotically"),
      new Wrong("wrong.identity-off-by-constant", "s2", "differ by the constant"),
      new Wrong("wrong.sampled-equality-weighted", "s3", "needs equalities proved exactly"),
      new Wrong("wrong.not-real-inequality", "s1", "not a real number"),
      new Wrong("wrong.not-real-identity", "s2", "not a real number"),
      new Wrong("wrong.box-in-a-chain", "s3", "does not cover the domain"),
      new Wrong("wrong.box-misses-part", "s2", "does not cover the domain"),
      new Wrong("wrong.estimate-as-equality", "s1", "never an equality"),
      new Wrong("wrong.estimate-as-bound", "s2", "as an estimate"),
      new Wrong("wrong.exponent-unconnected", "concludes", "not yang2025.t1-excess-risk's bound at the stated allocation"),
      new Wrong("wrong.exponent-no-allocation", "concludes", "states the allocation of every resource"),
      new Wrong("wrong.threshold-tautology", "concludes", "optimisation term"),
      new Wrong("wrong.narrow-spike", "s1", "false at a point"),
      new Wrong("wrong.probability-dropped", "concludes", "rests on probabilistic facts"),
      new Wrong("wrong.union-bound-forgotten", "concludes", "union bound"),
      new Wrong("wrong.mean-square-concluded-pointwise", "concludes", "holds root-mean-square, but the last fact holds pointwise"),
      new Wrong("wrong.mean-square-in-a-chain", "s2", "a tail step turns"),
      new Wrong("wrong.existential-chosen", "s1", "cannot be chosen"),
      new Wrong("wrong.existential-reused", "s1", "is used before this step"),
      new Wrong("wrong.quantity-replaced", "s1", "not replaced by the expression"),
      new Wrong("wrong.power-expand-negative-base", "s1", "differ far out"),
      new Wrong("wrong.inequality-false-far-out", "s1", "found far out"),
      new Wrong("wrong.bound-differs-where-two-symbols-part", "concludes", "differ far out"),
      new Wrong("wrong.bound-differs-below-zero", "concludes", "the two sides differ"),
      new Wrong("wrong.instance-keeps-the-name", "s1", "is another quantity: rename it"),
      new Wrong("wrong.two-quantities-one-name", "s2", "already stands for the quantity of the lemma in step s1"),
      new Wrong("wrong.negative-resource", "s1", "of test.rate-lemma fails on the proof's domain"));

  @BeforeAll
  static void checkEveryWrongProof() throws Exception {
    List<Path> extra;
    try (Stream<Path> s = Files.list(DIR.resolve("theorems"))) {
      extra = s.sorted().toList();
    }
    Map<String, Theorem> theorems = Proofs.library(extra.toArray(Path[]::new));
    ProofLibrary proofs = ProofLibrary.load(DIR.resolve("proofs"));
    assertTrue(proofs.unresolved(theorems.keySet()).isEmpty(), proofs.unresolved(theorems.keySet()).toString());
    for (Theorem t : theorems.values()) {
      if (proofs.proofsOf(t.id()).isEmpty()) {
        continue;
      }
      for (ProofVerdict v : proofs.check(t, theorems, Optional.of(Deriver.derive(t, false)))) {
        verdicts.put(v.id(), v);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyWrongProofIsRejectedByTheRuleItBreaks() {
    assertTrue(WRONG.stream().map(Wrong::proof).distinct().count() >= 20, "two or more scripts per class");
    return WRONG.stream().map(w -> DynamicTest.dynamicTest(w.proof() + " @ " + w.where(), () -> {
      ProofVerdict v = verdicts.get(w.proof());
      assertTrue(v != null, "no verdict for " + w.proof());
      assertFalse(v.passes(), w.proof() + " passed: " + v.verdict());
      Verdict where = Proofs.verdictOf(v, w.where());
      assertFalse(where.passes(), w.proof() + ": " + w.where() + " passes: " + where);
      assertTrue(where.detail().contains(w.reason()), w.proof() + ": reason '" + where.detail() + "'");
    }));
  }

  @Test
  void aStepOnlySamplingSupportsMakesTheProofTestedNotProved() {
    ProofVerdict v = verdicts.get("wrong.sampled-step");
    assertEquals(Status.TESTED, v.verdict().status(), v.verdict().detail());
    assertTrue(v.verdict().detail().contains("only tested (s1, s2)"), "the chain rests on s1: " + v.verdict().detail());
    assertEquals(Status.TESTED, Proofs.verdictOf(v, "s1").status());
    assertTrue(Proofs.verdictOf(v, "s1").detail().contains("magnitudes up to"), Proofs.verdictOf(v, "s1").detail());
    for (StepVerdict s : v.steps()) {
      assertFalse(s.verdict().detail().startsWith(s.verdict().evidence().label()),
          "the detail does not repeat the evidence the report prints before it: " + s.verdict().detail());
    }
  }

  @Test
  void everyWrongProofFileIsInTheTable() throws Exception {
    try (Stream<Path> s = Files.list(DIR.resolve("proofs"))) {
      assertEquals(s.count(), verdicts.size());
    }
    for (String id : verdicts.keySet()) {
      assertTrue(id.equals("wrong.sampled-step") || WRONG.stream().anyMatch(w -> w.proof().equals(id)), id);
    }
  }

  @Test
  void weakeningT1sHypothesisBreaksItsProof(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path weakened = dir.resolve("t1-weak.yaml");
    Files.writeString(weakened, Files.readString(Path.of("theorems/yang2025/t1-excess-risk.yaml"))
        .replace("\"eta <= 1/lambdaMax\"", "\"eta <= 1000*lambdaMax\""));
    Map<String, Theorem> theorems = Proofs.library(weakened);
    ProofVerdict v = Proofs.check(Proofs.bundled("p1-excess-risk"), dir, "p1", theorems);
    assertEquals(Status.REFUTED, v.verdict().status(), v.verdict().detail());
    Verdict sgd = Proofs.verdictOf(v, "s7");
    assertTrue(sgd.detail().contains("hypothesis eta <= 1/lambdaMax of yang2025.l2s-sgd-tracks-flow fails"), sgd.detail());
  }
}
