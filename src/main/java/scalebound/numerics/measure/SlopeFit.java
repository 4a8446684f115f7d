package scalebound.numerics.measure;

import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * A power law y ~ c x^s fitted by least squares on (Log x, Log y), with a percentile bootstrap
 * confidence interval for s that resamples whole seeds (the repetitions of an experiment), so
 * correlation within a seed's curve is respected.
 */
public record SlopeFit(double slope, double lower, double upper, double rSquared, int seeds, int points) {

  /**
   * @param x the abscissae, shared by every seed
   * @param y y[seed][i], positive
   * @param level e.g. 0.95
   */
  public static SlopeFit of(double[] x, double[][] y, double level, long bootstrapSeed) {
    for (double[] row : y) {
      if (row.length != x.length) {
        throw new IllegalArgumentException("each seed needs " + x.length + " values, got " + row.length);
      }
      for (double v : row) {
        if (!(v > 0)) {
          throw new IllegalArgumentException("a log-log fit needs positive values, got " + v);
        }
      }
    }
    SimpleRegression all = regression(x, y, identity(y.length));
    int resamples = 1000;
    double[] slopes = new double[resamples];
    RandomGenerator r = new Well19937c(bootstrapSeed);
    int[] pick = new int[y.length];
    for (int b = 0; b < resamples; b++) {
      for (int i = 0; i < pick.length; i++) {
        pick[i] = r.nextInt(y.length);
      }
      slopes[b] = regression(x, y, pick).getSlope();
    }
    Arrays.sort(slopes);
    double tail = (1 - level) / 2 * 100;
    Percentile p = new Percentile();
    double lo = y.length == 1 ? all.getSlope() - all.getSlopeStdErr() * 1.96 : p.evaluate(slopes, tail);
    double hi = y.length == 1 ? all.getSlope() + all.getSlopeStdErr() * 1.96 : p.evaluate(slopes, 100 - tail);
    return new SlopeFit(all.getSlope(), lo, hi, all.getRSquare(), y.length, x.length);
  }

  private static int[] identity(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static SimpleRegression regression(double[] x, double[][] y, int[] seeds) {
    SimpleRegression reg = new SimpleRegression();
    for (int s : seeds) {
      for (int i = 0; i < x.length; i++) {
        reg.addData(Math.log(x[i]), Math.log(y[s][i]));
      }
    }
    return reg;
  }
}
