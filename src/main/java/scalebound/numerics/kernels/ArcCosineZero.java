package scalebound.numerics.kernels;

/**
 * The degree-0 arc-cosine kernel (Cho & Saul 2009) of sign features with w ~ N(0, I/d):
 * k(x, y) = E[Sign(w.x) Sign(w.y)] = 1 - 2 theta/Pi, theta the angle between x and y. Its random
 * features Sign(w.x) are bounded by Bpsi = 1 and take only the values +-1, so an off-diagonal
 * summand Sign(w.x) Sign(w.y) has the largest variance a feature bounded by 1 allows,
 * 1 - k(x, y)^2: the worst case of Hoeffding's inequality for kernel concentration (L3), where
 * cosine features (summand variance at most Bpsi^4/4) leave the bound loose by a factor 2.
 */
public record ArcCosineZero() implements InnerProductKernel {
  @Override
  public double of(double a, double b, double c) {
    if (!(a > 0 && b > 0)) {
      return 0;
    }
    double cos = Math.max(-1, Math.min(1, c / Math.sqrt(a * b)));
    return 1 - 2 * Math.acos(cos) / Math.PI;
  }

  @Override
  public RandomFeatures finiteWidth(int dimension, int m, long seed) {
    return RandomFeatures.sign(this, dimension, m, seed);
  }

  @Override
  public String describe() {
    return "arc-cosine (degree 0, sign features)";
  }
}
