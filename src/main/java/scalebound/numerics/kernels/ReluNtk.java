package scalebound.numerics.kernels;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The neural tangent kernel of a depth-L ReLU network in the NTK parameterisation
 * (Jacot et al. 2018; Arora et al. 2019, closed-form recursion):
 * Sigma^0 = x.y/d; Sigma^l = E[Relu(u) Relu(v)], Sigmadot^l = E[Relu'(u) Relu'(v)] with (u, v)
 * Gaussian of covariance Sigma^(l-1); Theta^0 = Sigma^0, Theta^l = Theta^(l-1) Sigmadot^l + Sigma^l.
 * Its finite-width form is the empirical NTK of that network at a random initialisation
 * ({@link EmpiricalReluNtk}).
 */
public record ReluNtk(int depth) implements Kernel {
  public ReluNtk {
    if (depth < 1) {
      throw new IllegalArgumentException("a ReLU NTK needs depth >= 1, got " + depth);
    }
  }

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
    return theta(xx / x.length, yy / x.length, xy / x.length);
  }

  private double theta(double a, double b, double c) {
    double t = c;
    for (int l = 1; l <= depth; l++) {
      double dot = ReluMoments.derivative(a, b, c);
      double na = ReluMoments.first(a, a, a);
      double nb = ReluMoments.first(b, b, b);
      c = ReluMoments.first(a, b, c);
      a = na;
      b = nb;
      t = t * dot + c;
    }
    return t;
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    int d = a.dimension();
    Matrix k = a.points().timesTranspose(b.points());
    double[] na = Rbf.rowNormsSq(a.points());
    double[] nb = Rbf.rowNormsSq(b.points());
    for (int i = 0; i < k.rows(); i++) {
      for (int j = 0; j < k.cols(); j++) {
        k.set(i, j, theta(na[i] / d, nb[j] / d, k.get(i, j) / d));
      }
    }
    return k;
  }

  @Override
  public Kernel finiteWidth(int dimension, int m, long seed) {
    return new EmpiricalReluNtk(this, dimension, m, seed);
  }

  @Override
  public String describe() {
    return "ReLU NTK, depth " + depth;
  }
}
