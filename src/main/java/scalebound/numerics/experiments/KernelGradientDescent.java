package scalebound.numerics.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.GradientDescent;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.Vectors;

/**
 * Kernel gradient descent with H = K/n and step eta = stepFraction / lambdaMax, iterated (one
 * matrix-vector product per step, no eigendecomposition). Observed at k = steps * {0, 1/4, 1/2, 1}:
 * the residual |r_k|^2 and the distance |r_k - r(eta k)| from the exact flow at the same time.
 * Checkpoints where |r_k|^2 has fallen below 1e-20 |r_0|^2 are not observed: there the iterate
 * is at the rounding floor of double precision, not on the dynamics.
 */
public final class KernelGradientDescent implements Experiment {
  @Override
  public String name() {
    return "kernel-gd";
  }

  @Override
  public String describe() {
    return "kernel gradient descent, H = K/n, eta = stepFraction/lambdaMax; residual and distance from the flow";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("n", 20);
    d.put("stepFraction", 1.0);
    d.put("steps", 200);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("k", "eta", "n", "lambdaMin", "lambdaMax", "initialResidualSq", "initialResidual", "residualSq",
        "flowDistance");
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Task.Sample sample = KernelFlow.sample(p, s);
    Matrix h = KernelFlow.normalisedGram(s, sample);
    GradientFlow flow = new GradientFlow(h, sample.labels());
    double lo = flow.eigen().smallest();
    double hi = flow.eigen().largest();
    if (Precision.singular(lo, hi)) {
      return Observations.discarded("H is numerically singular: lambdaMin = " + lo + ", lambdaMax = " + hi);
    }
    double eta = p.real("stepFraction") / hi;
    int steps = p.integer("steps");
    GradientDescent gd = new GradientDescent(h, sample.labels(), eta);
    double r0 = Vectors.normSq(sample.labels());
    List<Map<String, Double>> rows = new ArrayList<>();
    for (int k : new int[] {0, steps / 4, steps / 2, steps}) {
      gd.run(k - gd.steps());
      double[] r = gd.residual();
      if (Vectors.normSq(r) < Precision.FLOOR * r0) {
        break;
      }
      Map<String, Double> o = new LinkedHashMap<>();
      o.put("k", (double) k);
      o.put("eta", eta);
      o.put("n", (double) sample.size());
      o.put("lambdaMin", lo);
      o.put("lambdaMax", hi);
      o.put("initialResidualSq", r0);
      o.put("initialResidual", Math.sqrt(r0));
      o.put("residualSq", Vectors.normSq(r));
      o.put("flowDistance", Math.sqrt(Vectors.normSq(Vectors.minus(r, flow.residual(eta * k)))));
      rows.add(o);
    }
    return Observations.of(rows);
  }
}
