package scalebound.numerics.transformer;

import scalebound.numerics.data.Inputs;
import scalebound.numerics.linalg.Matrix;

/**
 * The empirical neural tangent kernel of a network at its current parameters:
 * Theta(x, x') = grad_theta f(x) . grad_theta f(x'), one Jacobian row per input, then one BLAS
 * product.
 */
public final class EmpiricalNtk {
  private EmpiricalNtk() {}

  public static Matrix jacobian(Transformer net, Inputs inputs) {
    return Matrix.ofRows(net.jacobian(inputs));
  }

  public static Matrix of(Transformer net, Inputs a, Inputs b) {
    return jacobian(net, a).timesTranspose(jacobian(net, b));
  }
}
