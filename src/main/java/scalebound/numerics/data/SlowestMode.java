package scalebound.numerics.data;

import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;

/**
 * Targets along the slowest mode of a training Gram operator: the worst case of a linear
 * convergence bound in lambda_min. For H = K/n on the training inputs with least eigenvalue
 * lambda and unit eigenvector v, the clean labels are y = Ymax v / |v|_inf (so |y_i| <= Ymax,
 * attained), and the regression function is their kernel interpolant
 * f*(x) = k(x, X)/n H^-1 y = k(x, X) y / (n lambda), which lies in the kernel's RKHS and takes
 * the values y on the training inputs.
 *
 * <p>Gradient descent (or flow) from zero on such labels excites only that mode: the residual
 * is (1 - eta lambda)^k y, and the predictor's error f_k - f* = -(1 - eta lambda)^k f* at every
 * x, so the excess risk against f* decays exactly as (1 - eta lambda)^(2k), with no faster mode
 * to hide the slowest one. The cross matrix passed to {@link #values} must be k(x, X)/n for the
 * same kernel as the Gram operator.
 */
public final class SlowestMode {
  private final double lambda;
  private final double[] labels;

  private SlowestMode(double lambda, double[] labels) {
    this.lambda = lambda;
    this.labels = labels;
  }

  /** The slowest mode of {@code eigen} (the decomposition of H = K/n), scaled to sup-norm ymax. */
  public static SlowestMode of(SymmetricEigen eigen, double ymax) {
    if (!(ymax > 0 && Double.isFinite(ymax))) {
      throw new IllegalArgumentException("the label bound Ymax must be a positive number, got " + ymax);
    }
    double[] v = eigen.vectors().column(0);
    double sup = 0;
    for (double x : v) {
      sup = Math.max(sup, Math.abs(x));
    }
    double[] y = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      y[i] = ymax * v[i] / sup;
    }
    return new SlowestMode(eigen.smallest(), y);
  }

  /** The clean training labels y = Ymax v / |v|_inf. */
  public double[] labels() {
    return labels.clone();
  }

  /** f*(x_j) = (k(x_j, X)/n) y / lambda for each row of {@code cross} = k(x, X)/n. */
  public double[] values(Matrix cross) {
    double[] f = cross.times(labels);
    for (int j = 0; j < f.length; j++) {
      f[j] /= lambda;
    }
    return f;
  }

  public String describe() {
    return "labels along the least-eigenvalue eigenvector of the training Gram operator (lambda " + lambda + ")";
  }
}
