package scalebound.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import java.util.List;
import org.junit.jupiter.api.Test;
import scalebound.symbolic.Expression;
import scalebound.math.Numeric;
import scalebound.theorem.Theorem;

/** Exponents that are expressions in constants: solved symbolically, verified, split into regions. */
class SymbolicExponentsTest {
  private static BigDecimal at(Expression e, String name, String value) throws Exception {
    return Numeric.value(e, Map.of(name, new BigDecimal(value)), 30);
  }

  @Test
  void oneActiveSetGivesOneFormulaThatMatchesTheStatedClaims() throws Exception {
    Theorem t = Fixtures.load("""
        id: test.symbolic-one
        title: symbolic exponents, one region
        source: {paper: test, locator: fixture, note: symbolic exponents}
        kind: upper-bound
        quantity: Risk
        resources: [M, D]
        constants: {A: "A > 0", B: "B > 0", a: "a > 1", b: "b > 0"}
        bound: "A*M^(-(a-1)) + B*D^(-b)"
        cost: "M*D"
        claims:
          compute-exponent: "-(a-1)*b/(a-1+b)"
          allocation-exponents: {M: "b/(a-1+b)", D: "(a-1)/(a-1+b)"}
          isolated-exponents: {M: "1-a", D: "-b"}
        """);
    Derivation d = Deriver.derive(t, false);
    assertEquals(1, d.diagrams().get("compute").regions().size());
    assertEquals(5, d.claims().size());
    assertTrue(d.holds(), d.claims().toString());
  }

  @Test
  void aWrongSymbolicClaimFailsWithAPointWhereItDiffers() throws Exception {
    Theorem t = Fixtures.load("""
        id: test.symbolic-wrong
        title: symbolic exponents, wrong claim
        source: {paper: test, locator: fixture, note: symbolic exponents}
        kind: upper-bound
        quantity: Risk
        resources: [M, D]
        constants: {A: "A > 0", B: "B > 0", a: "a > 1", b: "b > 0"}
        bound: "A*M^(-(a-1)) + B*D^(-b)"
        cost: "M*D"
        claims:
          compute-exponent: "-(a-1)*b/(a+b)"
        """);
    ClaimVerdict c = Deriver.derive(t, false).claims().get(0);
    assertTrue(!c.holds() && c.detail().startsWith("values differ at"), c.toString());
  }

  @Test
  void anActiveSetThatChangesAcrossTheDomainGivesAPhaseDiagram() throws Exception {
    // Rates a*s_M, s_M/4 and s_D/2 under s_M + s_D = 1: the M^(-a) term binds for a < 1/4 (exponent
    // -a/(1+2a)), the M^(-1/4) term for a > 1/4 (exponent -1/6).
    Theorem t = Fixtures.load("""
        id: test.symbolic-two
        title: symbolic exponents, two regions
        source: {paper: test, locator: fixture, note: symbolic exponents}
        kind: upper-bound
        quantity: Risk
        resources: [M, D]
        constants: {A: "A > 0", B: "B > 0", K: "K > 0", a: "0 < a < 1"}
        bound: "A*M^(-a) + B*D^(-1/2) + K*M^(-1/4)"
        cost: "M*D"
        claims:
          compute-exponent: "-1/6"
        """);
    Derivation d = Deriver.derive(t, false);
    PhaseDiagram compute = d.diagrams().get("compute");
    assertEquals(2, compute.regions().size(), compute.toString());
    PhaseDiagram.Region small = compute.regions().stream().filter(r -> r.active().contains("A/M^a")).findFirst().orElseThrow();
    PhaseDiagram.Region large = compute.regions().stream().filter(r -> r.active().contains("K/M^(1/4)")).findFirst().orElseThrow();
    assertEquals(-1.0 / 12, at(small.exponent(), "a", "0.1").doubleValue(), 1e-15);
    assertEquals(-1.0 / 6, at(large.exponent(), "a", "0.5").doubleValue(), 1e-15);
    assertEquals("a<=1/4", small.condition(), "in its simplest form, not (-1+4*a)/(4+8*a)<=0: " + compute);
    assertEquals("a>=1/4", large.condition(), compute.toString());
    ClaimVerdict claim = d.claims().get(0);
    assertTrue(!claim.holds() && claim.detail().contains("in the region where a<=1/4"), claim.toString());
  }

