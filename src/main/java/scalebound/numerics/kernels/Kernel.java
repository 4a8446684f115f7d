package scalebound.numerics.kernels;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * A positive semi-definite kernel. Every kernel here is defined beside its finite-width form
 * ({@link #finiteWidth}): a random-feature or finite-network kernel whose Gram matrix
 * converges to this one at the Monte-Carlo rate m^(-1/2) as the width m grows.
 */
public interface Kernel {
  /** k(x, y) for two flattened inputs. */
  double value(double[] x, double[] y);

  /** The matrix k(a_i, b_j). */
  Matrix cross(Inputs a, Inputs b);

  default Matrix gram(Inputs x) {
    return cross(x, x);
  }

  /**
   * The width-m kernel on inputs of the given (flattened) dimension whose Gram matrices
   * converge to this one's; reproducible from seed.
   */
  Kernel finiteWidth(int dimension, int m, long seed);

  String describe();
}
