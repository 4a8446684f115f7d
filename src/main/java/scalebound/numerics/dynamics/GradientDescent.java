package scalebound.numerics.dynamics;

import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;

/**
 * Gradient descent on the same objective as {@link GradientFlow}, step eta:
 * alpha_(k+1) = alpha_k - eta (H alpha_k - y), hence r_(k+1) = (I - eta H) r_k. Iterated with one
 * matrix-vector product per step; {@link #closedFormResidual} gives the same residual from the
 * eigendecomposition, r_k = -Q diag((1 - eta lambda)^k) Q' y, an independent route.
 */
public final class GradientDescent {
  private final Matrix gram;
  private final double[] labels;
  private final double eta;
  private double[] alpha;
  private double[] fitted;
  private int steps;

  public GradientDescent(Matrix gram, double[] labels, double eta) {
    this.gram = gram;
    this.labels = labels.clone();
    this.eta = eta;
    this.alpha = new double[labels.length];
    this.fitted = new double[labels.length];
  }

  public void step() {
    for (int i = 0; i < alpha.length; i++) {
      alpha[i] -= eta * (fitted[i] - labels[i]);
    }
    fitted = gram.times(alpha);
    steps++;
  }

  public void run(int k) {
    for (int i = 0; i < k; i++) {
      step();
    }
  }

  public int steps() {
    return steps;
  }

  public double[] residual() {
    double[] r = new double[labels.length];
    for (int i = 0; i < r.length; i++) {
      r[i] = fitted[i] - labels[i];
    }
    return r;
  }

  public double[] coefficients() {
    return alpha.clone();
  }

  /** r_k from the eigendecomposition. */
  public static double[] closedFormResidual(SymmetricEigen eigen, double[] labels, double eta, int k) {
    double[] lambda = eigen.values();
    double[] c = eigen.toEigenbasis(labels);
    for (int i = 0; i < c.length; i++) {
      c[i] = -Math.pow(1 - eta * lambda[i], k) * c[i];
    }
    return eigen.fromEigenbasis(c);
  }
}
