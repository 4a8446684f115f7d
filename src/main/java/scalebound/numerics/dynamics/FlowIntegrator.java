package scalebound.numerics.dynamics;

import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;
import scalebound.numerics.linalg.Matrix;

/**
 * The residual flow dr/dt = -H r integrated numerically by Commons Math's adaptive
 * Dormand-Prince 8(5,3) method: an independent route to {@link GradientFlow#residual}, sharing
 * nothing with it but H.
 */
public final class FlowIntegrator {
  private FlowIntegrator() {}

  public static double[] residual(Matrix gram, double[] r0, double t, double tolerance) {
    FirstOrderDifferentialEquations ode = new FirstOrderDifferentialEquations() {
      @Override
      public int getDimension() {
        return r0.length;
      }

      @Override
      public void computeDerivatives(double time, double[] r, double[] drdt) {
        double[] hr = gram.times(r);
        for (int i = 0; i < r.length; i++) {
          drdt[i] = -hr[i];
        }
      }
    };
    DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-12, Math.max(t, 1e-12), tolerance,
        tolerance);
    double[] r = r0.clone();
    if (t > 0) {
      integrator.integrate(ode, 0, r0.clone(), t, r);
    }
    return r;
  }
}
