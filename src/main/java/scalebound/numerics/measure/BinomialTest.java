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

  /**
   * The power of the test: the probability that it refutes at level {@code alpha} when the true
   * violation probability is {@code trueRate}. The critical count k* is the least k with
   * P(Bin(n, delta) >= k) < alpha; the power is P(Bin(n, trueRate) >= k*).
   */
  public static double power(int draws, double delta, double alpha, double trueRate) {
    BinomialDistribution null0 = new BinomialDistribution(null, draws, Math.min(1, delta));
    int critical = 1;
    while (critical <= draws && 1 - null0.cumulativeProbability(critical - 1) >= alpha) {
      critical++;
    }
    if (critical > draws) {
      return 0;
    }
    return 1 - new BinomialDistribution(null, draws, Math.min(1, trueRate)).cumulativeProbability(critical - 1);
  }
}
