package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * An out-of-RKHS target: f*(x) = Sign(u.x) for a fixed random direction u. It is discontinuous,
 * so it lies outside the RKHS of every continuous kernel; it is bounded by 1.
 */
public final class RoughTarget implements Target {
  private final double[] direction;
  private final long seed;

  public RoughTarget(int dimension, long seed) {
    this.seed = seed;
    RandomGenerator r = new Well19937c(seed);
    direction = new double[dimension];
    for (int j = 0; j < dimension; j++) {
      direction[j] = r.nextGaussian();
    }
  }

  @Override
  public double value(double[] x) {
    double s = 0;
    for (int j = 0; j < direction.length; j++) {
      s += direction[j] * x[j];
    }
    return Math.signum(s);
  }

  @Override
  public String describe() {
    return "rough target Sign(u.x) (seed " + seed + ")";
  }
}
