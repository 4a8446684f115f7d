package scalebound.numerics.experiments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.FlowExponential;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.Vectors;

/**
 * Kernel gradient flow on n examples with H = K/n: the training residual |r(t)|^2 at flow times
 * t = horizon * {0, 1/16, 1/4, 1} / lambdaMin, where lambdaMin, lambdaMax are the extreme
 * eigenvalues of H. The residual is exp(-H t) r(0) by scaling and squaring
 * ({@link FlowExponential}), not the eigenbasis closed form: in the eigenbasis the bound
 * Exp(-2 lambdaMin t) |r(0)|^2 is an algebraic identity and could not fail. Draws where
 * lambdaMax·t exceeds {@link Precision#STIFFNESS} at the last time are discarded: there the
 * exponential's rounding (about lambdaMax·t·1e-16, relative) could exceed the check's tolerance. Draws whose H is numerically singular (lambdaMin <= 1e-9 lambdaMax, where
 * the computed lambdaMin carries no correct digits) are discarded, not checked; so are times at
 * which |r(t)|^2 < 1e-20 |r(0)|^2, the rounding floor of the eigenbasis in double precision.
 */
public final class KernelFlow implements Experiment {
  @Override
  public String name() {
    return "kernel-flow";
  }

  @Override
  public String describe() {
    return "kernel gradient flow, H = K/n, training residual at flow times up to horizon/lambdaMin";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("n", 20);
    d.put("horizon", 4.0);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("t", "n", "lambdaMin", "lambdaMax", "kappa", "initialResidualSq", "initialResidual", "residualSq");
  }

  static Task.Sample sample(Parameters p, Setting s) {
    return s.task().draw(p.integer("n"), new Well19937c(p.seed()));
  }

  static Matrix normalisedGram(Setting s, Task.Sample sample) {
    return s.kernel().gram(sample.inputs()).scale(1.0 / sample.size());
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Task.Sample sample = sample(p, s);
    Matrix normalisedGram = normalisedGram(s, sample);
    GradientFlow flow = new GradientFlow(normalisedGram, sample.labels());
    double lo = flow.eigen().smallest();
    double hi = flow.eigen().largest();
    if (Precision.singular(lo, hi)) {
      return Observations.discarded("H is numerically singular: lambdaMin = " + lo + ", lambdaMax = " + hi);
    }
    if (hi * p.real("horizon") / lo > Precision.STIFFNESS) {
      return Observations.discarded("too stiff for the independent exponential: lambdaMax*t = "
          + String.format("%.3g", hi * p.real("horizon") / lo) + " > " + Precision.STIFFNESS);
    }
    double r0 = Vectors.normSq(sample.labels());
    List<Map<String, Double>> rows = new ArrayList<>();
    for (double f : new double[] {0, 1.0 / 16, 0.25, 1}) {
      double t = p.real("horizon") * f / lo;
      double residual = Vectors.normSq(FlowExponential.residual(normalisedGram, sample.labels(), t));
      if (residual < Precision.FLOOR * r0) {
        break;
      }
      Map<String, Double> o = new LinkedHashMap<>();
      o.put("t", t);
      o.put("n", (double) sample.size());
      o.put("lambdaMin", lo);
      o.put("lambdaMax", hi);
      o.put("kappa", hi / lo);
      o.put("initialResidualSq", r0);
      o.put("initialResidual", Math.sqrt(r0));
      o.put("residualSq", residual);
      rows.add(o);
    }
    return Observations.of(rows);
  }
}
