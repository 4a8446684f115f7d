package scalebound.numerics.kernels;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * A kernel that depends on its inputs only through |x|^2/d, |y|^2/d and x.y/d (the ReLU
 * kernels): one Gram product gives all three for a whole batch.
 */
interface InnerProductKernel extends Kernel {
  /** The kernel from a = |x|^2/d, b = |y|^2/d, c = x.y/d. */
  double of(double a, double b, double c);

  @Override
  default double value(double[] x, double[] y) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      xy += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return of(xx / x.length, yy / x.length, xy / x.length);
  }

  @Override
  default Matrix cross(Inputs a, Inputs b) {
    int d = a.dimension();
    Matrix k = a.points().timesTranspose(b.points());
    double[] na = Rbf.rowNormsSq(a.points());
    double[] nb = Rbf.rowNormsSq(b.points());
    for (int i = 0; i < k.rows(); i++) {
      for (int j = 0; j < k.cols(); j++) {
        k.set(i, j, of(na[i] / d, nb[j] / d, k.get(i, j) / d));
      }
    }
    return k;
  }
}
