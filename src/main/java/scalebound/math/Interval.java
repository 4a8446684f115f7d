package scalebound.math;

/**
 * A closed interval [lo, hi] of reals with outward rounding, and a definedness flag: every
 * operation widens its floating-point result by one ulp on each side (two for exp, log and pow,
 * whose Java results are within 1 ulp of the exact value), so the exact result of the operation
 * on any reals in the operands is always inside. {@code defined} is true when the operation is
 * defined (real-valued) at every point of the operands; where it is not, the interval encloses
 * the values at the points where it is (the "trv" decoration of IEEE 1788-2015). This is what
 * makes a certificate a proof and not an approximation: an inequality that holds only up to
 * floating-point noise, or whose sides are not real everywhere, is never certified.
 *
 * <p>Interval arithmetic: Moore, Kearfott &amp; Cloud, <i>Introduction to Interval Analysis</i>
 * (SIAM 2009), ch. 2 and 5. (No maintained Java interval library is published on Maven Central;
 * this class implements exactly the operations the certifier needs.)
 */
public record Interval(double lo, double hi, boolean defined) {
  public static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, true);
  /** No real value anywhere on the operands: a value of an undefined operation. */
  public static final Interval NOWHERE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);

  public static Interval point(double x) {
    return new Interval(Math.nextDown(x), Math.nextUp(x), true);
  }

  public static Interval exactly(double x) {
    return new Interval(x, x, true);
  }

  public static Interval of(double lo, double hi) {
    return new Interval(lo, hi, true);
  }

  public boolean isEntire() {
    return lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY;
  }

  /** The same interval, undefined if {@code defined} is false. */
  Interval and(boolean definedToo) {
    return definedToo ? this : new Interval(lo, hi, false);
  }

  private static Interval outward(double lo, double hi, int ulps, boolean defined) {
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, defined);
    }
    for (int i = 0; i < ulps; i++) {
      lo = Math.nextDown(lo);
      hi = Math.nextUp(hi);
    }
    return new Interval(lo, hi, defined);
  }

  public Interval plus(Interval o) {
    double l = lo + o.lo;
    double h = hi + o.hi;
    return new Interval(exactSum(lo, o.lo, l) ? l : Math.nextDown(l), exactSum(hi, o.hi, h) ? h : Math.nextUp(h),
        defined && o.defined).orEntire();
  }

  /** Whether s = a + b exactly (Knuth's TwoSum: the rounding error of the sum is zero). */
  private static boolean exactSum(double a, double b, double s) {
    if (Double.isInfinite(s) || Double.isNaN(s)) {
      return !Double.isNaN(s);
    }
    double bb = s - a;
    return (a - (s - bb)) + (b - bb) == 0;
  }

  /** Whether p = a * b exactly (the fused multiply-add recovers the rounding error). */
  private static boolean exactProduct(double a, double b, double p) {
    if (Double.isInfinite(p) || Double.isNaN(p) || p == 0) {
      return !Double.isNaN(p) && (p != 0 || a == 0 || b == 0);
    }
    return Math.fma(a, b, -p) == 0;
  }

  private Interval orEntire() {
    return Double.isNaN(lo) || Double.isNaN(hi) ? new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
        defined) : this;
  }

  public Interval negate() {
    return new Interval(-hi, -lo, defined);
  }

  public Interval minus(Interval o) {
    return plus(o.negate());
  }

  public Interval times(Interval o) {
    double[] ends = {lo, lo, hi, hi};
    double[] other = {o.lo, o.hi, o.lo, o.hi};
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < 4; i++) {
      double p = product(ends[i], other[i]);
      boolean exact = ends[i] == 0 || other[i] == 0 || exactProduct(ends[i], other[i], p);
      min = Math.min(min, exact ? p : Math.nextDown(p));
      max = Math.max(max, exact ? p : Math.nextUp(p));
    }
    return new Interval(min, max, defined && o.defined).orEntire();
  }

  /** A product of interval ends where 0 times infinity is 0 (the ends are limits of finite values). */
  private static double product(double x, double y) {
    return x == 0 || y == 0 ? 0 : x * y;
  }

  public Interval reciprocal() {
    if (lo <= 0 && hi >= 0) {
      if (lo == 0 && hi == 0) {
        return NOWHERE;
      }
      if (lo == 0) {
        return outward(1 / hi, Double.POSITIVE_INFINITY, 1, false);
      }
      if (hi == 0) {
        return outward(Double.NEGATIVE_INFINITY, 1 / lo, 1, false);
      }
      return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }
    return outward(1 / hi, 1 / lo, 1, defined);
  }

  public Interval dividedBy(Interval o) {
    return times(o.reciprocal());
  }

  public Interval exp() {
    return outward(Math.exp(lo), Math.exp(hi), 2, defined).clampBelow(0);
  }

  public Interval log() {
    if (hi <= 0) {
      return NOWHERE;
    }
    return outward(lo <= 0 ? Double.NEGATIVE_INFINITY : Math.log(lo), Math.log(hi), 2, defined && lo > 0);
  }

  public Interval sqrt() {
    if (hi < 0) {
      return NOWHERE;
    }
    return outward(Math.sqrt(Math.max(lo, 0)), Math.sqrt(hi), 1, defined && lo >= 0).clampBelow(0);
  }

  public Interval abs() {
    if (lo >= 0) {
      return this;
    }
    if (hi <= 0) {
      return negate();
    }
    return new Interval(0, Math.max(-lo, hi), defined);
  }

  public Interval min(Interval o) {
    return new Interval(Math.min(lo, o.lo), Math.min(hi, o.hi), defined && o.defined);
  }

  public Interval max(Interval o) {
    return new Interval(Math.max(lo, o.lo), Math.max(hi, o.hi), defined && o.defined);
  }

  /** this^n for an integer n (exact monotonicity on each sign branch). */
  public Interval pow(long n) {
    if (n == 0) {
      return new Interval(1, 1, defined);
    }
    if (n < 0) {
      return pow(-n).reciprocal();
    }
    if (n % 2 == 1 || lo >= 0) {
      return outward(Math.pow(lo, n), Math.pow(hi, n), 2, defined);
    }
    if (hi <= 0) {
      return outward(Math.pow(hi, n), Math.pow(lo, n), 2, defined);
    }
    return outward(0, Math.pow(Math.max(-lo, hi), n), 2, defined).clampBelow(0);
  }

  /** this^e for a real exponent: defined on a positive base (and on 0 when e > 0), via exp(e·log x). */
  public Interval pow(Interval e) {
    if (hi < 0) {
      return NOWHERE;
    }
    boolean everywhere = defined && e.defined && (lo > 0 || (lo == 0 && e.lo > 0));
    if (lo <= 0) {
      if (e.lo > 0) {
        Interval positive = new Interval(Double.MIN_VALUE, Math.max(hi, Double.MIN_VALUE), true).pow(e);
        return new Interval(0, positive.hi, everywhere);
      }
      return new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false);
    }
    return e.times(log()).exp().and(everywhere);
  }

  private Interval clampBelow(double floor) {
    return new Interval(Math.max(lo, floor), hi, defined);
  }

  public double mid() {
    if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
      return Double.isInfinite(lo) && Double.isInfinite(hi) ? 0 : Double.isInfinite(lo) ? hi - 1 : lo + 1;
    }
    return lo / 2 + hi / 2;
  }

  public double width() {
    return hi - lo;
  }

  public boolean contains(double x) {
    return lo <= x && x <= hi;
  }
}
