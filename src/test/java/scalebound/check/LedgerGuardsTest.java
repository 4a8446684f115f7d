package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import scalebound.cli.Cli;

/**
 * The ledger guards everything that was approved, not only the derived laws: a copy of the
 * bundled library is changed in one place at a time, and {@code check} must fail naming the
 * changed ledger key (the statement's coefficients, exponents, hypotheses, kind, quantity, cost; a
 * proof's givens and steps; a scenario's settings), while an untouched library and a change of
 * wording in a title or a source note pass.
 */
class LedgerGuardsTest {
  @TempDir static Path library;

  @BeforeAll
  static void copyTheLibrary() throws IOException {
    for (String dir : List.of("theorems", "proofs-check", "numerics")) {
      copy(Path.of(dir), library.resolve(dir));
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** A change to one library file, the theorem file to check, and the ledger key that must move. */
  record Change(String name, String file, String from, String to, String theorem, String key) {}

  static final List<Change> CHANGES = List.of(
      new Change("a claim's stated value", "theorems/yang2025/l5-generalization.yaml", "isolated-exponents: {n: \"-1/2\"}",
          "isolated-exponents: {n: \"-1/3\"}", "l5-generalization", "claim.isolated-exponents.n.stated: -1/2 → -1/3"),
      new Change("the provenance", "theorems/yang2025/l2-gd-tracks-flow.yaml", "layer: reconstruction", "layer: paper",
          "l2-gd-tracks-flow", "provenance: reconstruction → paper"),
      new Change("a coefficient", "theorems/yang2025/l5-generalization.yaml", "bound: \"2*rho*", "bound: \"4*rho*",
          "l5-generalization", "statement.term[0].coefficient: "),
      new Change("an exponent", "theorems/yang2025/l4-lazy-training.yaml", "bound: \"clazy*m^(-1/2)\"",
          "bound: \"clazy*m^(-1/3)\"", "l4-lazy-training", "statement.term[0].shape: m^(-1/2) → m^(-1/3)"),
      new Change("a rate inside an exponential", "theorems/yang2025/l1-gradient-flow.yaml", "R0sq*Exp(-2*lambda*t)",
          "R0sq*Exp(-4*lambda*t)", "l1-gradient-flow", "statement.term[0].decayRate: 2*lambda → 4*lambda"),
      new Change("a hypothesis", "theorems/yang2025/l1-gradient-descent.yaml", "assume: [\"eta <= 1/lambdaMax\"]",
          "assume: [\"eta <= 2/lambdaMax\"]", "l1-gradient-descent", "statement.assume: "),
      new Change("a constant's condition", "theorems/yang2025/l3-kernel-concentration.yaml", "n: \"n >= 1\"",
          "n: \"n >= 2\"", "l3-kernel-concentration", "statement.constant.n: n>=1 → n>=2"),
      new Change("the kind", "theorems/yang2025/l4-lazy-training.yaml", "kind: upper-bound", "kind: estimate",
          "l4-lazy-training", "statement.kind: upper-bound → estimate"),
      new Change("the quantity", "theorems/yang2025/l5-generalization.yaml", "quantity: GeneralizationGap",
          "quantity: GenGap", "l5-generalization", "statement.quantity: GeneralizationGap → GenGap"),
      new Change("the cost", "theorems/yang2025/t1-excess-risk.yaml", "cost: \"m*n*T\"", "cost: \"6*m*n*T\"",
          "t1-excess-risk", "statement.cost: m*n*T → 6*m*n*T"),
      new Change("the failure probability", "theorems/yang2025/l5-generalization.yaml", "failure-probability: delta",
          "failure-probability: delta/2", "l5-generalization", "statement.failureProbability: delta → delta/2"),
      new Change("a new given in a proof", "proofs-check/yang2025/p3-width-threshold.yaml", "steps:\n",
          "  - {id: h2, fact: \"MaxDev <= MaxDev\", why: \"harmless\"}\nsteps:\n", "l3b-width-threshold",
          "proof.yang2025.p3-width-threshold.given.h2: (new) → "),
      new Change("a changed step", "proofs-check/yang2025/p3-width-threshold.yaml", "weights: [1, \"n\"]",
          "weights: [1, \"n + 0\"]", "l3b-width-threshold", "proof.yang2025.p3-width-threshold.step.s2: "),
      new Change("a loosened tolerance", "numerics/yang2025/l1-flow.yaml", "tolerance: 1e-9", "tolerance: 0.5",
          "l1-gradient-flow", "scenario.yang2025.l1-flow.arbitrary-data.tolerance: "),
      new Change("fewer draws", "numerics/yang2025/l1-flow.yaml", "tries: 40", "tries: 4", "l1-gradient-flow",
          "scenario.yang2025.l1-flow.arbitrary-data.tries: 40 → 4"),
      new Change("strata dropped (violations only pooled)", "numerics/yang2025/l3-finite-width.yaml", "  strata: n\n", "",
          "l3-kernel-concentration", "scenario.yang2025.l3-gram.concentration.strata: n → (gone)"),
      new Change("a loosened slack", "numerics/yang2025/l4-lazy-transformer.yaml", "slack: 0.05", "slack: 2",
          "l4-lazy-training", "scenario.yang2025.l4-lazy.width-rate.rate.slack: 0.05 → 2"),
      new Change("a loosened policy", "proofs-check/policy.yaml", null, "tested: pass\ninconclusive: pass\n",
          "l5-generalization", "policy.inconclusive: fail → pass"));

  private static Cli check(String theorem) {
    return Cli.run("check", "--no-cross-check", library.resolve("theorems/yang2025/" + theorem + ".yaml").toString());
  }

  @TestFactory
  Stream<DynamicTest> everyChangeIsALedgerDifference() {
    return CHANGES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path file = library.resolve(c.file());
      String original = Files.exists(file) ? Files.readString(file) : null;
      String changed = c.from() == null ? c.to() : original.replace(c.from(), c.to());
      assertTrue(c.from() == null || !changed.equals(original), "the change applies to " + c.file());
      Files.writeString(file, changed);
      try {
        Cli r = check(c.theorem());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("ledger " + c.key()), "expected the ledger key '" + c.key() + "':\n" + r.out());
      } finally {
        if (original == null) {
          Files.delete(file);
        } else {
          Files.writeString(file, original);
        }
      }
    }));
  }

  @Test
  void theUntouchedLibraryAndAReworderdTitleOrNotePass() throws IOException {
    Cli untouched = check("l5-generalization");
    assertEquals(0, untouched.exit(), untouched.all());
    Path file = library.resolve("theorems/yang2025/l5-generalization.yaml");
    String original = Files.readString(file);
    Files.writeString(file, original.replace("title: Uniform deviation", "title: A uniform deviation")
        .replace("Standard result, not the paper's text", "A standard result (not the paper's own text)"));
    try {
      Cli reworded = check("l5-generalization");
      assertEquals(0, reworded.exit(), reworded.all());
    } finally {
      Files.writeString(file, original);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFalseVariantFailsTheGateNamingAStatementKey() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources/false-variants"))) {
      return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
        Cli r = Cli.run("check", "--no-cross-check", f.toString());
        assertEquals(1, r.exit(), r.all());
        assertTrue(r.out().contains("ledger statement."), r.out());
      }));
    }
  }
}
