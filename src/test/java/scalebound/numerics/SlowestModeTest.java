package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import scalebound.numerics.experiments.ComputePhase;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;

/**
 * Targets along the slowest mode of H_m are the worst case of T1's exponential term: without
 * noise, GD's excess risk decays as (1 - eta lambda)^(2T) exactly, so the fitted rate per unit
 * of compute is -2 Log(1 - eta lambda)/(m n), within a fraction eta lambda of 2 lambda eta/(m n);
 * and the clean labels reach, never exceed, ymax.
 */
class SlowestModeTest {
  @Test
  void noiselessSlowestModeDecaysAtTheDerivedRate() {
    ComputePhase cp = new ComputePhase();
    Map<String, Object> v = new LinkedHashMap<>(cp.defaults());
    v.put("target", "slowest-mode");
    v.put("noise", "none");
    v.put("steps", 1500);
    // No noise, no plateau: the "floor" is the curve's last value, so fit only far above it.
    v.put("fitMargin", 1000.0);
    for (long seed = 1; seed <= 3; seed++) {
      Observations o = cp.run(new Parameters(v, seed));
      Map<String, Double> r = o.rows().get(0);
      double x = r.get("eta") * r.get("lambda");
      double derived = 2 * x / (r.get("m") * r.get("n"));
      double exact = -2 * Math.log(1 - x) / (r.get("m") * r.get("n"));
      assertEquals(exact, r.get("decayRate"), 2e-3 * exact, "seed " + seed + ": " + r);
      assertTrue(r.get("decayRate") >= derived && r.get("decayRate") <= derived * (1 + x), "seed " + seed + ": " + r);
      assertTrue(r.get("decayFit") > 0.99999, "seed " + seed + ": " + r);
    }
  }

  @Test
  void cleanLabelsAttainButNeverExceedYmax() {
    var h = scalebound.numerics.linalg.Matrix.ofRows(new double[][] {{2, 1, 0}, {1, 2, 1}, {0, 1, 2}});
    var mode = scalebound.numerics.data.SlowestMode.of(scalebound.numerics.linalg.SymmetricEigen.of(h), 0.5);
    double sup = 0;
    for (double y : mode.labels()) {
      sup = Math.max(sup, Math.abs(y));
    }
    assertEquals(0.5, sup, 1e-12);
    // f* interpolates the labels: on the training inputs (cross = H) it returns them.
    double[] f = mode.values(h);
    double[] y = mode.labels();
    for (int i = 0; i < y.length; i++) {
      assertEquals(y[i], f[i], 1e-12);
    }
  }
}
