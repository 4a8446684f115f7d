package scalebound.numerics.kernels;

import org.apache.commons.math3.random.RandomGenerator;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The Gaussian kernel k(x, y) = Exp(-|x - y|^2 / (2 s2)), s2 the squared bandwidth. Its
 * random-feature form (Rahimi & Recht 2007): psi(w, b; x) = Sqrt(2) Cos(w.x + b) with
 * w ~ N(0, I/s2), b ~ U[0, 2 Pi), since E[psi(x) psi(y)] = k(x, y).
 */
public record Rbf(double s2) implements Kernel {
  @Override
  public double value(double[] x, double[] y) {
    double d2 = 0;
    for (int i = 0; i < x.length; i++) {
      d2 += (x[i] - y[i]) * (x[i] - y[i]);
    }
    return Math.exp(-d2 / (2 * s2));
  }

  /** Squared distances from one Gram product: |a|^2 + |b|^2 - 2 a.b. */
  @Override
  public Matrix cross(Inputs a, Inputs b) {
    Matrix k = a.points().timesTranspose(b.points());
    double[] na = rowNormsSq(a.points());
    double[] nb = rowNormsSq(b.points());
    double[] data = k.data();
    int rows = k.rows();
    for (int j = 0; j < k.cols(); j++) {
      for (int i = 0; i < rows; i++) {
        double d2 = Math.max(0, na[i] + nb[j] - 2 * data[i + j * rows]);
        data[i + j * rows] = Math.exp(-d2 / (2 * s2));
      }
    }
    return k;
  }

  static double[] rowNormsSq(Matrix x) {
    double[] n = new double[x.rows()];
    double[] data = x.data();
    for (int j = 0; j < x.cols(); j++) {
      for (int i = 0; i < x.rows(); i++) {
        n[i] += data[i + j * x.rows()] * data[i + j * x.rows()];
      }
    }
    return n;
  }

  @Override
  public RandomFeatures finiteWidth(int dimension, int m, long seed) {
    return RandomFeatures.fourier(this, dimension, m, seed, (RandomGenerator r) -> r.nextGaussian() / Math.sqrt(s2));
  }

  @Override
  public String describe() {
    return "RBF, bandwidth^2=" + s2;
  }
}
