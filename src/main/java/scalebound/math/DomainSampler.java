package scalebound.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;

/**
 * Random points of a domain (symbols with conditions), by rejection from seeded proposals: the one
 * sampler behind every sampled judgement (derivations, claims, proof steps). Each symbol is
 * proposed over its box ({@link Box}) narrowed to a proposal range when one is given, else over a
 * wide default: a positive symbol without an upper bound spans 24 decades from its lower bound
 * (1e-12 when the bound is 0), an unbounded symbol spans ±1e12. Ranges over more than two decades
 * are proposed log-uniformly; a range across 0 is proposed on each side with equal chance,
 * log-uniformly down to 24 decades below its end (a > -10^-20 is sampled negative, not once in
 * 10^32 proposals); one proposal in eight sits at an end of the range, where extremes of
 * inequalities often lie. Points are accepted only where every condition certainly holds
 * (a condition that is not real at a point rejects it).
 */
public final class DomainSampler {
  private static final double WIDE = 1e12;

  private final List<String> symbols;
  private final List<DoubleFunction> conditions = new ArrayList<>();
  private final double[][] box;
  private final double[][] ranges;
  private final Random random;

  /**
   * @param proposals optional [low, high] per symbol for proposals (e.g. typical magnitudes by role);
   *     symbols without one get the wide default
   */
  public DomainSampler(List<String> symbols, List<Expression> conditions, Map<String, double[]> proposals, long seed)
      throws EvaluationRefused {
    this.symbols = List.copyOf(symbols);
    for (Expression c : conditions) {
      this.conditions.add(DoubleFunction.compile(c, symbols));
    }
    this.box = Box.of(symbols, conditions, Map.of());
    this.ranges = new double[symbols.size()][];
    for (int i = 0; i < ranges.length; i++) {
      ranges[i] = range(box[i], proposals.get(symbols.get(i)));
    }
    this.random = new Random(seed);
  }

  private static double[] range(double[] b, double[] proposal) {
    double lo = b[0];
    double hi = b[1];
    if (proposal != null) {
      double a = Math.max(lo, proposal[0]);
      double c = Math.min(hi, proposal[1]);
      if (a <= c) {
        return new double[] {a, c};
      }
    }
    if (lo >= 0) {
      double a = lo > 0 ? lo : 1 / WIDE;
      return new double[] {a, Double.isInfinite(hi) ? Math.max(WIDE, a * WIDE) : hi};
    }
    if (hi <= 0) {
      double c = hi < 0 ? hi : -1 / WIDE;
      return new double[] {Double.isInfinite(lo) ? Math.min(-WIDE, c * WIDE) : lo, c};
    }
    return new double[] {Math.max(lo, -WIDE), Math.min(hi, WIDE)};
  }

  public List<String> symbols() {
    return symbols;
  }

  /** The box the conditions imply directly (infinite where they do not bound a symbol). */
  public double[][] box() {
    return box;
  }

  /** The largest magnitude any symbol is proposed at: how far a sampled judgement looked. */
  public double largestScale() {
    double m = 0;
    for (double[] r : ranges) {
      m = Math.max(m, Math.max(Math.abs(r[0]), Math.abs(r[1])));
    }
    return m;
  }

  /** Whether every condition certainly holds at {@code x}. */
  public boolean holds(double[] x) {
    for (DoubleFunction c : conditions) {
      if (!c.holds(x)) {
        return false;
      }
    }
    return true;
  }

  /** Up to {@code count} points of the domain, from at most {@code attempts} proposals. */
  public List<double[]> points(int count, int attempts) {
    List<double[]> points = new ArrayList<>();
    for (int attempt = 0; attempt < attempts && points.size() < count; attempt++) {
      double[] x = propose();
      if (holds(x)) {
        points.add(x);
      }
    }
    return points;
  }

  /** One proposal (not necessarily in the domain). */
  public double[] propose() {
    double[] x = new double[symbols.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = propose(ranges[i]);
    }
    return x;
  }

  private double propose(double[] r) {
    double a = r[0];
    double b = r[1];
    if (random.nextInt(8) == 0) {
      return random.nextBoolean() ? a : b;
    }
    if (a < 0 && b > 0) {
      return random.nextBoolean() ? logUniform(Math.min(1 / WIDE, b / WIDE), b)
          : -logUniform(Math.min(1 / WIDE, -a / WIDE), -a);
    }
    if (a > 0 && b / a > 100) {
      return a * Math.pow(b / a, random.nextDouble());
    }
    if (b < 0 && a / b > 100) {
      return b * Math.pow(a / b, random.nextDouble());
    }
    return a + (b - a) * random.nextDouble();
  }

  /** Log-uniform in [lo, hi], 0 < lo <= hi. */
  private double logUniform(double lo, double hi) {
    return lo * Math.pow(hi / lo, random.nextDouble());
  }
}
