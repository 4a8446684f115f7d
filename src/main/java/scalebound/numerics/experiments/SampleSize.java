package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.GradientFlow;

/**
 * The sample-size law in the regime where T1's other terms vanish: the infinite-width kernel
 * (no width term) and gradient flow (eta to 0, no SGD term), stopped by one of two rules:
 *
 * <ul>
 *   <li>{@code stopping: log-n} (default): at flow time {@code stop}·Log(n), the allocation T1's
 *       isolated law in n prescribes (the optimisation term R0·Exp(-2·lambda·eta·T) balanced
 *       against the sample term, which grows with eta·T: eta·T of order Log n), fixed before
 *       looking at any test data;
 *   <li>{@code stopping: oracle}: at the time on a log grid with the least test excess risk, on
 *       the very test inputs it reports (an optimistic reference, not T1's regime).
 * </ul>
 * Measured: the test excess risk E[(f - f*)^2] on {@code tests} fresh inputs, i.e. risk minus the
 * exactly known R*, and the stopping time used.
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
    d.put("stopping", "log-n");
    d.put("stop", 1.0);
    return d;
  }

  @Override
  public List<String> choices(String parameter) {
    return parameter.equals("stopping") ? List.of("log-n", "oracle") : Experiment.super.choices(parameter);
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
    boolean oracle = p.text("stopping").equals("oracle");
    double[] times = new double[oracle ? 61 : 1];
    for (int e = 0; e < times.length; e++) {
      times[e] = oracle ? Math.pow(10, -2 + e / 10.0) : p.real("stop") * Math.log(n);
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
