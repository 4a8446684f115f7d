package scalebound.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Interval arithmetic over {@link Interval}s: each operation encloses every value the operation
 * takes on its operands. Truth values are intervals too: [1, 1] certainly true, [0, 0] certainly
 * false, [0, 1] not decided on this box.
 */
public final class IntervalArithmetic implements Arithmetic<Interval> {
  public static final IntervalArithmetic INSTANCE = new IntervalArithmetic();
  private static final Interval TRUE = Interval.exactly(1);
  private static final Interval FALSE = Interval.exactly(0);
  private static final Interval UNDECIDED = Interval.of(0, 1);

  private IntervalArithmetic() {}

  @Override
  public Interval rational(BigInteger numerator, BigInteger denominator) {
    if (denominator.equals(BigInteger.ONE) && numerator.bitLength() < 53) {
      return Interval.exactly(numerator.doubleValue());
    }
    double d = new BigDecimal(numerator).divide(new BigDecimal(denominator), MathContext.DECIMAL128).doubleValue();
    return new Interval(Math.nextDown(Math.nextDown(d)), Math.nextUp(Math.nextUp(d)), true);
  }

  @Override
  public Interval e() {
    return Interval.point(Math.E);
  }

  @Override
  public Interval pi() {
    return Interval.point(Math.PI);
  }

  @Override
  public Interval plus(Interval a, Interval b) {
    return a.plus(b);
  }

  @Override
  public Interval times(Interval a, Interval b) {
    return a.times(b);
  }

  @Override
  public Interval integerPower(Interval base, BigInteger n) {
    if (n.bitLength() < 31) {
      return base.pow(n.longValue());
    }
    Interval magnitude = base.abs().pow(rational(n, BigInteger.ONE));
    if (!n.testBit(0) || base.lo() >= 0) {
      return magnitude.and(base.defined() && (n.signum() > 0 || base.lo() > 0 || base.hi() < 0));
    }
    return Interval.of(-magnitude.hi(), magnitude.hi()).and(magnitude.defined());
  }

  @Override
  public Interval power(Interval base, Interval exponent) {
    return base.pow(exponent);
  }

  @Override
  public Interval exp(Interval a) {
    return a.exp();
  }

  @Override
  public Interval log(Interval a) {
    return a.log();
  }

  @Override
  public Interval sqrt(Interval a) {
    return a.sqrt();
  }

  @Override
  public Interval abs(Interval a) {
    return a.abs();
  }

  @Override
  public Interval min(Interval a, Interval b) {
    return a.min(b);
  }

  @Override
  public Interval max(Interval a, Interval b) {
    return a.max(b);
  }

  @Override
  public Interval truth(boolean value) {
    return value ? TRUE : FALSE;
  }

  @Override
  public Interval compare(Relation relation, Interval a, Interval b) {
    boolean defined = a.defined() && b.defined();
    Interval certain = switch (relation) {
      case LE -> a.hi() <= b.lo() ? TRUE : a.lo() > b.hi() ? FALSE : UNDECIDED;
      case LT -> a.hi() < b.lo() ? TRUE : a.lo() >= b.hi() ? FALSE : UNDECIDED;
      case GE -> a.lo() >= b.hi() ? TRUE : a.hi() < b.lo() ? FALSE : UNDECIDED;
      case GT -> a.lo() > b.hi() ? TRUE : a.hi() <= b.lo() ? FALSE : UNDECIDED;
      case EQ -> a.lo() == a.hi() && b.lo() == b.hi() && a.lo() == b.lo() ? TRUE
          : a.hi() < b.lo() || b.hi() < a.lo() ? FALSE : UNDECIDED;
    };
    return defined ? certain : new Interval(certain.lo(), certain.hi(), false);
  }

  @Override
  public Interval and(Interval a, Interval b) {
    return new Interval(Math.min(a.lo(), b.lo()), Math.min(a.hi(), b.hi()), a.defined() && b.defined());
  }
}
