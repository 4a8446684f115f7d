package scalebound.numerics.transformer;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * A small multi-layer transformer in the NTK parameterisation: every weight is N(0, 1) and
 * every matrix product is divided by the square root of its fan-in.
 * <pre>
 *   h_0     = X W_in / Sqrt(d)                                       (tokens of one sequence: rows)
 *   block:  Q = h Wq/Sqrt(m), K = h Wk/Sqrt(m), V = h Wv/Sqrt(m)
 *           A = Softmax_rows(Q K' / Sqrt(m)),   h' = h + (A V) Wo / Sqrt(m)
 *           Z = h' W1 / Sqrt(m),                h'' = h' + Relu(Z) W2 / Sqrt(m)
 *   f(x)    = mean over tokens of h_B . w_out / Sqrt(m)
 * </pre>
 * Single-head softmax attention and a ReLU MLP with residual connections, B blocks of width m.
 * {@link #gradient} is a hand-written backward pass of the loss (1/(2n)) sum (f(x_i) - y_i)^2,
 * checked against finite differences by a property test. Parameters live in a flat array so
 * optimisers and the linearisation treat them as one vector.
 */
public final class Transformer {
  private final int d;
  private final int m;
  private final int blocks;
  private final int[] offsets;
  private final double[] theta;

  /** Random initialisation from seed. */
  public Transformer(int d, int m, int blocks, long seed) {
    this.d = d;
    this.m = m;
    this.blocks = blocks;
    this.offsets = new int[2 + 6 * blocks + 1];
    int o = 0;
    offsets[0] = 0;
    o += d * m;
    for (int i = 1; i <= 6 * blocks; i++) {
      offsets[i] = o;
      o += m * m;
    }
    offsets[6 * blocks + 1] = o;
    o += m;
    offsets[6 * blocks + 2] = o;
    this.theta = new double[o];
    RandomGenerator r = new Well19937c(seed);
    for (int i = 0; i < o; i++) {
      theta[i] = r.nextGaussian();
    }
  }

  private Transformer(Transformer other, double[] theta) {
    this.d = other.d;
    this.m = other.m;
    this.blocks = other.blocks;
    this.offsets = other.offsets;
    this.theta = theta;
  }

  /** The same architecture with other parameters (copied). */
  public Transformer withParameters(double[] parameters) {
    if (parameters.length != theta.length) {
      throw new IllegalArgumentException("expected " + theta.length + " parameters, got " + parameters.length);
    }
    return new Transformer(this, parameters.clone());
  }

  public double[] parameters() {
    return theta.clone();
  }

  public int parameterCount() {
    return theta.length;
  }

  public int width() {
    return m;
  }

  private Matrix weight(int index, int rows, int cols) {
    double[] w = new double[rows * cols];
    System.arraycopy(theta, offsets[index], w, 0, w.length);
    return Matrix.columnMajor(rows, cols, w);
  }

  private void addGradient(double[] g, int index, Matrix grad) {
    double[] data = grad.data();
    for (int i = 0; i < data.length; i++) {
      g[offsets[index] + i] += data[i];
    }
  }

  /** The cached activations of one forward pass over a batch of sequences. */
  private final class Pass {
    final int n;
    final int length;
    final Matrix x;
    final Matrix[] h;
    final Matrix[] q;
    final Matrix[] k;
    final Matrix[] v;
    final double[][][][] attention;
    final Matrix[] mixed;
    final Matrix[] hMid;
    final Matrix[] z;
    final double[] output;

    Pass(Inputs inputs) {
      if (inputs.width() != d) {
        throw new IllegalArgumentException("the transformer takes tokens of width " + d + ", got " + inputs.width());
      }
      n = inputs.size();
      length = inputs.length();
      x = tokens(inputs);
      h = new Matrix[blocks + 1];
      q = new Matrix[blocks];
      k = new Matrix[blocks];
      v = new Matrix[blocks];
      attention = new double[blocks][][][];
      mixed = new Matrix[blocks];
      hMid = new Matrix[blocks];
      z = new Matrix[blocks];
      double s = 1 / Math.sqrt(m);
      h[0] = x.times(weight(0, d, m)).scale(1 / Math.sqrt(d));
      for (int b = 0; b < blocks; b++) {
        int base = 1 + 6 * b;
        q[b] = h[b].times(weight(base, m, m)).scale(s);
        k[b] = h[b].times(weight(base + 1, m, m)).scale(s);
        v[b] = h[b].times(weight(base + 2, m, m)).scale(s);
        attention[b] = new double[n][][];
        mixed[b] = Matrix.zeros(n * length, m);
        for (int i = 0; i < n; i++) {
          attention[b][i] = softmaxScores(q[b], k[b], i);
          mix(attention[b][i], v[b], mixed[b], i);
        }
        hMid[b] = h[b].plus(mixed[b].times(weight(base + 3, m, m)).scale(s));
        z[b] = hMid[b].times(weight(base + 4, m, m)).scale(s);
        h[b + 1] = hMid[b].plus(relu(z[b]).times(weight(base + 5, m, m)).scale(s));
      }
      double[] token = h[blocks].times(readout().data());
      output = new double[n];
      for (int i = 0; i < n; i++) {
        for (int l = 0; l < length; l++) {
          output[i] += token[i * length + l] * s / length;
        }
      }
    }

    private double[][] softmaxScores(Matrix qq, Matrix kk, int seq) {
      double[][] a = new double[length][length];
      double s = 1 / Math.sqrt(m);
      for (int l = 0; l < length; l++) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < length; j++) {
          double dot = 0;
          for (int c = 0; c < m; c++) {
            dot += qq.get(seq * length + l, c) * kk.get(seq * length + j, c);
          }
          a[l][j] = dot * s;
          max = Math.max(max, a[l][j]);
        }
        double sum = 0;
        for (int j = 0; j < length; j++) {
          a[l][j] = Math.exp(a[l][j] - max);
          sum += a[l][j];
        }
        for (int j = 0; j < length; j++) {
          a[l][j] /= sum;
        }
      }
      return a;
    }

    private void mix(double[][] a, Matrix values, Matrix into, int seq) {
      for (int l = 0; l < length; l++) {
        for (int c = 0; c < m; c++) {
          double sum = 0;
          for (int j = 0; j < length; j++) {
            sum += a[l][j] * values.get(seq * length + j, c);
          }
          into.set(seq * length + l, c, sum);
        }
      }
    }
  }

  private Matrix readout() {
    return weight(6 * blocks + 1, m, 1);
  }

  private static Matrix tokens(Inputs inputs) {
    int n = inputs.size();
    int length = inputs.length();
    int w = inputs.width();
    Matrix x = Matrix.zeros(n * length, w);
    for (int i = 0; i < n; i++) {
      for (int l = 0; l < length; l++) {
        for (int c = 0; c < w; c++) {
          x.set(i * length + l, c, inputs.points().get(i, l * w + c));
        }
      }
    }
    return x;
  }

  private static Matrix relu(Matrix z) {
    Matrix r = z.copy();
    double[] data = r.data();
    for (int i = 0; i < data.length; i++) {
      data[i] = Math.max(0, data[i]);
    }
    return r;
  }

  public double[] predict(Inputs inputs) {
    return new Pass(inputs).output;
  }

  /** The loss (1/(2n)) sum (f(x_i) - y_i)^2. */
  public double loss(Inputs inputs, double[] labels) {
    double[] f = predict(inputs);
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += (f[i] - labels[i]) * (f[i] - labels[i]);
    }
    return s / (2 * f.length);
  }

  /** The loss and its gradient from one forward and one backward pass. */
  public record LossAndGradient(double loss, double[] gradient) {}

  /** Gradient of the loss: the backward pass with output sensitivities (f_i - y_i)/n. */
  public double[] gradient(Inputs inputs, double[] labels) {
    return lossAndGradient(inputs, labels).gradient();
  }

  public LossAndGradient lossAndGradient(Inputs inputs, double[] labels) {
    Pass p = new Pass(inputs);
    double[] g = new double[p.n];
    double loss = 0;
    for (int i = 0; i < p.n; i++) {
      g[i] = (p.output[i] - labels[i]) / p.n;
      loss += (p.output[i] - labels[i]) * (p.output[i] - labels[i]) / (2 * p.n);
    }
    return new LossAndGradient(loss, backward(p, g));
  }

  /** The parameter gradient of f(x_i) for each input: the rows of the Jacobian. */
  public double[][] jacobian(Inputs inputs) {
    double[][] rows = new double[inputs.size()][];
    for (int i = 0; i < rows.length; i++) {
      Pass p = new Pass(inputs.select(new int[] {i}));
      rows[i] = backward(p, new double[] {1});
    }
    return rows;
  }

  /** sum_i sensitivity_i * grad_theta f(x_i), by reverse-mode differentiation of the pass. */
  private double[] backward(Pass p, double[] sensitivity) {
    double s = 1 / Math.sqrt(m);
    int length = p.length;
    double[] grad = new double[theta.length];
    Matrix w = readout();
    Matrix dh = Matrix.zeros(p.n * length, m);
    Matrix dReadout = Matrix.zeros(m, 1);
    for (int i = 0; i < p.n; i++) {
      for (int l = 0; l < length; l++) {
        int row = i * length + l;
        for (int c = 0; c < m; c++) {
          dh.set(row, c, sensitivity[i] * w.get(c, 0) * s / length);
          dReadout.set(c, 0, dReadout.get(c, 0) + sensitivity[i] * p.h[blocks].get(row, c) * s / length);
        }
      }
    }
    addGradient(grad, 6 * blocks + 1, dReadout);
    for (int b = blocks - 1; b >= 0; b--) {
      int base = 1 + 6 * b;
      Matrix g = relu(p.z[b]);
      Matrix dG = dh.timesTranspose(weight(base + 5, m, m)).scale(s);
      addGradient(grad, base + 5, g.transposeTimes(dh).scale(s));
      double[] dz = dG.data();
      double[] zz = p.z[b].data();
      for (int i = 0; i < dz.length; i++) {
        dz[i] = zz[i] > 0 ? dz[i] : 0;
      }
      addGradient(grad, base + 4, p.hMid[b].transposeTimes(dG).scale(s));
      Matrix dMid = dh.plus(dG.timesTranspose(weight(base + 4, m, m)).scale(s));
      Matrix dMixed = dMid.timesTranspose(weight(base + 3, m, m)).scale(s);
      addGradient(grad, base + 3, p.mixed[b].transposeTimes(dMid).scale(s));
      Matrix dq = Matrix.zeros(p.n * length, m);
      Matrix dk = Matrix.zeros(p.n * length, m);
      Matrix dv = Matrix.zeros(p.n * length, m);
      for (int i = 0; i < p.n; i++) {
        attentionBackward(p, b, i, dMixed, dq, dk, dv);
      }
      addGradient(grad, base, p.h[b].transposeTimes(dq).scale(s));
      addGradient(grad, base + 1, p.h[b].transposeTimes(dk).scale(s));
      addGradient(grad, base + 2, p.h[b].transposeTimes(dv).scale(s));
      dh = dMid.plus(dq.timesTranspose(weight(base, m, m)).scale(s))
          .plus(dk.timesTranspose(weight(base + 1, m, m)).scale(s))
          .plus(dv.timesTranspose(weight(base + 2, m, m)).scale(s));
    }
    addGradient(grad, 0, p.x.transposeTimes(dh).scale(1 / Math.sqrt(d)));
    return grad;
  }

  /**
   * One sequence: mixed = A V gives dA = dMixed V', dV = A' dMixed; the row softmax gives
   * dS_lj = A_lj (dA_lj - sum_c dA_lc A_lc); S = Q K' / Sqrt(m) gives dQ = dS K / Sqrt(m),
   * dK = dS' Q / Sqrt(m).
   */
  private void attentionBackward(Pass p, int b, int seq, Matrix dMixed, Matrix dq, Matrix dk, Matrix dv) {
    int length = p.length;
    double s = 1 / Math.sqrt(m);
    double[][] a = p.attention[b][seq];
    int o = seq * length;
    double[][] dA = new double[length][length];
    for (int l = 0; l < length; l++) {
      for (int j = 0; j < length; j++) {
        double sum = 0;
        for (int c = 0; c < m; c++) {
          sum += dMixed.get(o + l, c) * p.v[b].get(o + j, c);
        }
        dA[l][j] = sum;
      }
    }
    for (int j = 0; j < length; j++) {
      for (int c = 0; c < m; c++) {
        double sum = 0;
        for (int l = 0; l < length; l++) {
          sum += a[l][j] * dMixed.get(o + l, c);
        }
        dv.set(o + j, c, sum);
      }
    }
    double[][] dS = new double[length][length];
    for (int l = 0; l < length; l++) {
      double inner = 0;
      for (int j = 0; j < length; j++) {
        inner += dA[l][j] * a[l][j];
      }
      for (int j = 0; j < length; j++) {
        dS[l][j] = a[l][j] * (dA[l][j] - inner);
      }
    }
    for (int l = 0; l < length; l++) {
      for (int c = 0; c < m; c++) {
        double sq = 0;
        double sk = 0;
        for (int j = 0; j < length; j++) {
          sq += dS[l][j] * p.k[b].get(o + j, c);
          sk += dS[j][l] * p.q[b].get(o + j, c);
        }
        dq.set(o + l, c, sq * s);
        dk.set(o + l, c, sk * s);
      }
    }
  }
}
