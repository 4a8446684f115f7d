package scalebound.numerics.experiments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Task;
import scalebound.numerics.dynamics.Minibatches;
import scalebound.numerics.transformer.LazyTraining;
import scalebound.numerics.transformer.Transformer;

/**
 * The lazy-training deviation of the small transformer: trained by GD (or minibatch SGD) beside
 * its linearisation at initialisation for a fixed number of steps at step
 * etaScale / lambdaMax(Theta/n), the largest RMS gap between the two on held-out sequences.
 * Inputs are token sequences (the family parameter picks Zipf or Markov tokens).
 */
public final class LazyTransformer implements Experiment {
  @Override
  public String name() {
    return "lazy-transformer";
  }

  @Override
  public String describe() {
    return "small transformer trained beside its linearisation; largest RMS gap over training";
  }

  @Override
  public Map<String, Object> defaults() {
    Map<String, Object> d = Setting.defaults();
    d.put("family", "tokens-markov");
    d.put("target", "rough");
    d.put("d", 6);
    d.put("n", 12);
    d.put("m", 32);
    d.put("blocks", 2);
    d.put("steps", 20);
    d.put("etaScale", 0.5);
    d.put("batch", 0);
    return d;
  }

  @Override
  public List<String> quantities() {
    return List.of("m", "n", "linearizationGap", "finalTrainLoss", "finalLinearTrainLoss");
  }

  @Override
  public Observations run(Parameters p) {
    if (!p.text("family").startsWith("tokens")) {
      return Observations.discarded("the transformer takes token sequences, not " + p.text("family"));
    }
    Parameters q = p.text("target").equals("teacher") ? p.with("kernel", "attention-pooled") : p;
    Setting s = Setting.of(q);
    Task.Sample train = s.task().draw(q.integer("n"), new Well19937c(q.seed()));
    Task.Sample test = s.task().draw(16, new Well19937c(q.seed() + 7));
    Transformer net = new Transformer(q.integer("d"), q.integer("m"), q.integer("blocks"), q.seed() + 11);
    int batch = q.integer("batch");
    Minibatches batches = batch <= 0 || batch >= train.size() ? null
        : new Minibatches(train.size(), batch, q.seed() + 13);
    LazyTraining.Result r = LazyTraining.run(net, train.inputs(), train.labels(), test.inputs(), q.real("etaScale"),
        q.integer("steps"), batches);
    if (!Double.isFinite(r.maxDeviation()) || !Double.isFinite(r.trainLoss()[r.trainLoss().length - 1])) {
      return Observations.discarded("training diverged at width " + q.integer("m") + " (step "
          + q.real("etaScale") + "/lambdaMax is too large outside the lazy regime)");
    }
    Map<String, Double> o = new LinkedHashMap<>();
    o.put("m", (double) q.integer("m"));
    o.put("n", (double) train.size());
    o.put("linearizationGap", r.maxDeviation());
    o.put("finalTrainLoss", r.trainLoss()[r.trainLoss().length - 1]);
    o.put("finalLinearTrainLoss", r.linearTrainLoss()[r.linearTrainLoss().length - 1]);
    return Observations.of(List.of(o));
  }
}
