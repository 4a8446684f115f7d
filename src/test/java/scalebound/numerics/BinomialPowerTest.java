package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scalebound.numerics.measure.BinomialTest;

/** The stated power of the probabilistic check, against exact binomial sums computed by hand. */
class BinomialPowerTest {
  @Test
  void sixtyDrawsCatchABoundThatFailsTwiceAsOftenAsClaimedFortyTwoPercentOfTheTime() {
    // delta = 0.1, alpha = 0.01: refutation needs 13 violations of 60; P(Bin(60, 0.2) >= 13) = 0.4236.
    assertEquals(0.4236, BinomialTest.power(60, 0.1, 0.01, 0.2), 1e-4);
    assertEquals(0.9992, BinomialTest.power(60, 0.1, 0.01, 0.4), 1e-4);
    assertTrue(BinomialTest.of(13, 60, 0.1).refutes(0.01) && !BinomialTest.of(12, 60, 0.1).refutes(0.01),
        "the critical count of the power is the test's own");
  }

  @Test
  void noDrawsHaveNoPower() {
    assertEquals(0, BinomialTest.power(0, 0.1, 0.01, 0.5));
  }
}
