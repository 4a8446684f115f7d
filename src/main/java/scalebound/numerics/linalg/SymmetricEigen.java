package scalebound.numerics.linalg;

import dev.ludovic.netlib.lapack.LAPACK;
import org.netlib.util.intW;

/**
 * The eigendecomposition A = Q diag(values) Q' of a real symmetric matrix, by LAPACK's
 * divide-and-conquer {@code dsyevd}. Eigenvalues ascend; the columns of Q are orthonormal.
 * Computed once per Gram matrix and reused for every time point of a flow.
 */
public final class SymmetricEigen {
  private static final java.util.logging.Logger NETLIB_LOG = Matrix.quiet("dev.ludovic.netlib");
  private static final LAPACK LAPACK_ = LAPACK.getInstance();

  private final double[] values;
  private final Matrix vectors;

  private SymmetricEigen(double[] values, Matrix vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  public static SymmetricEigen of(Matrix a) {
    int n = a.rows();
    if (a.cols() != n) {
      throw new IllegalArgumentException("eigendecomposition needs a square matrix, got " + n + "x" + a.cols());
    }
    double[] w = new double[n];
    double[] q = a.data().clone();
    if (n == 0) {
      return new SymmetricEigen(w, Matrix.columnMajor(0, 0, q));
    }
    intW info = new intW(0);
    double[] work = new double[1];
    int[] iwork = new int[1];
    LAPACK_.dsyevd("V", "U", n, q, n, w, work, -1, iwork, -1, info);
    int lwork = (int) work[0];
    int liwork = iwork[0];
    work = new double[lwork];
    iwork = new int[liwork];
    LAPACK_.dsyevd("V", "U", n, q, n, w, work, lwork, iwork, liwork, info);
    if (info.val != 0) {
      throw new ArithmeticException("dsyevd did not converge (info = " + info.val + ")");
    }
    return new SymmetricEigen(w, Matrix.columnMajor(n, n, q));
  }

  /** Eigenvalues in ascending order. */
  public double[] values() {
    return values.clone();
  }

  public double smallest() {
    return values[0];
  }

  public double largest() {
    return values[values.length - 1];
  }

  /** Orthonormal eigenvectors as columns, in the order of {@link #values()}. */
  public Matrix vectors() {
    return vectors;
  }

  /** Q' x: the coordinates of x in the eigenbasis. */
  public double[] toEigenbasis(double[] x) {
    return vectors.transposeTimes(x);
  }

  /** Q c: back from eigen-coordinates. */
  public double[] fromEigenbasis(double[] c) {
    return vectors.times(c);
  }

  public static String backend() {
    return LAPACK_.getClass().getSimpleName();
  }
}
