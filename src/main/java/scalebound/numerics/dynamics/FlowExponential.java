package scalebound.numerics.dynamics;

import scalebound.numerics.linalg.Matrix;

/**
 * The residual of the flow dr/dt = -H r at time t, r(t) = exp(-H t) r(0), computed by scaling and
 * squaring (Higham, "The scaling and squaring method for the matrix exponential revisited",
 * 2005, in its simplest form): exp(-H t) = (exp(-H t / 2^k))^(2^k) with k chosen so that
 * |H t| / 2^k <= 1/2, the inner exponential a Taylor polynomial of degree 18 (truncation below
 * 1e-23 there). No eigendecomposition: it shares nothing with {@link GradientFlow#residual} but
 * H, so a check of the closed form against it can fail; and unlike an ODE integrator its cost
 * does not grow with the stiffness lambdaMax/lambdaMin (k grows like log2 of lambdaMax t).
 */
public final class FlowExponential {
  private static final int DEGREE = 18;

  private FlowExponential() {}

  public static double[] residual(Matrix h, double[] r0, double t) {
    int n = h.rows();
    double norm = 0;
    for (int i = 0; i < n; i++) {
      double row = 0;
      for (int j = 0; j < n; j++) {
        row += Math.abs(h.get(i, j));
      }
      norm = Math.max(norm, row);
    }
    int k = Math.max(0, (int) Math.ceil(Math.log(Math.max(norm * t, 1e-300) / 0.5) / Math.log(2)));
    Matrix a = h.scale(-t / Math.pow(2, k));
    Matrix identity = Matrix.zeros(n, n);
    for (int i = 0; i < n; i++) {
      identity.set(i, i, 1);
    }
    Matrix term = identity;
    Matrix sum = identity;
    for (int d = 1; d <= DEGREE; d++) {
      term = term.times(a).scale(1.0 / d);
      sum = sum.plus(term);
    }
    for (int i = 0; i < k; i++) {
      sum = sum.times(sum);
    }
    return sum.times(r0);
  }
}
