package scalebound.numerics.data;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Additive label noise, independent of x with mean zero, so the irreducible risk
 * R* = E[Var(Y | X)] is exactly its variance.
 */
public sealed interface Noise {
  double sample(RandomGenerator random);

  double variance();

  String describe();

  record None() implements Noise {
    @Override
    public double sample(RandomGenerator random) {
      return 0;
    }

    @Override
    public double variance() {
      return 0;
    }

    @Override
    public String describe() {
      return "no noise";
    }
  }

  record Gaussian(double sigma) implements Noise {
    @Override
    public double sample(RandomGenerator random) {
      return sigma * random.nextGaussian();
    }

    @Override
    public double variance() {
      return sigma * sigma;
    }

    @Override
    public String describe() {
      return "Gaussian noise, sigma=" + sigma;
    }
  }

  /** scale * t_nu with nu > 2: heavy tails, variance scale^2 nu / (nu - 2). */
  record HeavyTailed(double scale, double nu) implements Noise {
    public HeavyTailed {
      if (!(nu > 2)) {
        throw new IllegalArgumentException("heavy-tailed noise needs nu > 2 for a finite R*, got " + nu);
      }
    }

    @Override
    public double sample(RandomGenerator random) {
      return scale * new TDistribution(random, nu).sample();
    }

    @Override
    public double variance() {
      return scale * scale * nu / (nu - 2);
    }

    @Override
    public String describe() {
      return "Student-t noise, scale=" + scale + ", nu=" + nu;
    }
  }
}
