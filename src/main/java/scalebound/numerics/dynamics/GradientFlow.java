package scalebound.numerics.dynamics;

import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;

/**
 * Kernel gradient flow on the squared loss, solved exactly in the eigenbasis of the Gram
 * matrix H = Q diag(lambda) Q'. Predictor f_t(x) = H(x, X) alpha(t), alpha(0) = 0,
 * d alpha/dt = -(H alpha - y), so on the training set the residual r = H alpha - y obeys
 * dr/dt = -H r (L1's equation) and
 * <pre>
 *   r(t)     = -Q diag(Exp(-lambda t)) Q' y,
 *   alpha(t) =  Q diag((1 - Exp(-lambda t)) / lambda) Q' y.
 * </pre>
 * One eigendecomposition serves every time point: no O(n^3) work per time.
 */
public final class GradientFlow {
  private final SymmetricEigen eigen;
  private final double[] labelsInBasis;

  public GradientFlow(Matrix gram, double[] labels) {
    this(SymmetricEigen.of(gram), labels);
  }

  public GradientFlow(SymmetricEigen eigen, double[] labels) {
    this.eigen = eigen;
    this.labelsInBasis = eigen.toEigenbasis(labels);
  }

  public SymmetricEigen eigen() {
    return eigen;
  }

  /** r(t) = H alpha(t) - y on the training set. */
  public double[] residual(double t) {
    double[] lambda = eigen.values();
    double[] c = new double[lambda.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = -Math.exp(-lambda[i] * t) * labelsInBasis[i];
    }
    return eigen.fromEigenbasis(c);
  }

  /** |r(t)|^2, computed in the eigenbasis (Q is orthogonal). */
  public double residualNormSq(double t) {
    double[] lambda = eigen.values();
    double s = 0;
    for (int i = 0; i < lambda.length; i++) {
      double c = Math.exp(-lambda[i] * t) * labelsInBasis[i];
      s += c * c;
    }
    return s;
  }

  /** alpha(t), the expansion coefficients of f_t. */
  public double[] coefficients(double t) {
    return eigen.fromEigenbasis(weighted(t));
  }

  private double[] weighted(double t) {
    double[] lambda = eigen.values();
    double[] c = new double[lambda.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = filter(lambda[i], t) * labelsInBasis[i];
    }
    return c;
  }

  /** (1 - Exp(-lambda t)) / lambda, continuous through lambda = 0 (value t). */
  private static double filter(double lambda, double t) {
    double x = lambda * t;
    return Math.abs(x) < 1e-12 ? t : -Math.expm1(-x) / lambda;
  }

  /**
   * f_t on test inputs at each time: rows = times. {@code cross} is H(test, train), on the same
   * scale as the training Gram matrix. Costs one product with Q, then one matrix-vector
   * product per time.
   */
  public double[][] predictions(Matrix cross, double[] times) {
    Matrix a = cross.times(eigen.vectors());
    double[][] out = new double[times.length][];
    for (int k = 0; k < times.length; k++) {
      out[k] = a.times(weighted(times[k]));
    }
    return out;
  }
}
