package scalebound.numerics.kernels;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The degree-1 arc-cosine kernel (Cho & Saul 2009) of ReLU features with w ~ N(0, I/d):
 * k(x, y) = E[2 Relu(w.x) Relu(w.y)] = (|x| |y| / (Pi d)) (Sin(theta) + (Pi - theta) Cos(theta)),
 * theta the angle between x and y. Its random-feature form is Sqrt(2) Relu(w.x).
 */
public record ArcCosine() implements Kernel {
  @Override
  public double value(double[] x, double[] y) {
    double xy = 0;
    double xx = 0;
    double yy = 0;
    for (int i = 0; i < x.length; i++) {
      xy += x[i] * y[i];
      xx += x[i] * x[i];
      yy += y[i] * y[i];
    }
    return 2 * ReluMoments.first(xx / x.length, yy / x.length, xy / x.length);
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    int d = a.dimension();
    Matrix k = a.points().timesTranspose(b.points());
    double[] na = Rbf.rowNormsSq(a.points());
    double[] nb = Rbf.rowNormsSq(b.points());
    for (int i = 0; i < k.rows(); i++) {
      for (int j = 0; j < k.cols(); j++) {
        k.set(i, j, 2 * ReluMoments.first(na[i] / d, nb[j] / d, k.get(i, j) / d));
      }
    }
    return k;
  }

  @Override
  public RandomFeatures finiteWidth(int dimension, int m, long seed) {
    return RandomFeatures.relu(this, dimension, m, seed);
  }

  @Override
  public String describe() {
    return "arc-cosine (degree 1, ReLU features)";
  }
}