  @Test
  void everyRegionOfAnIsolatedLawHasItsOwnCondition() throws Exception {
    // n^(-2rb/(2rb+1)) where 2rb <= 1, n^(-1/2) where 2rb >= 1. Symja's Solve left out the
    // resource's own exponent (v$0 = 1), and the second region came out "everywhere on the domain".
    Theorem t = scalebound.theorem.TheoremLibrary.load(java.util.List.of(
        java.nio.file.Path.of("src/test/resources/symbolic-rate/two-region/krr-floor.yaml"))).get(0);
    PhaseDiagram n = Deriver.derive(t, false).diagrams().get("isolated.n");
    assertEquals(2, n.regions().size(), n.toString());
    for (PhaseDiagram.Region r : n.regions()) {
      boolean floor = r.exponent().text().equals("-1/2");
      assertEquals(1, r.parts().size(), r.toString());
      // 2rb = 3/2 lies in the floor's region only; 2rb = 3/4 in the other's only.
      assertEquals(floor, holds(r, "0.5", "1.5"), r.toString());
      assertEquals(!floor, holds(r, "0.25", "1.5"), r.toString());
    }
  }

  private static boolean holds(PhaseDiagram.Region region, String r, String b) throws Exception {
    for (Expression part : region.parts()) {
      if (!scalebound.math.DoubleFunction.compile(part, java.util.List.of("r", "b"))
          .holds(Double.parseDouble(r), Double.parseDouble(b))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void aRegionWhoseOptimalAllocationIsNotUniqueSaysSo() throws Exception {
    Theorem t = Fixtures.theorem("N, D, T", "", "A: \"A > 0\", B: \"B > 0\", E: \"E > 0\", alpha: \"alpha > 0\", beta: \"beta > 0\"",
        "", "A/(N*D)^alpha + B/T^beta + E/N^2", "N*D*T");
    PhaseDiagram compute = Deriver.derive(t, false).diagrams().get("compute");
    assertEquals(2, compute.regions().size(), compute.toString());
    for (PhaseDiagram.Region r : compute.regions()) {
      boolean interaction = r.active().stream().anyMatch(a -> a.contains("alpha"));
      assertEquals(interaction ? List.of("D", "N") : List.of(), r.notUnique(),
          "only N*D is fixed when A/(N*D)^alpha is active (E/N^2 slack): " + r);
    }
  }

  @Test
  void aLogPowerThatDependsOnTheConstantsIsCheckedExactlyAtTheSamplePoints() throws Exception {
    for (String[] claim : new String[][] {{"b/(a+b)", "TESTED"}, {"a/(a+b)", "REFUTED"}}) {
      Theorem t = Fixtures.load(String.join("\n",
          "id: test.log-power", "title: a log factor on one of two balanced terms", "source: {paper: test, locator: test, note: test}",
          "kind: upper-bound", "quantity: Risk", "resources: [n, m]",
          "constants: {A: \"A > 0\", B: \"B > 0\", a: \"a > 0\", b: \"b > 0\"}",
          "bound: \"A*Log(n)/n^a + B/m^b\"", "cost: \"n*m\"",
          "claims:", "  compute-log-power: \"" + claim[0] + "\"", ""));
      Derivation d = Deriver.derive(t, false);
      assertEquals(claim[1], d.claims().get(0).verdict().status().name(), claim[0] + ": " + d.claims());
    }
  }

  @Test
  void aRegionMetOnlyWhereAConstantIsHugeIsFoundThere() throws Exception {
    ClaimVerdict v = Deriver.derive(farRegion("10^15"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.REFUTED, v.verdict().status(), "for b > 10^15 the second term decays "
        + "slower than n^(-a): " + v);
    assertTrue(v.detail().contains("in the region where b>=1000000000000000"), v.detail());
  }

  @Test
  void aClaimOnTheOneRegionFoundIsNotProvedWhenThatRegionDoesNotCoverTheDomain() throws Exception {
    // b > 10^400: beyond every point searched (constants scaled by up to 10^300).
    ClaimVerdict v = Deriver.derive(farRegion("10^400"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.TESTED, v.verdict().status(), v.toString());
    assertTrue(v.detail().contains("another region may exist"), v.detail());
  }

  @Test
  void aTermOfTheOtherResourcesThatVanishesOnlyForPositiveBMakesTheLawConditional() throws Exception {
    // A*n^(-1/2) + B*n^(-1/4)*m^(-b): in n alone the second term vanishes only for b > 0; at b = 0
    // the law is n^(-1/4), for b < 0 there is none (a hostile referee's; both were "proved").
    ClaimVerdict atZero = Deriver.derive(otherResource("b >= 0"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.TESTED, atZero.verdict().status(), atZero.toString());
    assertTrue(atZero.detail().contains("holds where b>0"), atZero.detail());
    ClaimVerdict negative = Deriver.derive(otherResource("b > -1"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.REFUTED, negative.verdict().status(), "b is sampled below 0: " + negative);
    assertTrue(negative.detail().contains("grows as the other resources grow"), negative.detail());
  }

  @Test
  void aSampleIsTakenAtItsExactValueNotRoundedOntoABoundary() throws Exception {
    // One of the domain's samples has b = 0.01562172, which a rounding to denominators <= 1000
    // made exactly 1/64: a tie of both terms, a degenerate active set, and no law at all.
    Theorem t = withClaims("[n]", "", "A: \"A > 0\", B: \"B > 0\", b: \"0 < b <= 1/64\"", "A*n^(-1/64) + B*n^(-b)",
        "isolated-exponents: {n: \"-b\"}");
    ClaimVerdict v = Deriver.derive(t, false).claims().get(0);
    assertEquals(scalebound.verdict.Status.PROVED, v.verdict().status(), v.toString());
  }

  @Test
  void aClaimThatFollowsTheRegionsIsTestedAtEverySampleOfEach() throws Exception {
    // n^(-1/2) + n^(-b): the law is n^(-Min(1/2, b)), two regions (a hostile referee's: it was refuted
    // because no single region's formula is the claim).
    ClaimVerdict min = Deriver.derive(twoRegions("-Min(1/2, b)"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.TESTED, min.verdict().status(), min.toString());
    ClaimVerdict max = Deriver.derive(twoRegions("-Max(1/2, b)"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.REFUTED, max.verdict().status(), max.toString());
    assertTrue(max.detail().contains("in the region where b>=1/2"), max.detail());
  }

  @Test
  void aClaimWrongOnlyInABandAroundARegionBoundaryIsRefutedOnTheBoundary() throws Exception {
    // Equal to the law at every random sample, but 10^-7 off within 10^-7 of b = 1/2 (a hostile referee's).
    ClaimVerdict v = Deriver.derive(twoRegions("-Min(1/2, b) - Max(0, 10^(-7) - Abs(b - 1/2))"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.REFUTED, v.verdict().status(), v.toString());
    assertTrue(v.detail().contains("on the boundary of the region"), v.detail());
  }

  @Test
  void anAllocationWhoseOptimumIsAnIntervalIsCheckedAgainstThatInterval() throws Exception {
    // In T alone every eta = T^s with a - 2 <= s <= -a is optimal; -1 lies inside, 1 - a does not.
    ClaimVerdict inside = Deriver.derive(tunableInterval("-1"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.TESTED, inside.verdict().status(), inside.toString());
    ClaimVerdict outside = Deriver.derive(tunableInterval("1 - a"), false).claims().get(0);
    assertEquals(scalebound.verdict.Status.REFUTED, outside.verdict().status(), outside.toString());
  }

  private static Theorem twoRegions(String claim) {
    return withClaims("[n]", "", "A: \"A > 0\", B: \"B > 0\", b: \"b > 0\"", "A*n^(-1/2) + B*n^(-b)",
        "isolated-exponents: {n: \"" + claim + "\"}");
  }

  private static Theorem tunableInterval(String claim) {
    return withClaims("[T]", "[eta]", "A: \"A > 0\", B: \"B > 0\", C: \"C > 0\", a: \"0 < a < 1/2\"",
        "A*T^(-a) + B*eta + C*eta^(-1)*T^(-2)", "isolated-allocations: {T: {eta: \"" + claim + "\"}}");
  }

  private static Theorem otherResource(String condition) {
    return withClaims("[n, m]", "", "A: \"A > 0\", B: \"B > 0\", b: \"" + condition + "\"",
        "A*n^(-1/2) + B*n^(-1/4)*m^(-b)", "isolated-exponents: {n: \"-1/2\"}");
  }

  private static Theorem farRegion(String scale) {
    return withClaims("[n]", "", "a: \"a > 0\", b: \"b > 0\", c1: \"c1 > 0\", c2: \"c2 > 0\"",
        "c1*n^(-a) + c2*n^(-a - 1 + b/" + scale + ")", "isolated-exponents: {n: \"-a\"}");
  }

  /** A fixture theorem with one claim (a hostile referee's cases, mostly). */
  private static Theorem withClaims(String resources, String tunables, String constants, String bound, String claim) {
    return Fixtures.load(String.join("\n", "id: test.fixture", "title: fixture",
        "source: {paper: test, locator: test, note: test}", "kind: upper-bound", "quantity: R",
        "resources: " + resources, tunables.isEmpty() ? "" : "tunables: " + tunables, "constants: {" + constants + "}",
        "bound: \"" + bound + "\"", "claims:", "  " + claim, ""));
  }

}
