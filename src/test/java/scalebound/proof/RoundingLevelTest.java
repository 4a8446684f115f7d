package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scalebound.math.Signs;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.verdict.Status;

/**
 * A difference at the 50-digit rounding level is never a counterexample (issue 17: a chain whose
 * Simplify difference is 0 was refuted with "the two sides differ: 1E-51 vs 0 although Simplify
 * gives 0"). What matters is the rounding of the terms that cancel, not the size of the result:
 * K*Log(x*y) - K*Log(x) - K*Log(y) at K = 1e25 leaves about 1e-25 of rounding, above any fixed
 * absolute threshold, yet it is exactly 0.
 */
class RoundingLevelTest {
  private static final List<String> SYMBOLS = List.of("K", "x", "y");

  private static Expression read(String text) throws Exception {
    return new ExpressionReader(Set.copyOf(SYMBOLS)).expression(text);
  }

  private static Decision decide(String a, String b) throws Exception {
    List<Expression> conditions = List.of(
        new ExpressionReader(Set.copyOf(SYMBOLS)).condition("K > 0"),
        new ExpressionReader(Set.copyOf(SYMBOLS)).condition("x > 1"),
        new ExpressionReader(Set.copyOf(SYMBOLS)).condition("y > 1"));
    List<double[]> samples = List.of(new double[] {1e25, 3, 7}, new double[] {1e40, 1.1, 1e9},
        new double[] {1, 2, 5});
    return Identity.decide(read(a).symja(), read(b).symja(), SYMBOLS, samples, List.of(), new Signs(SYMBOLS, conditions));
  }

  @Test
  void cancellationAtTheRoundingLevelOfLargeTermsDoesNotRefuteAnIdentitySimplifyProves() throws Exception {
    Decision d = decide("K*Log(x*y) - K*Log(x) - K*Log(y)", "0");
    assertTrue(d.passes(), d.toString());
  }

  @Test
  void aSampledIdentityIsNotRefutedByRoundingEither() throws Exception {
    // Simplify cannot show this one 0 (x^(1/3) is not expanded); the sampled comparison must not
    // take the rounding of 1e25-sized terms for a difference.
    Decision d = decide("K*(x^(1/3))^3*y - K*x*y", "0");
    assertTrue(d.passes(), d.toString());
  }

  @Test
  void aRealDifferenceIsStillRefutedAndTinyOnesAboveRoundingToo() throws Exception {
    Decision d = decide("K*Log(x*y) - K*Log(x) - K*Log(y) + K*10^(-20)", "0");
    assertEquals(Status.REFUTED, d.status(), d.toString());
    Decision e = decide("K*Log(x*y)", "K*Log(x) + K*Log(y) + 10^(-20)");
    assertEquals(Status.REFUTED, e.status(), e.toString());
  }
}
