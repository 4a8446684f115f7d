package scalebound.numerics.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.SlowestMode;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.GradientDescent;
import scalebound.numerics.kernels.Kernel;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;
import scalebound.numerics.measure.ExponentialRate;
import scalebound.numerics.measure.Plateau;

/**
 * T1's two phases at fixed m, n and eta: a width-m random-feature model trained by GD in
 * function space (H = K_m/n, eta = stepFraction / lambdaMax) for T = 1..steps steps, with the
 * test excess risk recorded against the compute C = m n T. Measured: the initial excess risk R0,
 * lambda = lambdaMin(H), the plateau level (floor) and its onset (the measured threshold: the
 * first C after which the curve stays within (1 + plateauTolerance) of the floor; with the
 * default 1, where the decaying part has fallen to the floor's level, which is how the derived
 * C* is defined), the exponential rate fitted on the decay before the onset where the decaying
 * part is at least {@code fitMargin} times the floor (at least its first four points; near the
 * floor, noise's cross term with the decaying mode, which decays at half its rate, biases the
 * fit) and the fit's R^2. With {@code target: slowest-mode} the clean labels lie along H_m's
 * least eigenvector ({@link SlowestMode}, sup-norm {@code ymax}), label noise added: the worst
 * case of the bound's exponential term.
 */
public final class ComputePhase implements Experiment {
  @Override
  public String name() {
    return "compute-phase";
  }

  @Override
  public String describe() {
    return "random-feature GD at fixed m, n, eta: excess risk against compute C = m n T";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("d", 16);
    d.put("n", 32);
    d.put("m", 256);
    d.put("stepFraction", 1.0);
    d.put("steps", 4000);
    d.put("tests", 1000);
    d.put("plateauTolerance", 1.0);
    d.put("ymax", 1.0);
    d.put("fitMargin", 1.0);
    return d;
  }

  /** Besides the shared targets, {@code slowest-mode}: labels along H_m's least eigenvector. */
  @Override
  public List<String> choices(String parameter) {
    return parameter.equals("target") ? List.of("teacher", "rough", "slowest-mode") : Experiment.super.choices(parameter);
  }

  @Override
  public List<String> quantities() {
    return List.of("m", "n", "eta", "lambda", "lambdaMax", "R0", "floor", "measuredThreshold", "decayRate",
        "decayFit", "onsetIndex", "steps");
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Task.Sample train = s.task().draw(p.integer("n"), new Well19937c(p.seed()));
    Task.Sample test = s.task().draw(p.integer("tests"), new Well19937c(p.seed() + 99));
    int n = train.size();
    int m = p.integer("m");
    Kernel finite = s.kernel().finiteWidth(train.inputs().dimension(), m, p.seed() + 5);
    Matrix h = finite.gram(train.inputs()).scale(1.0 / n);
    Matrix cross = finite.cross(test.inputs(), train.inputs()).scale(1.0 / n);
    SymmetricEigen e = SymmetricEigen.of(h);
    if (Precision.singular(e.smallest(), e.largest())) {
      return Observations.discarded("H_m is numerically singular: lambdaMin = " + e.smallest());
    }
    double[] labels = train.labels();
    double[] clean = test.clean();
    if (p.text("target").equals("slowest-mode")) {
      if (!(p.real("ymax") > 0 && Double.isFinite(p.real("ymax")))) {
        return Observations.discarded("the label bound ymax must be a positive number, got " + p.real("ymax"));
      }
      SlowestMode mode = SlowestMode.of(e, p.real("ymax"));
      labels = mode.labels();
      Well19937c noise = new Well19937c(p.seed() + 7);
      for (int i = 0; i < n; i++) {
        labels[i] += s.task().noise().sample(noise);
      }
      clean = mode.values(cross);
    }
    double eta = p.real("stepFraction") / e.largest();
    int steps = p.integer("steps");
    GradientDescent gd = new GradientDescent(h, labels, eta);
    List<Double> c = new ArrayList<>();
    List<Double> risk = new ArrayList<>();
    c.add(0.0);
    risk.add(excess(cross.times(gd.coefficients()), clean));
    for (int t = 1; t <= steps; t = Math.max(t + 1, (int) Math.round(t * 1.05))) {
      gd.run(t - gd.steps());
      c.add((double) m * n * t);
      risk.add(excess(cross.times(gd.coefficients()), clean));
    }
    double[] cs = c.stream().mapToDouble(Double::doubleValue).toArray();
    double[] rs = risk.stream().mapToDouble(Double::doubleValue).toArray();
    Plateau plateau = Plateau.of(cs, rs, p.real("plateauTolerance"));
    int onset = Math.max(4, plateau.index());
    double margin = p.real("fitMargin");
    int end = 0;
    while (end < onset && (end < 4 || rs[end] - plateau.level() >= margin * plateau.level())) {
      end++;
    }
    double[] cDecay = java.util.Arrays.copyOf(cs, end);
    double[] rDecay = new double[end];
    for (int i = 0; i < end; i++) {
      rDecay[i] = Math.max(1e-300, rs[i] - plateau.level());
    }
    ExponentialRate rate = ExponentialRate.of(cDecay, rDecay);
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("m", (double) m);
    o.put("n", (double) n);
    o.put("eta", eta);
    o.put("lambda", e.smallest());
    o.put("lambdaMax", e.largest());
    o.put("R0", rs[0]);
    o.put("floor", plateau.level());
    o.put("measuredThreshold", plateau.onset());
    o.put("decayRate", rate.rate());
    o.put("decayFit", rate.rSquared());
    o.put("onsetIndex", (double) plateau.index());
    o.put("steps", (double) steps);
    return Observations.of(List.of(o), Map.of("excess risk", new double[][] {cs, rs}));
  }

  private static double excess(double[] f, double[] clean) {
    double s = 0;
    for (int i = 0; i < f.length; i++) {
      s += (f[i] - clean[i]) * (f[i] - clean[i]) / f.length;
    }
    return s;
  }
}
