package scalebound.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * The engine against an exact solver written without it ({@link ExactLaws}) on random laws of
 * the documented class ({@link RandomLaw}): every compute exponent, allocation (or range of
 * optimal allocations), log power and isolated law must be the solver's, and the engine's own
 * numeric cross-check must agree with every one of them (a disagreement on a correct law is a
 * false alarm that would fail a paper's CI). Seeded: 100 laws in the default run (about 45 s),
 * 1000 under {@code -Pthorough}. Measured on 300: 0 wrong values, 0 false alarms in 2316
 * cross-checks.
 */
class RandomLawProperties {

  @Property(seed = "20261206", shrinking = ShrinkingMode.OFF)
  void theEngineDerivesTheExactLawsAndItsCrossCheckRaisesNoFalseAlarm(@ForAll long seed) throws Exception {
    RandomLaw random = RandomLaw.draw(seed);
    ExactLaws exact = new ExactLaws(random);
    Derivation d = Deriver.derive(random.theorem());
    String context = random + "\nnotes " + d.notes();
    Statistics.label("tunable").collect(random.tunable() != null);
    Statistics.label("exponential").collect(random.parts().stream().anyMatch(p -> !p.decay().isEmpty()));
    Statistics.label("log factor").collect(random.parts().stream().anyMatch(p -> !p.log().isEmpty()));
    Statistics.label("resources").collect(random.resources().size());
    Optional<ExactLaws.Exact> compute = exact.compute();
    Statistics.label("compute law").collect(compute.isPresent() ? "power law" : "faster than any power");
    assertEquals(compute.isPresent(), d.compute().isPresent(), "compute law exists: " + context);
    if (compute.isPresent()) {
      same(compute.get(), d.compute().get(), "compute law", context);
    }
    for (String x : random.resources()) {
      Optional<ExactLaws.Exact> law = exact.isolated(x);
      assertEquals(law.isPresent(), d.isolated().containsKey(x), "isolated law in " + x + " exists: " + context);
      if (law.isPresent()) {
        assertEquals(law.get().exponent(), d.isolated().get(x).exponent(), "isolated exponent in " + x + ": " + context);
        assertEquals(law.get().logPower(), d.isolated().get(x).logPower(), "isolated log power in " + x + ": " + context);
        settledTunable(exact, random.tunable(), x, d.isolated().get(x), context);
      }
    }
    for (CrossCheck c : d.crossChecks()) {
      Statistics.label("cross-checks").collect(Double.isNaN(c.measured()) ? "not measured" : "measured");
      assertTrue(c.agrees(), "false alarm of the cross-check " + c + ": " + context);
    }
  }

  /**
   * The tunable of an isolated law as the exact solver sees it (its optimal range with the others
   * at M = 500 and 1000; an end that moves with M is infinite): a single value must be the
   * engine's allocation; a range, the engine's range; both ends infinite means the tunable
   * follows the other resources, and the engine reports nothing.
   */
  private static void settledTunable(ExactLaws exact, String v, String x, Law law, String context) {
    Optional<BigFraction[]> limit = exact.isolatedTunable(x);
    if (limit.isEmpty()) {
      return;
    }
    BigFraction low = limit.get()[0];
    BigFraction high = limit.get()[1];
    String what = "isolated law in " + x + ", optimal " + v + " (exact [" + low + ", " + high + "]): ";
    if (low != null && low.equals(high)) {
      assertEquals(low, law.allocation().get(v), what + context);
    } else if (low == null && high == null) {
      assertFalse(law.allocation().containsKey(v), what + context);
      Law.Range range = law.ranges().get(v);
      assertTrue(range == null || range.low() == null && range.high() == null, what + range + " " + context);
    } else {
      Law.Range range = law.ranges().get(v);
      assertTrue(range != null, what + "no range: " + context);
      assertEquals(low, range.low(), what + context);
      assertEquals(high, range.high(), what + context);
    }
  }

  private static void same(ExactLaws.Exact exact, Law law, String what, String context) {
    assertEquals(exact.exponent(), law.exponent(), what + " exponent: " + context);
    assertEquals(exact.logPower(), law.logPower(), what + " log power: " + context);
    for (Map.Entry<String, BigFraction[]> e : exact.ranges().entrySet()) {
      BigFraction low = e.getValue()[0];
      BigFraction high = e.getValue()[1];
      String v = e.getKey();
      if (low != null && low.equals(high)) {
        assertEquals(low, law.allocation().get(v), what + " allocation of " + v + ": " + context);
        assertFalse(law.ranges().containsKey(v), what + " range of " + v + ": " + context);
      } else {
        Law.Range range = law.ranges().get(v);
        assertTrue(range != null, what + " has no range for " + v + " (exact: [" + low + ", " + high + "]): " + context);
        if (low == null) {
          assertNull(range.low(), what + " lower end for " + v + ": " + context);
        } else {
          assertEquals(low, range.low(), what + " lower end for " + v + ": " + context);
        }
        if (high == null) {
          assertNull(range.high(), what + " upper end for " + v + ": " + context);
        } else {
          assertEquals(high, range.high(), what + " upper end for " + v + ": " + context);
        }
      }
    }
  }
}
