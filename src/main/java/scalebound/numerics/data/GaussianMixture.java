package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.linalg.Matrix;

/**
 * An equal-weight mixture of k Gaussians N(mu_c, s^2 I_d). The means are drawn once from
 * {@code structureSeed} as N(0, I_d) scaled by {@code separation}.
 */
public final class GaussianMixture implements InputFamily {
  private final int d;
  private final int k;
  private final double separation;
  private final double s;
  private final long structureSeed;
  private final double[][] means;

  public GaussianMixture(int d, int k, double separation, double s, long structureSeed) {
    this.d = d;
    this.k = k;
    this.separation = separation;
    this.s = s;
    this.structureSeed = structureSeed;
    RandomGenerator r = new Well19937c(structureSeed);
    means = new double[k][d];
    for (double[] mu : means) {
      for (int j = 0; j < d; j++) {
        mu[j] = separation * r.nextGaussian();
      }
    }
  }

  @Override
  public Inputs draw(int n, RandomGenerator random) {
    Matrix x = Matrix.zeros(n, d);
    for (int i = 0; i < n; i++) {
      double[] mu = means[random.nextInt(k)];
      for (int j = 0; j < d; j++) {
        x.set(i, j, mu[j] + s * random.nextGaussian());
      }
    }
    return Inputs.vectors(x);
  }

  @Override
  public int dimension() {
    return d;
  }

  @Override
  public double[] mean() {
    double[] m = new double[d];
    for (double[] mu : means) {
      for (int j = 0; j < d; j++) {
        m[j] += mu[j] / k;
      }
    }
    return m;
  }

  /** Within-component s^2 I plus the covariance of the component means. */
  @Override
  public double[][] covariance() {
    double[] m = mean();
    double[][] c = new double[d][d];
    for (double[] mu : means) {
      for (int i = 0; i < d; i++) {
        for (int j = 0; j < d; j++) {
          c[i][j] += (mu[i] - m[i]) * (mu[j] - m[j]) / k;
        }
      }
    }
    for (int i = 0; i < d; i++) {
      c[i][i] += s * s;
    }
    return c;
  }

  @Override
  public String describe() {
    return "Gaussian mixture, d=" + d + ", k=" + k + ", separation=" + separation + ", s=" + s
        + ", structure seed " + structureSeed;
  }
}
