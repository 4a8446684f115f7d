package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/**
 * Deliberately wrong proof steps, each a one-line change to a correct proof of the library: every
 * one must fail, at the changed step, with a precise reason (and a counterexample point where the
 * fact is false somewhere), while the unchanged proof holds.
 */
class WrongStepsTest {
  static Map<String, Theorem> theorems = new HashMap<>();

  @BeforeAll
  static void library() throws Exception {
    for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(Path.of("theorems"))))) {
      theorems.put(t.id(), t);
    }
  }

  /** A mutation: proof file, text replaced, the step that must fail, a fragment of the reason, and whether a point is expected. */
  record Wrong(String name, String proof, String from, String to, String step, String reason, boolean point) {}

  static final List<Wrong> WRONG = List.of(
      new Wrong("sign error in an identity", "p2-compute-law", "== R0*C^(-1/6)", "== R0*C^(1/6)", "s5", "differ", true),
      new Wrong("dropped term in a chain", "p1-excess-risk", "ExcessRisk <= R0*Exp(-2*lambda*eta*T) + cm*m^(-1/2) +",
          "ExcessRisk <= R0*Exp(-2*lambda*eta*T) +", "s6", "not the weighted sum", true),
      new Wrong("reversed inequality", "p3-width-threshold", "fact: \"lambda - n*Bpsi^2*Sqrt(2*Log(2*n^2/delta)/m) >= lambda/2\"",
          "fact: \"lambda - n*Bpsi^2*Sqrt(2*Log(2*n^2/delta)/m) <= lambda/2\"", "s4", "lhs > rhs", true),
      new Wrong("wrong lemma instance (bound)", "p1-excess-risk", "fact: \"OptErr <= R0*Exp(-2*lambda*eta*T)\"",
          "fact: \"OptErr <= R0*Exp(-lambda*eta*T)\"", "s1", "not yang2025.l1-gradient-flow's bound", true),
      new Wrong("wrong lemma instance (quantity)", "p1-excess-risk", "fact: \"WidthErr <= cm*m^(-1/2)\"",
          "fact: \"SampleErr <= cm*m^(-1/2)\"", "s2", "not yang2025.l4-lazy-training's quantity", true),
      new Wrong("lemma hypothesis violated", "p3-width-threshold", "delta: \"0 < delta < 1\"", "delta: \"0 < delta < 2\"",
          "s1", "hypothesis", true),
      new Wrong("dropped factor in a chain weight", "p3-width-threshold", "weights: [1, \"n\"]", "weights: [1, 1]", "s2",
          "not the weighted sum", true),
      new Wrong("negative chain weight", "p3-width-threshold", "weights: [1, \"n\"]", "weights: [1, \"-n\"]", "s2",
          "negative", true),
      new Wrong("a fact used before it is established", "p3-width-threshold", "from: [h1, s1]", "from: [h1, s4]", "s2",
          "not established before this step", false),
      new Wrong("a fact that does not exist", "p1-excess-risk", "from: [h1, s1, s2, s3, s4, s5]",
          "from: [h1, s1, s2, s3, s4, s5, s9]", "s6", "s9, which is not established", false),
      new Wrong("a solve step used as a fact", "p3-width-threshold", "from: [s2, s4]", "from: [s2, s3]", "s5",
          "a chain cannot use", false),
      new Wrong("wrong solution of an equation", "p4-optimization-phase", "fact: \"C == (m*n/(2*lambda*eta))*Log(",
          "fact: \"C == (m*n/(lambda*eta))*Log(", "s3", "does not solve", true),
      new Wrong("wrong asymptotic rate", "p2-compute-law", "fact: \"cm*(C^(1/3)*Log(C)^(-1/3))^(-1/2) <= K*C^(-1/6)*Log(C)^(1/6)\"",
          "fact: \"cm*(C^(1/3)*Log(C)^(-1/3))^(-1/2) <= K*C^(-1/3)*Log(C)^(1/6)\"", "s2", "left Θ(C^-1/6", false),
      new Wrong("wrong log power", "p2-compute-law", "fact: \"cn*(C^(1/3)*Log(C)^(-1/3))^(-1/2) <= K*C^(-1/6)*Log(C)^(1/6)\"",
          "fact: \"cn*(C^(1/3)*Log(C)^(-1/3))^(-1/2) <= K*C^(-1/6)*Log(C)^(1/12)\"", "s3", "Log^1/6", false),
      new Wrong("identity stated as an inequality step", "p2-compute-law", "  - id: s5\n    kind: identity",
          "  - id: s5\n    kind: inequality", "s5", "use an identity step", false),
      new Wrong("a lemma the proof does not list", "p1-excess-risk",
          "uses: [yang2025.l1-gradient-flow, yang2025.l4-lazy-training,", "uses: [yang2025.l4-lazy-training,", "s1",
          "does not list", false),
      new Wrong("an unknown lemma", "p1-excess-risk", "lemma: yang2025.l4-lazy-training", "lemma: yang2025.l4-lazy", "s2",
          "no theorem with id", false),
      new Wrong("false only in a corner of the domain", "p0-discretisation", "fact: \"k*x^2/2 <= k*eta^2*lambdaMax^2/2\"",
          "fact: \"k*x^2/2 <= k*eta^2*lambdaMax^2/2.0001\"", "s2", "lhs > rhs", true),
      new Wrong("false by less than double precision", "p2-compute-law", "== R0*C^(-1/6)\"", "== R0*C^(-1/6)*(1 + 10^(-20))\"",
          "s5", "differ", true));

  private static ProofVerdict check(String text, Path dir, String name) throws Exception {
    Path file = dir.resolve(name + ".yaml");
    Files.writeString(file, text);
    return ProofChecker.check(ProofLoader.load(file), theorems);
  }

  @Test
  void everyUnchangedProofOfTheLibraryHolds(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    for (String p : List.of("p0-discretisation", "p1-excess-risk", "p2-compute-law", "p3-width-threshold",
        "p4-optimization-phase")) {
      ProofVerdict v = check(Files.readString(Path.of("proofs-check/yang2025/" + p + ".yaml")), dir, p);
      assertTrue(v.holds(), p + ": " + v);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachWrongStepFailsPrecisely() {
    assertTrue(WRONG.size() >= 15);
    return WRONG.stream().map(w -> DynamicTest.dynamicTest(w.name(), () -> {
      String original = Files.readString(Path.of("proofs-check/yang2025/" + w.proof() + ".yaml"));
      String changed = original.replace(w.from(), w.to());
      assertNotEquals(original, changed, "the mutation applies");
      ProofVerdict v = check(changed, Files.createTempDirectory("wrong"), w.proof());
      assertFalse(v.holds(), w.name() + " was accepted");
      StepVerdict step = v.steps().stream().filter(s -> s.step().equals(w.step())).findFirst().orElseThrow();
      assertFalse(step.holds(), w.name() + ": step " + w.step() + " holds: " + step);
      assertTrue(step.detail().contains(w.reason()), w.name() + ": reason '" + step.detail() + "'");
      if (w.point()) {
        assertNotNull(step.counterexample(), w.name() + ": no counterexample point in " + step);
        assertTrue(step.counterexample().keySet().containsAll(step.counterexample().keySet()));
      }
    }));
  }

  @Test
  void aValidProofOfTheWrongStatementDoesNotConclude(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String original = Files.readString(Path.of("proofs-check/yang2025/p3-width-threshold.yaml"));
    String weaker = original + """
          - id: s6
            kind: inequality
            fact: "lambda/2 >= lambda/3"
          - id: s7
            kind: chain
            from: [s5, s6]
            fact: "LambdaMinHm >= lambda/3"
        """;
    ProofVerdict v = check(weaker, dir, "weaker");
    assertTrue(v.steps().stream().allMatch(StepVerdict::holds), v.toString());
    assertFalse(v.holds());
    assertTrue(v.conclusion().contains("is not the theorem's bound"), v.conclusion());
  }
}
