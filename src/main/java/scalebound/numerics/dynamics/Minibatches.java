package scalebound.numerics.dynamics;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * A seeded stream of minibatches: b indices out of n, drawn uniformly without replacement
 * for each step (a partial Fisher-Yates shuffle). Two optimisers given the same seed see the
 * same batches.
 */
public final class Minibatches {
  private final int[] order;
  private final int size;
  private final RandomGenerator random;

  public Minibatches(int n, int size, long seed) {
    if (size < 1 || size > n) {
      throw new IllegalArgumentException("a minibatch of " + size + " out of " + n + " examples");
    }
    this.order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    this.size = size;
    this.random = new Well19937c(seed);
  }

  public int[] next() {
    int n = order.length;
    for (int i = 0; i < size; i++) {
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    return java.util.Arrays.copyOf(order, size);
  }

  public int size() {
    return size;
  }
}
