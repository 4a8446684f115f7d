package scalebound.numerics.data;

/** Covariance spectra of the Gaussian families. */
final class Spectra {
  private Spectra() {}

  static double[] flat(int d) {
    double[] v = new double[d];
    java.util.Arrays.fill(v, 1.0);
    return v;
  }

  /** Variances i^(-a), i = 1..d: a power-law spectrum with exponent a. */
  static double[] powerLaw(int d, double a) {
    double[] v = new double[d];
    for (int i = 0; i < d; i++) {
      v[i] = Math.pow(i + 1, -a);
    }
    return v;
  }

  static double[][] diagonal(double[] v) {
    double[][] c = new double[v.length][v.length];
    for (int i = 0; i < v.length; i++) {
      c[i][i] = v[i];
    }
    return c;
  }
}
