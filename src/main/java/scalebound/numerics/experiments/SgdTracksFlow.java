package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.FunctionSpaceSgd;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.dynamics.Minibatches;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;

/**
 * Minibatch SGD in function space (H = K/n, batch b, step eta) against the exact flow over a
 * fixed horizon t = eta k: the RMS over {@code repeats} batch sequences and over the checkpoints
 * k = K/4, K/2, 3K/4, K of |u_SGD(k) - u_flow(eta k)| / Sqrt(n), the strong error that L2s
 * bounds by c Sqrt(eta). Also measured: lambda and lambdaMax, the least and largest eigenvalues
 * of H, the strong-convexity and smoothness constants of L2s's hypotheses.
 */
public final class SgdTracksFlow implements Experiment {
  @Override
  public String name() {
    return "sgd-flow";
  }

  @Override
  public String describe() {
    return "function-space minibatch SGD vs the exact flow over a fixed horizon (strong error)";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("n", 24);
    d.put("batch", 4);
    d.put("eta", 0.05);
    d.put("horizon", 2.0);
    d.put("repeats", 8);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("eta", "k", "horizon", "lambda", "lambdaMax", "sgdDeviation");
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Task.Sample sample = KernelFlow.sample(p, s);
    Matrix h = KernelFlow.normalisedGram(s, sample);
    SymmetricEigen spectrum = SymmetricEigen.of(h);
    GradientFlow flow = new GradientFlow(h, sample.labels());
    double eta = p.real("eta");
    int steps = (int) Math.max(4, Math.round(p.real("horizon") / eta));
    int n = sample.size();
    double sum = 0;
    int count = 0;
    for (int rep = 0; rep < p.integer("repeats"); rep++) {
      FunctionSpaceSgd sgd = new FunctionSpaceSgd(h, sample.labels(), eta,
          new Minibatches(n, Math.min(n, p.integer("batch")), p.seed() * 1000 + rep));
      int done = 0;
      for (int q = 1; q <= 4; q++) {
        int k = steps * q / 4;
        sgd.run(k - done);
        done = k;
        double[] a = sgd.residual();
        double[] b = flow.residual(eta * k);
        for (int i = 0; i < n; i++) {
          sum += (a[i] - b[i]) * (a[i] - b[i]) / n;
        }
        count++;
      }
    }
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("eta", eta);
    o.put("k", (double) steps);
    o.put("horizon", eta * steps);
    o.put("lambda", spectrum.smallest());
    o.put("lambdaMax", spectrum.largest());
    o.put("sgdDeviation", Math.sqrt(sum / count));
    return Observations.of(List.of(o));
  }
}
