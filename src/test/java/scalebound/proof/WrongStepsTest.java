package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scalebound.theorem.Theorem;
import scalebound.verdict.Verdict;

/**
 * Deliberately wrong proof steps, each a one-line change to a correct proof of the library: every
 * one must fail, at the changed step, with a precise reason (and a counterexample point where the
 * fact is false somewhere), while the unchanged proof passes.
 */
class WrongStepsTest {
  static Map<String, Theorem> theorems;

  @BeforeAll
  static void library() throws Exception {
    theorems = Proofs.library();
  }

  /** A mutation: proof file, text replaced, the step that must fail, a fragment of the reason, and whether a point is expected. */
  record Wrong(String name, String proof, String from, String to, String step, String reason, boolean point) {}

  static final List<Wrong> WRONG = List.of(
      new Wrong("sign error in an identity", "p2-compute-law", "== R0*C^(-1/6)", "== R0*C^(1/6)", "s1", "differ", true),
      new Wrong("dropped term in a chain", "p1-excess-risk", "ExcessRisk <= R0*Exp(-2*lambda*eta*T) + cm*m^(-1/2) +",
          "ExcessRisk <= R0*Exp(-2*lambda*eta*T) +", "s11", "not the weighted sum", true),
      new Wrong("reversed inequality", "p3-width-threshold", "fact: \"lambda - n*Bpsi^2*Sqrt(2*Log(2*n^2/delta)/m) >= lambda/2\"",
          "fact: \"lambda - n*Bpsi^2*Sqrt(2*Log(2*n^2/delta)/m) <= lambda/2\"", "s4", "false at a point", true),
      new Wrong("wrong lemma instance (bound)", "p1-excess-risk", "fact: \"OptErr <= R0*Exp(-2*lambda*eta*T)\"",
          "fact: \"OptErr <= R0*Exp(-lambda*eta*T)\"", "s1", "not yang2025.l1-gradient-flow's bound", true),
      new Wrong("wrong lemma instance (quantity)", "p1-excess-risk", "fact: \"WidthErr <= cm*m^(-1/2)\"",
          "fact: \"SampleErr <= cm*m^(-1/2)\"", "s2", "not yang2025.l4-lazy-training's quantity", true),
      new Wrong("lemma hypothesis violated", "p1-excess-risk", "deltaInit: \"delta/3\"", "deltaInit: \"3*delta\"",
          "s2", "hypothesis", true),
      new Wrong("dropped factor in a chain weight", "p3-width-threshold", "weights: [1, \"n\"]", "weights: [1, 1]", "s2",
          "not the weighted sum", true),
      new Wrong("negative chain weight", "p3-width-threshold", "weights: [1, \"n\"]", "weights: [1, \"-n\"]", "s2",
          "negative", true),
      new Wrong("a fact used before it is established", "p3-width-threshold", "from: [h1, s1]", "from: [h1, s4]", "s2",
          "not established before this step", false),
      new Wrong("a fact that does not exist", "p1-excess-risk", "from: [h1, s1, s2, s6, s10]",
          "from: [h1, s1, s2, s6, s10, s99]", "s11", "s99 is not established", false),
      new Wrong("a solve step used as a fact", "p3-width-threshold", "from: [s2, s4]", "from: [s2, s3]", "s5",
          "a chain cannot use", false),
      new Wrong("wrong solution of an equation", "p4-optimization-phase", "fact: \"C == (m*n/(2*lambda*eta))*Log(",
          "fact: \"C == (m*n/(lambda*eta))*Log(", "s3", "does not solve", true),
      new Wrong("wrong asymptotic rate", "p2-compute-law", "<= K*C^(-1/6)*Log(C)^(1/3)\"",
          "<= K*C^(-1/3)*Log(C)^(1/3)\"", "s2", "left Θ(C^-1/6", false),
      new Wrong("wrong log power", "p2-compute-law", "<= K*C^(-1/6)*Log(C)^(1/3)\"", "<= K*C^(-1/6)*Log(C)^(1/6)\"",
          "s2", "Log^1/3", false),
      new Wrong("identity stated as an inequality step", "p2-compute-law", "  - id: s1\n    kind: identity",
          "  - id: s1\n    kind: inequality", "s1", "use an identity step", false),
      new Wrong("a lemma the proof does not list", "p1-excess-risk",
          "uses: [yang2025.l1-gradient-flow, yang2025.l4-lazy-training,", "uses: [yang2025.l4-lazy-training,", "s1",
          "does not list", false),
      new Wrong("an unknown lemma", "p1-excess-risk", "lemma: yang2025.l4-lazy-training", "lemma: yang2025.l4-lazy", "s2",
          "no theorem with id", false),
      new Wrong("false only in a corner of the domain", "p0-discretisation", "weights: [\"k*(eta*lambdaMax + x)/2\"]",
          "weights: [\"k*(eta*lambdaMax + x)/2.0001\"]", "s3", "not the weighted sum", true),
      new Wrong("false by less than double precision", "p2-compute-law", "== R0*C^(-1/6)\"", "== R0*C^(-1/6)*(1 + 10^(-20))\"",
          "s1", "differ", true),
      new Wrong("false only far out", "p2-compute-law", "== R0*C^(-1/6)\"", "== R0*C^(-1/6) + C^2/10^80\"",
          "s1", "differ far out", true));

  @Test
  void everyUnchangedProofOfTheLibraryPasses(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    for (String p : List.of("p0-discretisation", "p1-excess-risk", "p2-compute-law", "p3-width-threshold",
        "p4-optimization-phase")) {
      ProofVerdict v = Proofs.check(Proofs.bundled(p), dir, p, theorems);
      assertTrue(v.passes(), p + ": " + v);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachWrongStepFailsPrecisely() {
    assertTrue(WRONG.size() >= 15);
    return WRONG.stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> {
      String original = Proofs.bundled(w.proof());
      String changed = original.replace(w.from(), w.to());
      assertNotEquals(original, changed, "the mutation applies");
      ProofVerdict v = Proofs.check(changed, Files.createTempDirectory("wrong"), w.proof(), theorems);
      assertFalse(v.passes(), w.name() + " was accepted");
      Verdict step = Proofs.verdictOf(v, w.step());
      assertFalse(step.passes(), w.name() + ": step " + w.step() + " passes: " + step);
      assertTrue(step.detail().contains(w.reason()), w.name() + ": reason '" + step.detail() + "'");
      if (w.point()) {
        assertTrue(step.counterexample().isPresent(), w.name() + ": no counterexample point in " + step);
      }
    }));
  }

  @Test
  void aValidProofOfTheWrongStatementDoesNotConclude(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String weaker = Proofs.bundled("p3-width-threshold") + """
          - id: s6
            kind: inequality
            fact: "lambda/2 >= lambda/3"
          - id: s7
            kind: chain
            from: [s5, s6]
            fact: "LambdaMinHm >= lambda/3"
        """;
    ProofVerdict v = Proofs.check(weaker, dir, "weaker", theorems);
    assertTrue(v.steps().stream().allMatch(StepVerdict::passes), v.toString());
    assertFalse(v.passes());
    assertTrue(Proofs.verdictOf(v, "concludes").detail().contains("is not the theorem's bound"), v.toString());
  }
}
