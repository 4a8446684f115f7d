package scalebound.numerics.kernels;

/**
 * Gaussian expectations of the ReLU (Cho & Saul 2009): for (u, v) centred Gaussian with
 * Var u = a, Var v = b, Cov = c and angle theta = ArcCos(c / Sqrt(a b)),
 * E[Relu(u) Relu(v)] = Sqrt(a b) (Sin(theta) + (Pi - theta) Cos(theta)) / (2 Pi) and
 * E[1(u > 0) 1(v > 0)] = (Pi - theta) / (2 Pi).
 */
final class ReluMoments {
  private ReluMoments() {}

  static double first(double a, double b, double c) {
    double s = Math.sqrt(a * b);
    if (s == 0) {
      return 0;
    }
    double theta = Math.acos(Math.max(-1, Math.min(1, c / s)));
    return s * (Math.sin(theta) + (Math.PI - theta) * Math.cos(theta)) / (2 * Math.PI);
  }

  static double derivative(double a, double b, double c) {
    double s = Math.sqrt(a * b);
    if (s == 0) {
      return 0.25;
    }
    double theta = Math.acos(Math.max(-1, Math.min(1, c / s)));
    return (Math.PI - theta) / (2 * Math.PI);
  }
}
