package scalebound.numerics.dynamics;

import scalebound.numerics.linalg.Matrix;

/**
 * Minibatch SGD in function space: at each step only the batch's coefficients move,
 * alpha_B -= eta (n/b) (u_B - y_B), with u = H alpha kept up to date by u -= eta (n/b) H[:, B] (...).
 * Its expected step is the GD step of {@link GradientDescent}.
 */
public final class FunctionSpaceSgd {
  private final Matrix gram;
  private final double[] labels;
  private final double eta;
  private final Minibatches batches;
  private final double[] alpha;
  private final double[] fitted;

  public FunctionSpaceSgd(Matrix gram, double[] labels, double eta, Minibatches batches) {
    this.gram = gram;
    this.labels = labels.clone();
    this.eta = eta;
    this.batches = batches;
    this.alpha = new double[labels.length];
    this.fitted = new double[labels.length];
  }

  public void step() {
    int[] b = batches.next();
    double scale = eta * labels.length / b.length;
    double[] change = new double[b.length];
    for (int k = 0; k < b.length; k++) {
      change[k] = -scale * (fitted[b[k]] - labels[b[k]]);
      alpha[b[k]] += change[k];
    }
    double[] du = gram.selectColumns(b).times(change);
    for (int i = 0; i < fitted.length; i++) {
      fitted[i] += du[i];
    }
  }

  public void run(int k) {
    for (int i = 0; i < k; i++) {
      step();
    }
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
}
