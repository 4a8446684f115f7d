package scalebound.numerics.data;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.linalg.Matrix;

/** Heavy tails: each coordinate independently Student-t with nu > 2 degrees of freedom. */
public record StudentT(int d, double nu) implements InputFamily {
  public StudentT {
    if (!(nu > 2)) {
      throw new IllegalArgumentException("Student-t inputs need nu > 2 for a finite covariance, got " + nu);
    }
  }

  @Override
  public Inputs draw(int n, RandomGenerator random) {
    TDistribution t = new TDistribution(random, nu);
    Matrix x = Matrix.zeros(n, d);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x.set(i, j, t.sample());
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

  /** Var = nu/(nu-2) per coordinate. */
  @Override
  public double[][] covariance() {
    double[] v = Spectra.flat(d);
    java.util.Arrays.fill(v, nu / (nu - 2));
    return Spectra.diagonal(v);
  }

  @Override
  public String describe() {
    return "Student-t, d=" + d + ", nu=" + nu;
  }
}
