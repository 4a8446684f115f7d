package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.derive.Deriver;
import scalebound.input.BadInput;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;
import scalebound.verdict.Status;

/** A numeric verdict is "tested" only when the simulation could have refuted the bound. */
class NumericEvidenceTest {

  @Test
  void aRateCheckStatesTheClaimsItWouldRefuteAndOnlyOnTheRefutingSide() {
    assertTrue(RateCheck.power(scalebound.theorem.Kind.UPPER_BOUND, true, -0.8, -0.4, 0.05)
        .endsWith("a claimed exponent below -0.850000"), "upper bound as m -> infinity: too steep a claim");
    assertTrue(RateCheck.power(scalebound.theorem.Kind.LOWER_BOUND, true, -0.8, -0.4, 0.05)
        .endsWith("a claimed exponent above -0.350000"), "lower bound: too shallow a claim");
    String both = RateCheck.power(scalebound.theorem.Kind.ESTIMATE, true, -0.8, -0.4, 0.05);
    assertTrue(both.contains("below -0.850000 or above -0.350000"), both);
    for (double claim : new double[] {-0.9, -0.851}) {
      assertTrue(RateCheck.refutes(scalebound.theorem.Kind.UPPER_BOUND, true,
          new scalebound.numerics.measure.SlopeFit(-0.6, -0.8, -0.4, 0.99, 12, 4), claim, 0.05), "claim " + claim);
    }
    assertTrue(!RateCheck.refutes(scalebound.theorem.Kind.UPPER_BOUND, true,
        new scalebound.numerics.measure.SlopeFit(-0.6, -0.8, -0.4, 0.99, 12, 4), -0.849, 0.05), "the power line's edge");
  }

  @Test
  void aPhaseCheckStatesTheSmallestRateInflationItRefutesOnEveryDraw() {
    String power = PhaseCheck.power(1.25, 1.1);
    assertTrue(power.contains("inflated x1.37500 or more"), power);
  }

  @Test
  void anExactCheckWithNoObservationInsideTheHypothesesIsInconclusive() throws Exception {
    Theorem variant = TheoremLibrary.load(List.of(Path.of("src/test/resources/numeric-evidence/l1-gd-out-of-reach.yaml"))).get(0);
    Scenario s = ScenarioLibrary.load(Path.of("numerics")).forTheorem(variant.id()).stream()
        .filter(x -> x.check() instanceof Scenario.Exact).findFirst().orElseThrow();
    NumericVerdict v = NumericCheck.run(variant, Deriver.derive(variant, false), s);
    assertEquals(Status.INCONCLUSIVE, v.verdict().status(), v.summary());
    assertTrue(v.summary().contains("inside the theorem's hypotheses"), v.summary());
  }

  @Test
  void aPhaseCheckWhoseRateIsBoundToTheFittedDecayIsRefusedAsCircular(@TempDir Path dir) throws Exception {
    String scenario = Files.readString(Path.of("numerics/yang2025/t1-phase.yaml"))
        .replace("  lambda: lambda\n", "  lambda: \"decayRate*m*n/(2*eta)\"\n");
    Files.createDirectories(dir.resolve("numerics"));
    Files.writeString(dir.resolve("numerics/t1-phase.yaml"), scenario);
    Theorem t1 = TheoremLibrary.load(List.of(Path.of("theorems/yang2025/t1-excess-risk.yaml"))).get(0);
    Scenario s = ScenarioLibrary.load(dir.resolve("numerics")).forTheorem(t1.id()).get(0);
    BadInput e = assertThrows(BadInput.class, () -> NumericCheck.run(t1, Deriver.derive(t1, false), s));
    assertTrue(e.getMessage().contains("bind.lambda") && e.getMessage().contains("decayRate"), e.getMessage());
  }

  /** -Pthorough (effort 5) must scale every check kind, not only rate checks: here effort 2. */
  @Test
  void theThoroughEffortMultipliesPhaseAndProbabilisticDraws() throws Exception {
    String before = System.getProperty("scalebound.effort");
    System.setProperty("scalebound.effort", "2");
    try {
      Theorem t1 = TheoremLibrary.load(List.of(Path.of("theorems/yang2025/t1-excess-risk.yaml"))).get(0);
      Scenario phase = ScenarioLibrary.load(Path.of("numerics")).forTheorem(t1.id()).stream()
          .filter(x -> x.check() instanceof Scenario.Phase).findFirst().orElseThrow();
      NumericVerdict v = NumericCheck.run(t1, Deriver.derive(t1, false), phase);
      assertEquals(2L * phase.tries(), v.details().stream().filter(d -> d.startsWith("draw ")).count(),
          v.details().toString());
      Theorem l3 = TheoremLibrary.load(List.of(Path.of("theorems/yang2025/l3-kernel-concentration.yaml"))).get(0);
      Scenario prob = ScenarioLibrary.load(Path.of("numerics")).forTheorem(l3.id()).stream()
          .filter(x -> x.id().equals("yang2025.l3-gram.sign-features")).findFirst().orElseThrow();
      NumericVerdict w = NumericCheck.run(l3, Deriver.derive(l3, false), prob);
      assertTrue(w.summary().contains("in " + 2 * prob.tries() + " draws"), w.summary());
    } finally {
      if (before == null) {
        System.clearProperty("scalebound.effort");
      } else {
        System.setProperty("scalebound.effort", before);
      }
    }
  }

  @Test
  void theThoroughEffortMultipliesARateChecksDraws() throws Exception {
    Theorem l2s = TheoremLibrary.load(List.of(Path.of("theorems/yang2025/l2s-sgd-tracks-flow.yaml"))).get(0);
    Scenario s = ScenarioLibrary.load(Path.of("numerics")).forTheorem(l2s.id()).get(0);
    String before = System.getProperty("scalebound.effort");
    System.setProperty("scalebound.effort", "2");
    try {
      NumericVerdict v = NumericCheck.run(l2s, Deriver.derive(l2s, false), s);
      long draws = v.details().stream().filter(d -> d.startsWith("draw ")).count();
      assertEquals(2L * s.tries(), draws, v.details().toString());
    } finally {
      if (before == null) {
        System.clearProperty("scalebound.effort");
      } else {
        System.setProperty("scalebound.effort", before);
      }
    }
  }
}
