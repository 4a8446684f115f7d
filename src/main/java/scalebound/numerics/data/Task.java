package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A regression task: inputs from a family, labels Y = f*(X) + noise. The irreducible risk R*
 * is the noise variance exactly, so the excess risk of a predictor f,
 * R(f) - R* = E[(f(X) - f*(X))^2], is measured against the noise-free target on fresh inputs.
 */
public record Task(InputFamily family, Target target, Noise noise) {
  /** n labelled examples. */
  public Sample draw(int n, RandomGenerator random) {
    Inputs x = family.draw(n, random);
    double[] clean = target.values(x);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = clean[i] + noise.sample(random);
    }
    return new Sample(x, clean, y);
  }

  public double irreducibleRisk() {
    return noise.variance();
  }

  public String describe() {
    return family.describe() + "; " + target.describe() + "; " + noise.describe();
  }

  /** Inputs, the noise-free regression values f*(x_i) and the observed labels y_i. */
  public record Sample(Inputs inputs, double[] clean, double[] labels) {
    public int size() {
      return labels.length;
    }
  }
}
