package scalebound.numerics.measure;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A decay y ~ c Exp(-b t) fitted by least squares on (t, Log y): b is the measured exponential
 * rate (the quantity L1 bounds below by 2 lambda).
 */
public record ExponentialRate(double rate, double rSquared) {
  public static ExponentialRate of(double[] t, double[] y) {
    SimpleRegression reg = new SimpleRegression();
    for (int i = 0; i < t.length; i++) {
      if (!(y[i] > 0)) {
        throw new IllegalArgumentException("an exponential fit needs positive values, got " + y[i] + " at t=" + t[i]);
      }
      reg.addData(t[i], Math.log(y[i]));
    }
    return new ExponentialRate(-reg.getSlope(), reg.getRSquare());
  }
}
