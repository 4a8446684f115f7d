package scalebound.numerics.dynamics;

import scalebound.numerics.linalg.Matrix;

/**
 * Minibatch SGD on a random-feature model f(x) = phi(x).theta, theta(0) = 0, squared loss:
 * theta -= eta (n/b) Phi_B' (Phi_B theta - y_B). With H = Phi Phi' it is the same trajectory as
 * {@link FunctionSpaceSgd} (theta = Phi' alpha), reached through the m-dimensional parameters
 * instead of the n coefficients.
 */
public final class PrimalSgd {
  private final Matrix features;
  private final double[] labels;
  private final double eta;
  private final Minibatches batches;
  private final double[] theta;

  public PrimalSgd(Matrix features, double[] labels, double eta, Minibatches batches) {
    this.features = features;
    this.labels = labels.clone();
    this.eta = eta;
    this.batches = batches;
    this.theta = new double[features.cols()];
  }

  public void step() {
    int[] b = batches.next();
    Matrix phi = features.selectRows(b);
    double[] r = phi.times(theta);
    for (int k = 0; k < b.length; k++) {
      r[k] -= labels[b[k]];
    }
    double[] g = phi.transposeTimes(r);
    double scale = eta * labels.length / b.length;
    for (int j = 0; j < theta.length; j++) {
      theta[j] -= scale * g[j];
    }
  }

  public void run(int k) {
    for (int i = 0; i < k; i++) {
      step();
    }
  }

  public double[] parameters() {
    return theta.clone();
  }

  /** Phi theta on any inputs' feature matrix. */
  public double[] predict(Matrix phi) {
    return phi.times(theta);
  }
}
