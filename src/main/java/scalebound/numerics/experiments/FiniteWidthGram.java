package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.kernels.RandomFeatures;
import scalebound.numerics.linalg.Matrix;

/**
 * The width-m random-feature Gram matrix H_m against its limit H* on n inputs: the largest
 * entrywise deviation max_ij |H_m - H*|_ij, and the sup of the features |psi| (Sqrt(2) for the
 * cosine features of the RBF and Laplace kernels; kernels without bounded features are refused).
 */
public final class FiniteWidthGram implements Experiment {
  @Override
  public String name() {
    return "finite-width-gram";
  }

  @Override
  public String describe() {
    return "random-feature Gram matrix at width m vs its infinite-width limit (entrywise)";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("n", 10);
    d.put("m", 256);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("n", "m", "maxDeviation", "featureBound");
  }

  @Override
  public Observations run(Parameters p) {
    Setting s = Setting.of(p);
    Inputs x = s.task().family().draw(p.integer("n"), new Well19937c(p.seed()));
    if (!(s.kernel().finiteWidth(x.dimension(), 1, 0) instanceof RandomFeatures probe)
        || !Double.isFinite(probe.featureBound())) {
      return Observations.discarded(s.kernel().describe() + " has no bounded random features");
    }
    RandomFeatures rf = (RandomFeatures) s.kernel().finiteWidth(x.dimension(), p.integer("m"), p.seed() + 17);
    Matrix dev = rf.gram(x).minus(s.kernel().gram(x));
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("n", (double) x.size());
    o.put("m", (double) rf.width());
    o.put("maxDeviation", dev.maxAbs());
    o.put("featureBound", rf.featureBound());
    return Observations.of(List.of(o));
  }
}
