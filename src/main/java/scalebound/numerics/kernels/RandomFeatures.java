package scalebound.numerics.kernels;

import java.util.function.ToDoubleFunction;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * A width-m random-feature kernel K_m(x, y) = (1/m) sum_j psi(w_j; x) psi(w_j; y): the
 * finite-width form of a kernel K* = E_w[psi psi]. Its feature matrix Phi (rows = inputs,
 * already scaled by 1/Sqrt(m)) is also the design matrix of the random-feature model trained
 * in primal space.
 */
public final class RandomFeatures implements Kernel {
  /** Which feature function the weights feed. */
  private enum Feature { COSINE, RELU, SIGN }

  private final Kernel limit;
  private final Feature feature;
  private final Matrix weights;
  private final double[] phases;
  private final int m;
  private final long seed;

  private RandomFeatures(Kernel limit, Feature feature, Matrix weights, double[] phases, long seed) {
    this.limit = limit;
    this.feature = feature;
    this.weights = weights;
    this.phases = phases;
    this.m = weights.cols();
    this.seed = seed;
  }

  /** Sqrt(2) Relu(w.x) with w ~ N(0, I/d): the degree-1 arc-cosine features. */
  static RandomFeatures relu(Kernel limit, int dimension, int m, long seed) {
    RandomGenerator r = new Well19937c(seed);
    Matrix w = Matrix.zeros(dimension, m);
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < dimension; i++) {
        w.set(i, j, r.nextGaussian() / Math.sqrt(dimension));
      }
    }
    return new RandomFeatures(limit, Feature.RELU, w, null, seed);
  }

  /** Sign(w.x) with w ~ N(0, I/d): the degree-0 arc-cosine features, |psi| = 1. */
  static RandomFeatures sign(Kernel limit, int dimension, int m, long seed) {
    RandomFeatures r = relu(limit, dimension, m, seed);
    return new RandomFeatures(limit, Feature.SIGN, r.weights, null, seed);
  }

  /** Sqrt(2) Cos(w.x + b), each coordinate of w drawn by {@code frequency}, b ~ U[0, 2 Pi). */
  static RandomFeatures fourier(Kernel limit, int dimension, int m, long seed,
      ToDoubleFunction<RandomGenerator> frequency) {
    RandomGenerator r = new Well19937c(seed);
    Matrix w = Matrix.zeros(dimension, m);
    double[] b = new double[m];
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < dimension; i++) {
        w.set(i, j, frequency.applyAsDouble(r));
      }
      b[j] = 2 * Math.PI * r.nextDouble();
    }
    return new RandomFeatures(limit, Feature.COSINE, w, b, seed);
  }

  /** Phi: n x m, entries psi(w_j; x_i) / Sqrt(m). */
  public Matrix features(Inputs x) {
    Matrix z = x.points().times(weights);
    double[] data = z.data();
    int n = z.rows();
    double scale = Math.sqrt((feature == Feature.SIGN ? 1.0 : 2.0) / m);
    for (int j = 0; j < m; j++) {
      for (int i = 0; i < n; i++) {
        double v = data[i + j * n];
        data[i + j * n] = switch (feature) {
          case COSINE -> scale * Math.cos(v + phases[j]);
          case RELU -> scale * Math.max(0, v);
          case SIGN -> scale * Math.signum(v);
        };
      }
    }
    return z;
  }

  @Override
  public double value(double[] x, double[] y) {
    Matrix a = features(Inputs.vectors(Matrix.ofRows(new double[][] {x})));
    Matrix b = features(Inputs.vectors(Matrix.ofRows(new double[][] {y})));
    return a.timesTranspose(b).get(0, 0);
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    return features(a).timesTranspose(features(b));
  }

  /** Sup |psi| over inputs, where finite (Sqrt(2) for cosine, 1 for sign features); infinite for ReLU. */
  public double featureBound() {
    return switch (feature) {
      case COSINE -> Math.sqrt(2);
      case SIGN -> 1;
      case RELU -> Double.POSITIVE_INFINITY;
    };
  }

  public int width() {
    return m;
  }

  public Kernel limit() {
    return limit;
  }

  @Override
  public Kernel finiteWidth(int dimension, int width, long newSeed) {
    return limit.finiteWidth(dimension, width, newSeed);
  }

  @Override
  public String describe() {
    return "width-" + m + " random features of " + limit.describe() + " (seed " + seed + ")";
  }
}
