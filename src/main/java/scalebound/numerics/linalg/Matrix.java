package scalebound.numerics.linalg;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Arrays;

/**
 * A dense real matrix in column-major order, the layout BLAS and LAPACK expect. Products go
 * through {@link BLAS#getInstance()} (native OpenBLAS when installed, otherwise netlib's Java
 * implementation), never through element loops on hot paths.
 */
public final class Matrix {
  /**
   * netlib logs, through java.util.logging, each implementation it fails to load (e.g. the
   * incubating Vector API) before settling on one; that is expected, and bench names the one in use.
   */
  private static final java.util.logging.Logger NETLIB_LOG = quiet("dev.ludovic.netlib");
  private static final BLAS BLAS_ = BLAS.getInstance();

  static java.util.logging.Logger quiet(String name) {
    java.util.logging.Logger log = java.util.logging.Logger.getLogger(name);
    log.setLevel(java.util.logging.Level.SEVERE);
    return log;
  }

  private final int rows;
  private final int cols;
  private final double[] data;

  private Matrix(int rows, int cols, double[] data) {
    if (rows < 0 || cols < 0 || data.length != (long) rows * cols) {
      throw new IllegalArgumentException("a " + rows + "x" + cols + " matrix needs " + ((long) rows * cols)
          + " entries, got " + data.length);
    }
    this.rows = rows;
    this.cols = cols;
    this.data = data;
  }

  public static Matrix zeros(int rows, int cols) {
    return new Matrix(rows, cols, new double[rows * cols]);
  }

  /** A matrix whose rows are the given arrays (copied). */
  public static Matrix ofRows(double[][] rowArrays) {
    int r = rowArrays.length;
    int c = r == 0 ? 0 : rowArrays[0].length;
    Matrix m = zeros(r, c);
    for (int i = 0; i < r; i++) {
      if (rowArrays[i].length != c) {
        throw new IllegalArgumentException("row " + i + " has " + rowArrays[i].length + " entries, expected " + c);
      }
      for (int j = 0; j < c; j++) {
        m.data[i + j * r] = rowArrays[i][j];
      }
    }
    return m;
  }

  public static Matrix columnMajor(int rows, int cols, double[] data) {
    return new Matrix(rows, cols, data);
  }

  public int rows() {
    return rows;
  }

  public int cols() {
    return cols;
  }

  public double get(int i, int j) {
    return data[i + j * rows];
  }

  public void set(int i, int j, double v) {
    data[i + j * rows] = v;
  }

  /** The backing column-major array (shared, not copied). */
  public double[] data() {
    return data;
  }

  public double[] row(int i) {
    double[] r = new double[cols];
    for (int j = 0; j < cols; j++) {
      r[j] = data[i + j * rows];
    }
    return r;
  }

  public double[] column(int j) {
    return Arrays.copyOfRange(data, j * rows, (j + 1) * rows);
  }

  public Matrix copy() {
    return new Matrix(rows, cols, data.clone());
  }

  /** this * other. */
  public Matrix times(Matrix other) {
    return gemm(false, other, false);
  }

  /** this' * other. */
  public Matrix transposeTimes(Matrix other) {
    return gemm(true, other, false);
  }

  /** this * other'. */
  public Matrix timesTranspose(Matrix other) {
    return gemm(false, other, true);
  }

  private Matrix gemm(boolean ta, Matrix b, boolean tb) {
    int m = ta ? cols : rows;
    int k = ta ? rows : cols;
    int kb = tb ? b.cols : b.rows;
    int n = tb ? b.rows : b.cols;
    if (k != kb) {
      throw new IllegalArgumentException("cannot multiply: inner dimensions " + k + " and " + kb);
    }
    Matrix c = zeros(m, n);
    if (m == 0 || n == 0 || k == 0) {
      return c;
    }
    BLAS_.dgemm(ta ? "T" : "N", tb ? "T" : "N", m, n, k, 1.0, data, Math.max(1, rows), b.data,
        Math.max(1, b.rows), 0.0, c.data, Math.max(1, m));
    return c;
  }

  /** this * x. */
  public double[] times(double[] x) {
    return gemv(false, x);
  }

  /** this' * x. */
  public double[] transposeTimes(double[] x) {
    return gemv(true, x);
  }

  private double[] gemv(boolean t, double[] x) {
    int expected = t ? rows : cols;
    if (x.length != expected) {
      throw new IllegalArgumentException("vector of length " + x.length + ", expected " + expected);
    }
    double[] y = new double[t ? cols : rows];
    if (rows == 0 || cols == 0) {
      return y;
    }
    BLAS_.dgemv(t ? "T" : "N", rows, cols, 1.0, data, Math.max(1, rows), x, 1, 0.0, y, 1);
    return y;
  }

  /** The rows listed, in order, as a new matrix. */
  public Matrix selectRows(int[] which) {
    Matrix s = zeros(which.length, cols);
    for (int j = 0; j < cols; j++) {
      for (int i = 0; i < which.length; i++) {
        s.data[i + j * which.length] = data[which[i] + j * rows];
      }
    }
    return s;
  }

  /** The columns listed, in order, as a new matrix. */
  public Matrix selectColumns(int[] which) {
    Matrix s = zeros(rows, which.length);
    for (int j = 0; j < which.length; j++) {
      System.arraycopy(data, which[j] * rows, s.data, j * rows, rows);
    }
    return s;
  }

  public Matrix scale(double s) {
    Matrix c = copy();
    for (int i = 0; i < c.data.length; i++) {
      c.data[i] *= s;
    }
    return c;
  }

  public Matrix plus(Matrix other) {
    requireSameShape(other);
    Matrix c = copy();
    for (int i = 0; i < c.data.length; i++) {
      c.data[i] += other.data[i];
    }
    return c;
  }

  public Matrix minus(Matrix other) {
    return plus(other.scale(-1));
  }

  public double maxAbs() {
    double m = 0;
    for (double v : data) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  private void requireSameShape(Matrix other) {
    if (rows != other.rows || cols != other.cols) {
      throw new IllegalArgumentException(
          "shapes differ: " + rows + "x" + cols + " and " + other.rows + "x" + other.cols);
    }
  }

  /** Which BLAS implementation the products run on, for benchmarks and reports. */
  public static String backend() {
    return BLAS_.getClass().getSimpleName();
  }
}
