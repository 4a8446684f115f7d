package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.linalg.Matrix;

/** x ~ N(0, diag(1, 2^-a, ..., d^-a)): a Gaussian whose covariance spectrum decays as i^(-a). */
public record PowerLawGaussian(int d, double a) implements InputFamily {
  @Override
  public Inputs draw(int n, RandomGenerator random) {
    return gaussian(n, new double[d], Spectra.powerLaw(d, a), random);
  }

  static Inputs gaussian(int n, double[] mean, double[] variances, RandomGenerator random) {
    int d = mean.length;
    Matrix x = Matrix.zeros(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, mean[j] + Math.sqrt(variances[j]) * random.nextGaussian());
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
    return new double[d];
  }

  @Override
  public double[][] covariance() {
    return Spectra.diagonal(Spectra.powerLaw(d, a));
  }

  @Override
  public String describe() {
    return "power-law Gaussian, d=" + d + ", spectrum i^-" + a;
  }
}
