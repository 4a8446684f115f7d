package scalebound.proof;

/**
 * A closed interval [lo, hi] of reals with outward rounding: every operation widens its
 * floating-point result by one ulp on each side (two for exp, log and pow, whose Java results
 * are within 1 ulp of the exact value), so the exact result of the operation on any reals in
 * the operands is always inside. This is what makes a certificate a proof and not an
 * approximation: an inequality that holds only up to floating-point noise is never certified.
 *
 * <p>Interval arithmetic: Moore, Kearfott & Cloud, <i>Introduction to Interval Analysis</i>
 * (SIAM 2009), ch. 2 and 5. (No maintained Java interval library is published on Maven
 * Central; this class implements exactly the operations the certifier needs.)
 */
record Interval(double lo, double hi) {
  static final Interval ENTIRE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  static Interval point(double x) {
    return new Interval(Math.nextDown(x), Math.nextUp(x));
  }

  static Interval of(double lo, double hi) {
    return new Interval(lo, hi);
  }

  boolean isEntire() {
    return lo == Double.NEGATIVE_INFINITY && hi == Double.POSITIVE_INFINITY;
  }

  private static Interval outward(double lo, double hi, int ulps) {
    if (Double.isNaN(lo) || Double.isNaN(hi)) {
      return ENTIRE;
    }
    for (int i = 0; i < ulps; i++) {
      lo = Math.nextDown(lo);
      hi = Math.nextUp(hi);
    }
    return new Interval(lo, hi);
  }

  Interval plus(Interval o) {
    return outward(lo + o.lo, hi + o.hi, 1);
  }

  Interval negate() {
    return new Interval(-hi, -lo);
  }

  Interval minus(Interval o) {
    return plus(o.negate());
  }

  Interval times(Interval o) {
    double a = lo * o.lo;
    double b = lo * o.hi;
    double c = hi * o.lo;
    double d = hi * o.hi;
    if (Double.isNaN(a) || Double.isNaN(b) || Double.isNaN(c) || Double.isNaN(d)) {
      return ENTIRE;
    }
    return outward(Math.min(Math.min(a, b), Math.min(c, d)), Math.max(Math.max(a, b), Math.max(c, d)), 1);
  }

  Interval reciprocal() {
    if (lo <= 0 && hi >= 0) {
      return ENTIRE;
    }
    return outward(1 / hi, 1 / lo, 1);
  }

  Interval dividedBy(Interval o) {
    return times(o.reciprocal());
  }

  Interval exp() {
    return outward(Math.exp(lo), Math.exp(hi), 2).clampBelow(0);
  }

  Interval log() {
    if (hi <= 0) {
      return ENTIRE;
    }
    return outward(lo <= 0 ? Double.NEGATIVE_INFINITY : Math.log(lo), Math.log(hi), 2);
  }

  Interval sqrt() {
    if (hi < 0) {
      return ENTIRE;
    }
    return outward(Math.sqrt(Math.max(lo, 0)), Math.sqrt(hi), 1).clampBelow(0);
  }

  Interval abs() {
    if (lo >= 0) {
      return this;
    }
    if (hi <= 0) {
      return negate();
    }
    return new Interval(0, Math.max(-lo, hi));
  }

  /** this^n for an integer n (exact monotonicity on each sign branch). */
  Interval pow(long n) {
    if (n == 0) {
      return new Interval(1, 1);
    }
    if (n < 0) {
      return pow(-n).reciprocal();
    }
    if (n % 2 == 1 || lo >= 0) {
      return outward(Math.pow(lo, n), Math.pow(hi, n), 2);
    }
    if (hi <= 0) {
      return outward(Math.pow(hi, n), Math.pow(lo, n), 2);
    }
    return outward(0, Math.pow(Math.max(-lo, hi), n), 2).clampBelow(0);
  }

  /** this^e for a real exponent interval on a positive base, via exp(e·log x). */
  Interval pow(Interval e) {
    if (lo < 0) {
      return ENTIRE;
    }
    if (lo == 0) {
      if (e.lo > 0) {
        Interval positive = new Interval(Double.MIN_VALUE, hi).pow(e);
        return new Interval(0, positive.hi);
      }
      return ENTIRE;
    }
    return e.times(log()).exp();
  }

  private Interval clampBelow(double floor) {
    return new Interval(Math.max(lo, floor), hi);
  }

  double mid() {
    if (Double.isInfinite(lo) || Double.isInfinite(hi)) {
      return Double.isInfinite(lo) && Double.isInfinite(hi) ? 0 : Double.isInfinite(lo) ? hi - 1 : lo + 1;
    }
    return lo / 2 + hi / 2;
  }

  double width() {
    return hi - lo;
  }
}
