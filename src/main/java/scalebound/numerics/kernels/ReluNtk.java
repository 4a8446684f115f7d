package scalebound.numerics.kernels;

/**
 * The neural tangent kernel of a depth-L ReLU network in the NTK parameterisation
 * (Jacot et al. 2018; Arora et al. 2019, closed-form recursion):
 * Sigma^0 = x.y/d; Sigma^l = E[Relu(u) Relu(v)], Sigmadot^l = E[Relu'(u) Relu'(v)] with (u, v)
 * Gaussian of covariance Sigma^(l-1); Theta^0 = Sigma^0, Theta^l = Theta^(l-1) Sigmadot^l + Sigma^l.
 * Its finite-width form is the empirical NTK of that network at a random initialisation
 * ({@link EmpiricalReluNtk}).
 */
public record ReluNtk(int depth) implements InnerProductKernel {
  public ReluNtk {
    if (depth < 1) {
      throw new IllegalArgumentException("a ReLU NTK needs depth >= 1, got " + depth);
    }
  }

  /** Theta^L from a = |x|^2/d, b = |y|^2/d, c = x.y/d. */
  @Override
  public double of(double a, double b, double c) {
    double t = c;
    for (int l = 1; l <= depth; l++) {
      double dot = ReluMoments.derivative(a, b, c);
      double na = ReluMoments.first(a, a, a);
      double nb = ReluMoments.first(b, b, b);
      c = ReluMoments.first(a, b, c);
      a = na;
      b = nb;
      t = t * dot + c;
    }
    return t;
  }

  @Override
  public Kernel finiteWidth(int dimension, int m, long seed) {
    return new EmpiricalReluNtk(this, dimension, m, seed);
  }

  @Override
  public String describe() {
    return "ReLU NTK, depth " + depth;
  }
}
