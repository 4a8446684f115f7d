package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.input.BadInput;
import scalebound.report.NumericText;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;
import scalebound.verdict.Status;

/**
 * Rate checks on a law whose exponent is an expression in constants (issue 17): the KRR-style
 * fixture's law n^(-2rb/(2rb+1)) is evaluated at the scenario's bound r = 1/2, b = 3/2 (-0.6), in
 * the region of the phase diagram that holds there, never replaced by another number. Before,
 * the check compared with the bound's slope at frozen lambda (-0.18) and the n^(-1.8) variant held.
 */
class SymbolicRateCheckTest {
  private static final Path DIR = Path.of("src/test/resources/symbolic-rate");

  private static Theorem theorem(String file) throws Exception {
    return TheoremLibrary.load(List.of(DIR.resolve(file))).get(0);
  }

  private static Scenario scenario() throws Exception {
    return ScenarioLibrary.load(DIR.resolve("numerics")).forTheorem("fixture.krr-rate").get(0);
  }

  private static NumericVerdict check(Theorem t) throws Exception {
    Scenario s = scenario();
    NumericVerdict v = NumericCheck.run(t, Deriver.derive(t, false), s, s.seed());
    System.out.print(NumericText.of(v));
    return v;
  }

  @Test
  void theTrueLawIsComparedWithItsExponentAtTheBoundConstantsAndHolds() throws Exception {
    NumericVerdict v = check(theorem("theorems/krr-rate.yaml"));
    assertEquals(Status.TESTED, v.status(), NumericText.of(v));
    String text = String.join("\n", v.details());
    assertTrue(text.contains("vs claimed -0.600000") && text.contains("(-2*b*r)/(1+2*b*r)"), text);
  }

  @Test
  void theVariantClaimingNToTheMinus18IsRefuted() throws Exception {
    NumericVerdict v = check(theorem("false/krr-rate-n-1.8.yaml"));
    assertEquals(Status.REFUTED, v.status(), NumericText.of(v));
    assertTrue(v.summary().contains("-1.80000"), v.summary());
    assertTrue(v.counterexample().isPresent());
  }

  @Test
  void theRegionWhoseConditionHoldsAtTheConstantsGivesTheExponent() throws Exception {
    // n^(-2rb/(2rb+1)) where 2rb <= 1, n^(-1/2) where 2rb >= 1.
    Theorem t = theorem("two-region/krr-floor.yaml");
    Derivation d = Deriver.derive(t, false);
    Scenario s = scenario();
    Binding binding = Binding.of(t, s, ClaimedExponent.required(t, d, "n"));
    Trial trial = new Trial(t, d, s, binding, 1);
    List<String> names = binding.symbolNames();
    double[] x = {50, 800};
    assertEquals(-0.5, at(trial, names, 0.5, 1.5, x).value(), 1e-12);
    ClaimedExponent small = at(trial, names, 0.25, 1.5, x);
    assertEquals(-0.75 / 1.75, small.value(), 1e-12, small.toString());
    assertTrue(small.source().contains("region"), small.source());
  }

  private static ClaimedExponent at(Trial trial, List<String> names, double r, double b, double[] x) {
    double[] v = new double[names.size()];
    Arrays.fill(v, Double.NaN);
    v[names.indexOf("r")] = r;
    v[names.indexOf("b")] = b;
    return ClaimedExponent.resolve(trial, List.of(v, v.clone()), x);
  }

  @Test
  void constantsThatVaryAcrossTheSweepGiveNoExponent() throws Exception {
    Theorem t = theorem("theorems/krr-rate.yaml");
    Derivation d = Deriver.derive(t, false);
    Scenario s = scenario();
    Binding binding = Binding.of(t, s, ClaimedExponent.required(t, d, "n"));
    Trial trial = new Trial(t, d, s, binding, 1);
    List<String> names = binding.symbolNames();
    double[] a = new double[names.size()];
    double[] b = new double[names.size()];
    a[names.indexOf("r")] = 0.5;
    a[names.indexOf("b")] = 1.5;
    b[names.indexOf("r")] = 0.7;
    b[names.indexOf("b")] = 1.5;
    ClaimedExponent e = ClaimedExponent.resolve(trial, List.of(a, b), new double[] {50, 800});
    assertFalse(e.determined());
    assertTrue(e.missing().contains("changes across the sweep"), e.missing());
  }

  @Test
  void aScenarioThatDoesNotBindTheExponentsConstantsIsBadInput() throws Exception {
    Theorem t = theorem("theorems/krr-rate.yaml");
    Scenario s = scenario();
    java.util.Map<String, String> bind = new java.util.LinkedHashMap<>(s.bind());
    bind.remove("b");
    Scenario unbound = new Scenario(s.file(), s.id(), s.theorem(), s.model(), s.check(), s.tries(), s.seed(), s.draw(),
        bind, s.bindLines(), s.shrinkLimit(), s.note());
    BadInput e = assertThrows(BadInput.class, () -> NumericCheck.run(t, Deriver.derive(t, false), unbound, 1));
    assertTrue(e.getMessage().contains("'b'"), e.getMessage());
  }

  @Test
  void aResourceWithoutADerivedLawIsInconclusiveNotTheBoundsSlope() throws Exception {
    Theorem t = TheoremLibrary.load(List.of(DIR.resolve("theorems/krr-rate.yaml"))).get(0);
    Derivation d = Deriver.derive(t, false);
    Derivation lawless = new Derivation(d.id(), d.compute(), d.isolated(), d.phase(), java.util.Map.of(),
        d.exponentialRates(), d.floor(), java.util.Map.of("isolated.n", "no law, for this test"), d.claims(),
        d.crossChecks(), d.frontier(), d.phaseCurve());
    NumericVerdict v = NumericCheck.run(t, lawless, scenario(), 1);
    assertEquals(Status.INCONCLUSIVE, v.status(), NumericText.of(v));
    assertTrue(v.summary().contains("no law, for this test"), v.summary());
  }

  @Test
  void aPassThatOnlyAWideIntervalAllowsIsWeak() {
    // Issue 17: slope -0.50 against an upper bound's -0.60 passed every run.
    scalebound.numerics.measure.SlopeFit wide = fit(-0.50, -0.70, -0.30);
    assertFalse(RateCheck.refutes(scalebound.theorem.Kind.UPPER_BOUND, true, wide, -0.6, 0.05));
    String w = RateCheck.weakness(scalebound.theorem.Kind.UPPER_BOUND, true, wide, -0.6, 0.05);
    assertTrue(w != null && w.contains("refuting side"), String.valueOf(w));
    assertTrue(RateCheck.weakness(scalebound.theorem.Kind.UPPER_BOUND, true, fit(-0.62, -0.70, -0.55), -0.6, 0.05) == null);
    String loose = RateCheck.weakness(scalebound.theorem.Kind.UPPER_BOUND, true, fit(-1.2, -1.3, -1.1), -0.6, 0.05);
    assertTrue(loose != null && loose.contains("favourable"), String.valueOf(loose));
  }

  private static scalebound.numerics.measure.SlopeFit fit(double slope, double lower, double upper) {
    return new scalebound.numerics.measure.SlopeFit(slope, lower, upper, 0.99, 12, 5);
  }
}
