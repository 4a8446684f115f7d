package scalebound.numerics.kernels;

import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The Laplace kernel k(x, y) = Exp(-|x - y|_1 / s) (l1 distance, a product of one-dimensional
 * Laplace kernels). Its Fourier transform is a product of Cauchy densities, so the random
 * features are Sqrt(2) Cos(w.x + b) with w_i ~ Cauchy(0, 1/s), b ~ U[0, 2 Pi).
 */
public record Laplace(double s) implements Kernel {
  @Override
  public double value(double[] x, double[] y) {
    double d1 = 0;
    for (int i = 0; i < x.length; i++) {
      d1 += Math.abs(x[i] - y[i]);
    }
    return Math.exp(-d1 / s);
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    Matrix k = Matrix.zeros(a.size(), b.size());
    double[][] ra = rows(a.points());
    double[][] rb = rows(b.points());
    for (int i = 0; i < ra.length; i++) {
      for (int j = 0; j < rb.length; j++) {
        k.set(i, j, value(ra[i], rb[j]));
      }
    }
    return k;
  }

  static double[][] rows(Matrix x) {
    double[][] r = new double[x.rows()][];
    for (int i = 0; i < r.length; i++) {
      r[i] = x.row(i);
    }
    return r;
  }

  @Override
  public RandomFeatures finiteWidth(int dimension, int m, long seed) {
    return RandomFeatures.fourier(this, dimension, m, seed,
        (RandomGenerator r) -> Math.tan(Math.PI * (r.nextDouble() - 0.5)) / s);
  }

  @Override
  public String describe() {
    return "Laplace, scale=" + s;
  }
}
