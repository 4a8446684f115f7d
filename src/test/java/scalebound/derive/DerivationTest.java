package scalebound.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scalebound.report.DerivationJson;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLoader;

/** The acceptance values of the derivation engine; every value derived, none typed into code. */
class DerivationTest {
  static final String T1_BOUND = "R0*Exp(-2*lambda*eta*T) + cm*m^(-1/2) + cn*n^(-1/2) + ce*eta^(1/2)";
  static final String T1_CONSTANTS = "lambda: \"lambda > 0\", R0: \"R0 > 0\", cm: \"cm > 0\", cn: \"cn > 0\", ce: \"ce > 0\"";
  static Derivation t1;

  @BeforeAll
  static void deriveT1() throws Exception {
    t1 = Deriver.derive(TheoremLoader.load(Path.of("theorems/yang2025/t1-excess-risk.yaml")));
  }

  private static String text(BigFraction f) {
    return DerivationJson.text(f);
  }

  private static Map<String, String> texts(Map<String, BigFraction> m) {
    Map<String, String> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, text(v)));
    return out;
  }

  @Test
  void t1ComputeLawAllocationAndLogPower() {
    Law law = t1.compute().orElseThrow();
    assertEquals("-1/6", text(law.exponent()));
    assertEquals("1/3", text(law.logPower()), "the sample term grows with the flow time: (Log C)^(1/3)");
    assertEquals(Map.of("m", "1/3", "n", "1/3", "T", "1/3", "eta", "-1/3"), texts(law.allocation()));
    assertTrue(law.ranges().isEmpty());
  }

  @Test
  void t1IsolatedLaws() {
    assertEquals("-1/2", text(t1.isolated().get("m").exponent()));
    assertEquals("-1/2", text(t1.isolated().get("n").exponent()));
    assertEquals("-1/2", text(t1.isolated().get("T").exponent()));
    assertEquals("1/2", text(t1.isolated().get("T").logPower()));
    assertEquals("1/2", text(t1.isolated().get("n").logPower()), "eta follows T so that eta*T ~ Log n");
    assertEquals("0", text(t1.isolated().get("m").logPower()));
  }

  @Test
  void t1OptimizationPhaseAndThreshold() throws Exception {
    Phase p = t1.phase().orElseThrow();
    assertEquals("T", p.time());
    assertEquals("1", text(p.cExponent()));
    assertTrue(p.agreeingPoints() > 0);
    // The rate and threshold claims of the file are compared by Simplify and 40-digit sampling.
    assertTrue(t1.claims().stream().filter(c -> c.claim().equals("optimization-rate") || c.claim().equals("threshold"))
        .allMatch(ClaimVerdict::holds), t1.claims().toString());
  }

  @Test
  void t1EveryClaimHoldsAndEveryCrossCheckAgrees() {
    assertEquals(14, t1.claims().size());
    assertTrue(t1.holds(), t1.claims() + "\n" + t1.crossChecks());
    assertTrue(t1.crossChecks().size() >= 8);
  }

  @Test
  void theSameBoundWithEtaToTheOneThirdDerivesMinusOneSeventh() throws Exception {
    Theorem t = Fixtures.theorem("m, n, T", "eta", T1_CONSTANTS, "\"eta > 0\", \"eta <= 1\"",
        T1_BOUND.replace("eta^(1/2)", "eta^(1/3)"), "m*n*T");
    Derivation d = Deriver.derive(t, false);
    assertEquals("-1/7", text(d.compute().orElseThrow().exponent()));
    assertEquals(Map.of("m", "2/7", "n", "2/7", "T", "3/7", "eta", "-3/7"), texts(d.compute().get().allocation()));
  }

  @Test
  void aClaimThatDisagreesFailsWithStatedDerivedAndActiveTerms(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path file = dir.resolve("t.yaml");
    Files.writeString(file, Files.readString(Path.of("theorems/yang2025/t1-excess-risk.yaml"))
        .replace("ce*eta^(1/2)\"\ncost", "ce*eta^(1/3)\"\ncost"));
    Derivation d = Deriver.derive(TheoremLoader.load(file), false);
    ClaimVerdict c = d.claims().stream().filter(v -> v.claim().equals("compute-exponent")).findFirst().orElseThrow();
    assertFalse(c.holds());
    assertEquals("-1/6", c.stated());
    assertEquals("-1/7", c.derived());
    assertTrue(c.detail().contains("active terms") && c.detail().contains("ce*eta^(1/3)"), c.detail());
  }

  @Test
  void twoResourcesWithAMixedTermAndACostWithAConstantFactor() throws Exception {
    // Chinchilla's shape: exponent -1/(1/alpha + 1/beta) with alpha = 0.34, beta = 0.28.
    Theorem t = Fixtures.theorem("N, D", "", "E: \"E > 0\", A: \"A > 0\", B: \"B > 0\", K: \"K > 0\"", "",
        "E + A/N^0.34 + B/D^0.28 + K/(N*D)^(1/4)", "6*N*D");
    Derivation d = Deriver.derive(t, true);
    Law law = d.compute().orElseThrow();
    BigFraction alpha = new BigFraction(17, 50);
    BigFraction beta = new BigFraction(7, 25);
    BigFraction harmonic = alpha.reciprocal().add(beta.reciprocal());
    assertEquals(harmonic.reciprocal().negate(), law.exponent());
    assertEquals(alpha.reciprocal().divide(harmonic), law.allocation().get("N"));
    assertEquals(beta.reciprocal().divide(harmonic), law.allocation().get("D"));
    assertEquals(1, d.floor().size());
    assertTrue(d.holds(), d.crossChecks().toString());
  }

  @Test
  void aMixedTermThatBindsLeavesTheAllocationNonUniqueAndSaysSo() throws Exception {
    // Rates s_N, s_D and (s_N + s_D)/4 = 1/4 under s_N + s_D = 1: the mixed term sets the law,
    // and every s_N in [1/4, 3/4] is optimal.
    Theorem t = Fixtures.theorem("N, D", "", "A: \"A > 0\", B: \"B > 0\", K: \"K > 0\"", "",
        "A/N + B/D + K/(N*D)^(1/4)", "N*D");
    Law law = Deriver.derive(t, false).compute().orElseThrow();
    assertEquals(new BigFraction(-1, 4), law.exponent());
    assertEquals("[1/4, 3/4]", law.ranges().get("N").toString());
    assertEquals("[1/4, 3/4]", law.ranges().get("D").toString());
    assertTrue(law.allocation().isEmpty());
  }

  @Test
  void powersOfSumsAndLogFactors() throws Exception {
    // (A/N^(1/2) + B/D^(1/2))^2 ≍ A^2/N + B^2/D: exponent -1/2 under N*D, with Log(N) giving log power 1.
    Theorem t = Fixtures.theorem("N, D", "", "A: \"A > 0\", B: \"B > 0\"", "",
        "(A/N^(1/2) + B/D^(1/2))^2 * Log(N)", "N*D");
    Derivation d = Deriver.derive(t, true);
    assertEquals(new BigFraction(-1, 2), d.compute().orElseThrow().exponent());
    assertEquals(BigFraction.ONE, d.compute().get().logPower());
    assertTrue(d.notes().get("normalForm").contains("≍"), d.notes().toString());
    assertTrue(d.holds(), d.crossChecks().toString());
  }

  @Test
  void aBoundThatDecaysFasterThanAnyPowerReportsItsExponentialRate() throws Exception {
    Derivation gd = Deriver.derive(TheoremLoader.load(Path.of("theorems/yang2025/l1-gradient-descent.yaml")), false);
    assertTrue(gd.isolated().isEmpty());
    assertEquals("2*eta*lambda", gd.exponentialRates().get("k"));
    Theorem stretched = Fixtures.theorem("x", "", "A: \"A > 0\", b: \"b > 0\"", "", "A*Exp(-b*x^(1/2))", "");
    assertEquals("b*x^(1/2)", Deriver.derive(stretched, false).exponentialRates().get("x"));
  }

  @Test
  void termsOutsideTheClassAreRefusedByName() throws Exception {
    String[][] cases = {
        {"A*Abs(N - D)", "the function Abs"},
        {"A*(N + D)^(-1/2)", "a sum raised to the power -1/2"},
        {"A*Exp(N)", "the exponential grows"},
        {"A*Log(N + D)", "Log of something other than a power of one resource"},
        {"A*N^D", "depends on a resource"},
    };
    for (String[] c : cases) {
      Theorem t = Fixtures.theorem("N, D", "", "A: \"A > 0\"", "", c[0], "N*D");
      Derivation d = Deriver.derive(t, false);
      assertTrue(d.compute().isEmpty(), c[0]);
      String why = d.notes().get("bound");
      assertTrue(why != null && why.contains("cannot derive any law") && why.contains(c[1]), c[0] + ": " + d.notes());
    }
  }
}
