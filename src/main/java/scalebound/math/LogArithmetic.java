package scalebound.math;

import java.math.BigInteger;

/**
 * Arithmetic on sign and log-magnitude ({@link LogNumber}): products and powers are sums and
 * multiples of logarithms, sums are log-sum-exp, so a bound can be evaluated where its
 * resources are 10^1000 or its terms 10^(-5000) without overflow or underflow. Precision is
 * relative (about 1e-13 on the logarithm of every value), except in a difference of nearly
 * equal numbers: a sum that cancels more than six of its leading digits, or the logarithm of
 * a number within 1e-12 of 1 (other than 1 itself), throws {@link NotRepresentable} rather than
 * return noise. A value that is not a real number throws
 * {@link NotReal}.
 */
public final class LogArithmetic implements Arithmetic<LogNumber> {
  public static final LogArithmetic INSTANCE = new LogArithmetic();
  /** The smallest relative size of a difference |a - b| / max(|a|, |b|) that is still trusted. */
  private static final double CANCELLATION = 1e-6;
  /**
   * Below this, a log-magnitude may be rounding: -3 + 4 comes out as e^(4e-16), not 1, so Log of
   * it would be 4e-16 where the true value is 0 (and x/Log(-3 + 4) a number, not a division by 0).
   */
  private static final double RESOLUTION = 1e-12;

  private LogArithmetic() {}

  @Override
  public LogNumber rational(BigInteger numerator, BigInteger denominator) {
    if (numerator.signum() == 0) {
      return LogNumber.ZERO;
    }
    return new LogNumber(numerator.signum() * denominator.signum(), ln(numerator.abs()) - ln(denominator.abs()));
  }

  private static double ln(BigInteger v) {
    int shift = Math.max(0, v.bitLength() - 1000);
    return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
  }

  @Override
  public LogNumber e() {
    return LogNumber.exp(1);
  }

  @Override
  public LogNumber pi() {
    return LogNumber.exp(Math.log(Math.PI));
  }

  @Override
  public LogNumber plus(LogNumber a, LogNumber b) {
    if (a.sign() == 0) {
      return b;
    }
    if (b.sign() == 0) {
      return a;
    }
    LogNumber big = a.log() >= b.log() ? a : b;
    LogNumber small = big == a ? b : a;
    double d = small.log() - big.log();
    if (big.sign() == small.sign()) {
      return new LogNumber(big.sign(), big.log() + Math.log1p(Math.exp(d)));
    }
    double rest = -Math.expm1(d);
    if (rest < CANCELLATION) {
      throw new NotRepresentable("a difference of two numbers equal in their first six digits");
    }
    return new LogNumber(big.sign(), big.log() + Math.log(rest));
  }

  @Override
  public LogNumber times(LogNumber a, LogNumber b) {
    if (a.sign() == 0 || b.sign() == 0) {
      return LogNumber.ZERO;
    }
    return finite(a.sign() * b.sign(), a.log() + b.log());
  }

  @Override
  public LogNumber integerPower(LogNumber base, BigInteger n) {
    if (base.sign() == 0) {
      if (n.signum() < 0) {
        throw new NotReal("division by zero");
      }
      return n.signum() == 0 ? LogNumber.ONE : LogNumber.ZERO;
    }
    int sign = base.sign() < 0 && n.testBit(0) ? -1 : 1;
    return n.signum() == 0 ? LogNumber.ONE : finite(sign, n.doubleValue() * base.log());
  }

  @Override
  public LogNumber power(LogNumber base, LogNumber exponent) {
    if (base.sign() < 0) {
      throw new NotReal("a non-integer power of a negative number");
    }
    if (base.sign() == 0) {
      if (exponent.sign() > 0) {
        return LogNumber.ZERO;
      }
      throw new NotReal("0 to a non-positive power");
    }
    if (exponent.sign() == 0 || base.log() == 0) {
      return LogNumber.ONE;
    }
    return finite(1, exponent.value() * base.log());
  }

  @Override
  public LogNumber exp(LogNumber a) {
    return finite(1, a.value());
  }

  @Override
  public LogNumber log(LogNumber a) {
    if (a.sign() <= 0) {
      throw new NotReal("the logarithm of a non-positive number");
    }
    if (a.log() != 0 && Math.abs(a.log()) < RESOLUTION) {
      throw new NotRepresentable("the logarithm of a number within 1e-12 of 1 (below the resolution of its log-magnitude)");
    }
    return LogNumber.of(a.log());
  }

  @Override
  public LogNumber sqrt(LogNumber a) {
    if (a.sign() < 0) {
      throw new NotReal("the square root of a negative number");
    }
    return a.sign() == 0 ? a : new LogNumber(1, a.log() / 2);
  }

  @Override
  public LogNumber abs(LogNumber a) {
    return a.sign() < 0 ? new LogNumber(1, a.log()) : a;
  }

  @Override
  public LogNumber min(LogNumber a, LogNumber b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public LogNumber max(LogNumber a, LogNumber b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public LogNumber truth(boolean value) {
    return value ? LogNumber.ONE : LogNumber.ZERO;
  }

  @Override
  public LogNumber compare(Relation relation, LogNumber a, LogNumber b) {
    return truth(relation.holds(a.compareTo(b)));
  }

  @Override
  public LogNumber and(LogNumber a, LogNumber b) {
    return truth(a.sign() != 0 && b.sign() != 0);
  }

  /** A number whose log-magnitude is {@code log}: zero below the double range, refused above it. */
  private static LogNumber finite(int sign, double log) {
    if (Double.isNaN(log) || log == Double.POSITIVE_INFINITY) {
      throw new NotRepresentable("a magnitude beyond e^(1.8e308)");
    }
    return log == Double.NEGATIVE_INFINITY ? LogNumber.ZERO : new LogNumber(sign, log);
  }
}
