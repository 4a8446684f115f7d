package scalebound.numerics.kernels;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * A sequence kernel: a sequence e_1..e_L in R^d is pooled by softmax attention with a fixed
 * query q (drawn from {@code querySeed}, N(0, I_d)), z = sum_l a_l e_l with
 * a = Softmax(q.e_l / Sqrt(d)), and compared by a base kernel: k(x, y) = base(z(x), z(y)).
 * PSD because the base is; its finite-width form is the base's finite-width form on the pooled
 * vectors.
 */
public final class AttentionPooled implements Kernel {
  private final Kernel base;
  private final int length;
  private final int width;
  private final long querySeed;
  private final double[] query;

  public AttentionPooled(Kernel base, int length, int width, long querySeed) {
    this.base = base;
    this.length = length;
    this.width = width;
    this.querySeed = querySeed;
    RandomGenerator r = new Well19937c(querySeed);
    query = new double[width];
    for (int j = 0; j < width; j++) {
      query[j] = r.nextGaussian();
    }
  }

  /** The attention-pooled vector of one flattened sequence. */
  double[] pool(double[] sequence) {
    if (sequence.length != length * width) {
      throw new IllegalArgumentException("a sequence of " + length + " tokens of width " + width + " has "
          + length * width + " entries, got " + sequence.length);
    }
    double[] score = new double[length];
    double max = Double.NEGATIVE_INFINITY;
    for (int l = 0; l < length; l++) {
      for (int j = 0; j < width; j++) {
        score[l] += query[j] * sequence[l * width + j];
      }
      score[l] /= Math.sqrt(width);
      max = Math.max(max, score[l]);
    }
    double sum = 0;
    for (int l = 0; l < length; l++) {
      score[l] = Math.exp(score[l] - max);
      sum += score[l];
    }
    double[] z = new double[width];
    for (int l = 0; l < length; l++) {
      for (int j = 0; j < width; j++) {
        z[j] += score[l] / sum * sequence[l * width + j];
      }
    }
    return z;
  }

  Inputs pool(Inputs x) {
    double[][] rows = new double[x.size()][];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = pool(x.point(i));
    }
    return Inputs.vectors(Matrix.ofRows(rows));
  }

  @Override
  public double value(double[] x, double[] y) {
    return base.value(pool(x), pool(y));
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    return base.cross(pool(a), pool(b));
  }

  @Override
  public Kernel finiteWidth(int dimension, int m, long seed) {
    return new AttentionPooled(base.finiteWidth(width, m, seed), length, width, querySeed);
  }

  @Override
  public String describe() {
    return "attention-pooled (L=" + length + ", d=" + width + ", query seed " + querySeed + ") over "
        + base.describe();
  }
}
