package scalebound.numerics.kernels;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The empirical NTK of f(x) = v.h_L / Sqrt(m), h_l = Relu(W_l h_(l-1) / Sqrt(m_(l-1))), h_0 = x,
 * all weights N(0, 1): Theta(x, y) = sum_l (delta_l(x).delta_l(y)) (h_(l-1)(x).h_(l-1)(y)) / m_(l-1)
 * + h_L(x).h_L(y) / m, where delta_l = df/dz_l. This is the inner product of the parameter
 * gradients without forming them (they have m^2 entries per layer).
 */
final class EmpiricalReluNtk implements Kernel {
  private final ReluNtk limit;
  private final Matrix[] weights;
  private final double[] readout;
  private final int m;
  private final long seed;

  EmpiricalReluNtk(ReluNtk limit, int dimension, int m, long seed) {
    this.limit = limit;
    this.m = m;
    this.seed = seed;
    RandomGenerator r = new Well19937c(seed);
    weights = new Matrix[limit.depth()];
    for (int l = 0; l < weights.length; l++) {
      weights[l] = gaussian(l == 0 ? dimension : m, m, r);
    }
    readout = new double[m];
    for (int j = 0; j < m; j++) {
      readout[j] = r.nextGaussian();
    }
  }

  private static Matrix gaussian(int rows, int cols, RandomGenerator r) {
    Matrix w = Matrix.zeros(rows, cols);
    double[] data = w.data();
    for (int i = 0; i < data.length; i++) {
      data[i] = r.nextGaussian();
    }
    return w;
  }

  /** Forward activations h_0..h_L and backward vectors delta_1..delta_L, rows = inputs. */
  private Matrix[][] pass(Inputs x) {
    int depth = weights.length;
    Matrix[] h = new Matrix[depth + 1];
    Matrix[] z = new Matrix[depth + 1];
    h[0] = x.points();
    for (int l = 1; l <= depth; l++) {
      z[l] = h[l - 1].times(weights[l - 1]).scale(1 / Math.sqrt(h[l - 1].cols()));
      h[l] = z[l].copy();
      double[] data = h[l].data();
      for (int i = 0; i < data.length; i++) {
        data[i] = Math.max(0, data[i]);
      }
    }
    Matrix[] delta = new Matrix[depth + 1];
    int n = x.size();
    Matrix upstream = Matrix.zeros(n, m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        upstream.set(i, j, readout[j] / Math.sqrt(m));
      }
    }
    for (int l = depth; l >= 1; l--) {
      Matrix d = upstream.copy();
      double[] dz = d.data();
      double[] zz = z[l].data();
      for (int i = 0; i < dz.length; i++) {
        dz[i] = zz[i] > 0 ? dz[i] : 0;
      }
      delta[l] = d;
      if (l > 1) {
        upstream = d.timesTranspose(weights[l - 1]).scale(1 / Math.sqrt(m));
      }
    }
    return new Matrix[][] {h, delta};
  }

  @Override
  public Matrix cross(Inputs a, Inputs b) {
    Matrix[][] pa = pass(a);
    Matrix[][] pb = pass(b);
    int depth = weights.length;
    Matrix theta = pa[0][depth].timesTranspose(pb[0][depth]).scale(1.0 / m);
    for (int l = 1; l <= depth; l++) {
      Matrix dd = pa[1][l].timesTranspose(pb[1][l]);
      Matrix hh = pa[0][l - 1].timesTranspose(pb[0][l - 1]).scale(1.0 / pa[0][l - 1].cols());
      double[] t = theta.data();
      double[] x = dd.data();
      double[] y = hh.data();
      for (int i = 0; i < t.length; i++) {
        t[i] += x[i] * y[i];
      }
    }
    return theta;
  }

  @Override
  public double value(double[] x, double[] y) {
    return cross(Inputs.vectors(Matrix.ofRows(new double[][] {x})), Inputs.vectors(Matrix.ofRows(new double[][] {y})))
        .get(0, 0);
  }

  @Override
  public Kernel finiteWidth(int dimension, int width, long newSeed) {
    return limit.finiteWidth(dimension, width, newSeed);
  }

  @Override
  public String describe() {
    return "empirical NTK of a width-" + m + " depth-" + weights.length + " ReLU network (seed " + seed + ")";
  }
}
