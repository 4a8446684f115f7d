package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.GradientFlow;

/**
 * The sample-size law in the regime where T1's other terms vanish: the infinite-width kernel
 * (no width term), gradient flow (eta to 0, no SGD term) stopped at the best time on a log grid
 * (the optimisation term tuned away). Measured: the test excess risk E[(f - f*)^2] on
 * {@code tests} fresh inputs, i.e. risk minus the exactly known R*.
 */
public final class SampleSize implements Experiment {
  @Override
  public String name() {
    return "sample-size";
  }

  @Override
  public String describe() {
    return "excess risk of early-stopped kernel flow (infinite width, best stopping time) against n";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("family", "uniform-cube");
    d.put("d", 1);
    d.put("kernel", "laplace");
    d.put("noise", "gaussian");
    d.put("sigma", 0.5);
    d.put("n", 100);
    d.put("tests", 2000);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("n", "excessRisk", "stoppingTime", "irreducibleRisk");
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Task.Sample train = s.task().draw(p.integer("n"), new Well19937c(p.seed()));
    Task.Sample test = s.task().draw(p.integer("tests"), new Well19937c(p.seed() + 99));
    int n = train.size();
    GradientFlow flow = new GradientFlow(s.kernel().gram(train.inputs()).scale(1.0 / n), train.labels());
    double[] times = new double[61];
    for (int e = 0; e < times.length; e++) {
      times[e] = Math.pow(10, -2 + e / 10.0);
    }
    double[][] f = flow.predictions(s.kernel().cross(test.inputs(), train.inputs()).scale(1.0 / n), times);
    double best = Double.POSITIVE_INFINITY;
    double bestTime = 0;
    for (int e = 0; e < times.length; e++) {
      double risk = 0;
      for (int i = 0; i < f[e].length; i++) {
        risk += (f[e][i] - test.clean()[i]) * (f[e][i] - test.clean()[i]) / f[e].length;
      }
      if (risk < best) {
        best = risk;
        bestTime = times[e];
      }
    }
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("n", (double) n);
    o.put("excessRisk", best);
    o.put("stoppingTime", bestTime);
    o.put("irreducibleRisk", s.task().irreducibleRisk());
    return Observations.of(List.of(o));
  }
}
