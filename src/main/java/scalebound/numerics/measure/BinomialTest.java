package scalebound.numerics.measure;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * The one-sided exact binomial test of H0: P(violation) <= delta against P(violation) > delta.
 * With k violations in n independent draws the p-value is P(Bin(n, delta) >= k); a bound that
 * claims "with probability at least 1 - delta" is refuted when p < alpha.
 */
public record BinomialTest(int violations, int draws, double delta, double pValue) {
  public static BinomialTest of(int violations, int draws, double delta) {
    double p = violations == 0 ? 1.0
        : 1 - new BinomialDistribution(null, draws, delta).cumulativeProbability(violations - 1);
    return new BinomialTest(violations, draws, delta, Math.max(0, p));
  }

  public boolean refutes(double alpha) {
    return pValue < alpha;
  }
}
