package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import scalebound.numerics.measure.BinomialTest;
import scalebound.numerics.measure.ExponentialRate;
import scalebound.numerics.measure.Plateau;
import scalebound.numerics.measure.SlopeFit;

class MeasurementTest {
  @Test
  void slopeFitRecoversAKnownPowerLawAndItsIntervalCoversIt() {
    double[] x = {10, 20, 40, 80, 160, 320};
    double[][] y = new double[8][x.length];
    Well19937c r = new Well19937c(1);
    for (int s = 0; s < y.length; s++) {
      for (int i = 0; i < x.length; i++) {
        y[s][i] = 3 * Math.pow(x[i], -0.5) * Math.exp(0.05 * r.nextGaussian());
      }
    }
    SlopeFit fit = SlopeFit.of(x, y, 0.95, 2);
    assertEquals(-0.5, fit.slope(), 0.03);
    assertTrue(fit.lower() < -0.5 && -0.5 < fit.upper(), fit.toString());
    assertTrue(fit.upper() - fit.lower() < 0.1, fit.toString());
  }

  @Test
  void exponentialRateOfAnExactExponential() {
    double[] t = {0, 1, 2, 3};
    double[] y = new double[4];
    for (int i = 0; i < 4; i++) {
      y[i] = 5 * Math.exp(-0.7 * t[i]);
    }
    assertEquals(0.7, ExponentialRate.of(t, y).rate(), 1e-12);
  }

  @Test
  void plateauOnsetOfExponentialDecayOntoAFloor() {
    double[] x = new double[50];
    double[] y = new double[50];
    for (int i = 0; i < 50; i++) {
      x[i] = i;
      y[i] = Math.exp(-i) + 0.01;
    }
    Plateau p = Plateau.of(x, y, 0.1);
    assertEquals(7, p.onset(), 0.0, "e^-i is within 10% of the floor 0.01 from i = 7 on: " + p);
  }

  @Test
  void exactBinomialTestAgainstHandValues() {
    assertEquals(1.0, BinomialTest.of(0, 100, 0.05).pValue(), 0.0);
    assertEquals(1 - Math.pow(0.95, 10), BinomialTest.of(1, 10, 0.05).pValue(), 1e-12);
    assertFalse(BinomialTest.of(7, 100, 0.05).refutes(0.01));
    assertTrue(BinomialTest.of(20, 100, 0.05).refutes(0.01));
  }
}
