package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.linalg.Matrix;

/** x uniform on [-1, 1]^d: bounded inputs, variance 1/3 per coordinate. */
public record UniformCube(int d) implements InputFamily {
  @Override
  public Inputs draw(int n, RandomGenerator random) {
    Matrix x = Matrix.zeros(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, 2 * random.nextDouble() - 1);
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
    java.util.Arrays.fill(v, 1.0 / 3);
    return Spectra.diagonal(v);
  }

  @Override
  public String describe() {
    return "uniform cube [-1,1]^" + d;
  }
}
