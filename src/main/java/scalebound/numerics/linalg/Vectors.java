package scalebound.numerics.linalg;

/** The few vector operations the simulations need, on plain arrays. */
public final class Vectors {
  private Vectors() {}

  public static double dot(double[] a, double[] b) {
    requireSameLength(a, b);
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  public static double normSq(double[] a) {
    return dot(a, a);
  }

  public static double[] minus(double[] a, double[] b) {
    requireSameLength(a, b);
    double[] c = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i] - b[i];
    }
    return c;
  }

  /** Mean of (a_i - b_i)^2. */
  public static double meanSquaredDifference(double[] a, double[] b) {
    return normSq(minus(a, b)) / a.length;
  }

  private static void requireSameLength(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of lengths " + a.length + " and " + b.length);
    }
  }
}
