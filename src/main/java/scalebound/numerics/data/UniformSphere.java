package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.linalg.Matrix;

/** x uniform on the unit sphere S^(d-1): a normalised Gaussian; covariance I/d. */
public record UniformSphere(int d) implements InputFamily {
  @Override
  public Inputs draw(int n, RandomGenerator random) {
    Matrix x = Matrix.zeros(n, d);
    double[] g = new double[d];
    for (int i = 0; i < n; i++) {
      double norm = 0;
      for (int j = 0; j < d; j++) {
        g[j] = random.nextGaussian();
        norm += g[j] * g[j];
      }
      norm = Math.sqrt(norm);
      for (int j = 0; j < d; j++) {
        x.set(i, j, g[j] / norm);
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
    double[] v = Spectra.flat(d);
    java.util.Arrays.fill(v, 1.0 / d);
    return Spectra.diagonal(v);
  }

  @Override
  public String describe() {
    return "uniform sphere S^" + (d - 1);
  }
}
