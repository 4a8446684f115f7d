package scalebound.numerics.transformer;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.dynamics.Minibatches;
import scalebound.numerics.linalg.Matrix;

/**
 * Trains a transformer and its linearisation around initialisation side by side, on the same
 * steps and batches, and measures how far they drift apart (the lazy-training deviation of
 * Lee et al. 2019). The linearisation f_lin(x; theta) = f(x; theta_0) + grad f(x; theta_0).(theta - theta_0)
 * trained by (S)GD on (1/(2b)) sum_B (f - y)^2 moves its predictions by
 * u -= (eta/b) Theta[:, B] (u_B - y_B), Theta the empirical NTK at theta_0, so it is run in function
 * space on the training and test inputs.
 */
public final class LazyTraining {
  /** Predictions of both models on the test inputs, and their deviation, after each step. */
  public record Result(double[] deviation, double[] trainLoss, double[] linearTrainLoss, double eta,
      double ntkLargestEigenvalue) {
    /** The largest RMS deviation over the horizon. */
    public double maxDeviation() {
      double d = 0;
      for (double v : deviation) {
        d = Math.max(d, v);
      }
      return d;
    }
  }

  private LazyTraining() {}

  /**
   * Runs {@code steps} steps with step size {@code etaScale / lambdaMax(Theta/n)} (so the
   * horizon in flow time is comparable across widths). With {@code batches} null, full-batch GD.
   */
  public static Result run(Transformer initial, Inputs train, double[] labels, Inputs test, double etaScale,
      int steps, Minibatches batches) {
    int n = train.size();
    Matrix jTrain = EmpiricalNtk.jacobian(initial, train);
    Matrix jTest = EmpiricalNtk.jacobian(initial, test);
    Matrix theta = jTrain.timesTranspose(jTrain);
    Matrix thetaTest = jTest.timesTranspose(jTrain);
    double lambdaMax = scalebound.numerics.linalg.SymmetricEigen.of(theta.scale(1.0 / n)).largest();
    double eta = etaScale / lambdaMax;
    Transformer net = initial;
    double[] uLin = initial.predict(train);
    double[] uLinTest = initial.predict(test);
    double[] deviation = new double[steps + 1];
    double[] loss = new double[steps + 1];
    double[] linLoss = new double[steps + 1];
    deviation[0] = 0;
    linLoss[0] = halfMeanSquare(uLin, labels);
    for (int k = 1; k <= steps; k++) {
      int[] batch = batches == null ? all(n) : batches.next();
      Inputs xb = batches == null ? train : train.select(batch);
      double[] yb = new double[batch.length];
      double[] rb = new double[batch.length];
      for (int i = 0; i < batch.length; i++) {
        yb[i] = labels[batch[i]];
        rb[i] = -eta * (uLin[batch[i]] - yb[i]) / batch.length;
      }
      Transformer.LossAndGradient step = net.lossAndGradient(xb, yb);
      double[] g = step.gradient();
      if (batches == null) {
        loss[k - 1] = step.loss();
      }
      double[] p = net.parameters();
      for (int i = 0; i < p.length; i++) {
        p[i] -= eta * g[i];
      }
      net = net.withParameters(p);
      double[] du = theta.selectColumns(batch).times(rb);
      double[] duTest = thetaTest.selectColumns(batch).times(rb);
      for (int i = 0; i < n; i++) {
        uLin[i] += du[i];
      }
      for (int i = 0; i < duTest.length; i++) {
        uLinTest[i] += duTest[i];
      }
      double[] f = net.predict(test);
      double s = 0;
      for (int i = 0; i < f.length; i++) {
        s += (f[i] - uLinTest[i]) * (f[i] - uLinTest[i]);
      }
      deviation[k] = Math.sqrt(s / f.length);
      if (batches != null) {
        loss[k] = net.loss(train, labels);
      }
      linLoss[k] = halfMeanSquare(uLin, labels);
    }
    if (batches == null) {
      loss[steps] = net.loss(train, labels);
    } else {
      loss[0] = initial.loss(train, labels);
    }
    return new Result(deviation, loss, linLoss, eta, lambdaMax);
  }

  private static int[] all(int n) {
    int[] a = new int[n];
    for (int i = 0; i < n; i++) {
      a[i] = i;
    }
    return a;
  }

  private static double halfMeanSquare(double[] u, double[] y) {
    double s = 0;
    for (int i = 0; i < u.length; i++) {
      s += (u[i] - y[i]) * (u[i] - y[i]);
    }
    return s / (2 * u.length);
  }
}
