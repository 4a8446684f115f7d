package scalebound.numerics;

import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.IsotropicGaussian;
import scalebound.numerics.data.Noise;
import scalebound.numerics.data.Task;
import scalebound.numerics.data.Teacher;
import scalebound.numerics.data.TokenSequences;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.dynamics.Minibatches;
import scalebound.numerics.dynamics.PrimalSgd;
import scalebound.numerics.kernels.ArcCosine;
import scalebound.numerics.kernels.RandomFeatures;
import scalebound.numerics.kernels.Rbf;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.transformer.LazyTraining;
import scalebound.numerics.transformer.Transformer;

/**
 * The standard simulation workloads of {@code scalebound bench}. Each returns a number computed
 * from its result (so nothing is optimised away, and a run can be sanity-checked).
 */
public final class Workloads {
  private Workloads() {}

  /**
   * W1: RBF Gram matrix (n = 2000, d = 32, bandwidth^2 = d), one symmetric eigendecomposition,
   * and the gradient-flow test excess-risk curve at 100 times on 1000 test points.
   * Returns the final test excess risk.
   */
  public static double w1(int n, int d, int tests, int times) {
    IsotropicGaussian family = new IsotropicGaussian(d);
    Rbf kernel = new Rbf(d);
    Task task = new Task(family, new Teacher(kernel, family, 20, 1), new Noise.Gaussian(0.1));
    Task.Sample train = task.draw(n, new Well19937c(2));
    Task.Sample test = task.draw(tests, new Well19937c(3));
    GradientFlow flow = new GradientFlow(kernel.gram(train.inputs()).scale(1.0 / n), train.labels());
    double[] t = new double[times];
    for (int k = 0; k < times; k++) {
      t[k] = Math.pow(10, -1 + 5.0 * k / (times - 1));
    }
    double[][] f = flow.predictions(kernel.cross(test.inputs(), train.inputs()).scale(1.0 / n), t);
    double last = 0;
    for (double[] curve : f) {
      last = 0;
      for (int i = 0; i < curve.length; i++) {
        last += (curve[i] - test.clean()[i]) * (curve[i] - test.clean()[i]) / curve.length;
      }
    }
    return last;
  }

  /**
   * W2: random-feature model (m = 1024 ReLU features, d = 32), minibatch SGD on n = 4096 examples,
   * batch 64, 2000 steps. Returns the final training mean squared error.
   */
  public static double w2(int m, int d, int n, int batch, int steps) {
    IsotropicGaussian family = new IsotropicGaussian(d);
    Task task = new Task(family, new Teacher(new Rbf(d), family, 20, 1), new Noise.Gaussian(0.1));
    Task.Sample train = task.draw(n, new Well19937c(2));
    RandomFeatures rf = new ArcCosine().finiteWidth(d, m, 3);
    Matrix phi = rf.features(train.inputs());
    PrimalSgd sgd = new PrimalSgd(phi, train.labels(), 0.2 / n, new Minibatches(n, batch, 4));
    sgd.run(steps);
    double[] f = sgd.predict(phi);
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (f[i] - train.labels()[i]) * (f[i] - train.labels()[i]) / n;
    }
    return s;
  }

  /**
   * W3: transformer (2 blocks, m = 128, sequence length 8, d = 16, n = 256), 200 full-batch GD
   * steps alongside its linearisation. Returns the largest deviation between the two.
   */
  public static double w3(int blocks, int m, int length, int d, int n, int steps) {
    TokenSequences family = new TokenSequences(32, length, d, TokenSequences.Order.MARKOV, 0, 1);
    Task task = new Task(family, new scalebound.numerics.data.RoughTarget(length * d, 2), new Noise.None());
    Task.Sample train = task.draw(n, new Well19937c(3));
    Task.Sample test = task.draw(32, new Well19937c(4));
    Transformer net = new Transformer(d, m, blocks, 5);
    return LazyTraining.run(net, train.inputs(), train.labels(), test.inputs(), 0.5, steps, null).maxDeviation();
  }
}
