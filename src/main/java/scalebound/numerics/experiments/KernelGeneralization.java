package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.kernels.Kernel;
import scalebound.numerics.kernels.Laplace;
import scalebound.numerics.kernels.Rbf;
import scalebound.numerics.kernels.AttentionPooled;
import scalebound.numerics.linalg.Matrix;

/**
 * The generalization gap of the kernel gradient-flow predictor inside an RKHS ball fixed before
 * sampling, under L5's hypotheses. Labels are a rough target Sign(u.x) without noise (|y| <= 1);
 * the kernel has K(x, x) = 1 (kappaK = 1: RBF, Laplace, attention-pooled RBF; others are
 * refused). The predictor is the flow at the latest time on a log grid whose RKHS norm is at
 * most {@code radius} (|f|_H^2 = alpha' H alpha / n for H = K/n), so |f| <= radius everywhere.
 * The loss l = (f - y)^2 / (radius + 1)^2 takes values in [0, 1] and is rho-Lipschitz in f with
 * rho = 2/(radius + 1). The gap is the test risk (on {@code tests} fresh points) minus the
 * training risk.
 */
public final class KernelGeneralization implements Experiment {
  @Override
  public String name() {
    return "kernel-generalization";
  }

  @Override
  public String describe() {
    return "generalization gap of the kernel flow predictor in a fixed RKHS ball, bounded loss";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("n", 100);
    d.put("radius", 2.0);
    d.put("tests", 5000);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("n", "radius", "rho", "kappaK", "generalizationGap", "trainRisk", "testRisk", "flowTime");
  }

  @Override
  public Observations run(Parameters p) {
    Parameters q = p.with("target", "rough").with("noise", "none");
    Setting s = Setting.of(q);
    Kernel k = s.kernel();
    boolean unitDiagonal = k instanceof Rbf || k instanceof Laplace || k instanceof AttentionPooled;
    if (!unitDiagonal) {
      return Observations.discarded(k.describe() + " is not bounded by K(x,x) = 1 on the whole input space");
    }
    Task.Sample train = s.task().draw(q.integer("n"), new Well19937c(q.seed()));
    Task.Sample test = s.task().draw(q.integer("tests"), new Well19937c(q.seed() + 99));
    int n = train.size();
    Matrix h = k.gram(train.inputs()).scale(1.0 / n);
    GradientFlow flow = new GradientFlow(h, train.labels());
    double radius = q.real("radius");
    double time = 0;
    for (int e = -20; e <= 40; e++) {
      double t = Math.pow(10, e / 10.0);
      double[] alpha = flow.coefficients(t);
      double normSq = dot(alpha, h.times(alpha)) / n;
      if (normSq > radius * radius) {
        break;
      }
      time = t;
    }
    double[] alpha = flow.coefficients(time);
    double[] fTrain = h.times(alpha);
    double[] fTest = k.cross(test.inputs(), train.inputs()).scale(1.0 / n).times(alpha);
    double scale = (radius + 1) * (radius + 1);
    double trainRisk = risk(fTrain, train.labels()) / scale;
    double testRisk = risk(fTest, test.labels()) / scale;
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("n", (double) n);
    o.put("radius", radius);
    o.put("rho", 2 / (radius + 1));
    o.put("kappaK", 1.0);
    o.put("generalizationGap", testRisk - trainRisk);
    o.put("trainRisk", trainRisk);
    o.put("testRisk", testRisk);
    o.put("flowTime", time);
    return Observations.of(List.of(o));
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static double risk(double[] f, double[] y) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += (f[i] - y[i]) * (f[i] - y[i]);
    }
    return s / f.length;
  }
}
