package scalebound.math;

import java.math.BigInteger;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.apfloat.ApfloatRuntimeException;

/**
 * Fixed-precision decimal arithmetic (Apfloat, {@value #DIGITS} significant digits), for the
 * many high-precision evaluations of proof and claim checking: second opinions on identities and
 * the confirmation of counterexamples. A value that is not a real number, or whose magnitude
 * Apfloat cannot represent, throws {@link NotReal}.
 */
public final class PreciseArithmetic implements Arithmetic<Apfloat> {
  public static final long DIGITS = 50;
  public static final PreciseArithmetic INSTANCE = new PreciseArithmetic();

  private static final Apfloat ZERO = new Apfloat(0, DIGITS);
  private static final Apfloat ONE = new Apfloat(1, DIGITS);
  /** Beyond e^(10^9) Apfloat's exponent arithmetic overflows; such magnitudes are not evaluated. */
  private static final Apfloat EXP_LIMIT = new Apfloat(1_000_000_000L, DIGITS);

  private PreciseArithmetic() {}

  @Override
  public Apfloat rational(BigInteger numerator, BigInteger denominator) {
    if (denominator.equals(BigInteger.ONE)) {
      return new Apfloat(numerator, DIGITS);
    }
    return guard(() -> new Apfloat(numerator, DIGITS).divide(new Apfloat(denominator, DIGITS)));
  }

  @Override
  public Apfloat e() {
    return ApfloatMath.exp(ONE);
  }

  @Override
  public Apfloat pi() {
    return ApfloatMath.pi(DIGITS);
  }

  @Override
  public Apfloat plus(Apfloat a, Apfloat b) {
    return guard(() -> a.add(b));
  }

  @Override
  public Apfloat times(Apfloat a, Apfloat b) {
    return guard(() -> a.multiply(b));
  }

  @Override
  public Apfloat integerPower(Apfloat base, BigInteger n) {
    if (base.signum() == 0) {
      if (n.signum() < 0) {
        throw new NotReal("division by zero");
      }
      return n.signum() == 0 ? ONE : ZERO;
    }
    if (n.bitLength() < 31) {
      long k = n.longValue();
      return guard(() -> ApfloatMath.pow(base, k));
    }
    Apfloat magnitude = power(ApfloatMath.abs(base), new Apfloat(n, DIGITS));
    return base.signum() < 0 && n.testBit(0) ? magnitude.negate() : magnitude;
  }

  @Override
  public Apfloat power(Apfloat base, Apfloat exponent) {
    if (base.signum() < 0) {
      throw new NotReal("a non-integer power of a negative number");
    }
    if (base.signum() == 0) {
      if (exponent.signum() > 0) {
        return ZERO;
      }
      throw new NotReal("0 to a non-positive power");
    }
    return exp(guard(() -> exponent.multiply(ApfloatMath.log(base))));
  }

  @Override
  public Apfloat exp(Apfloat a) {
    if (ApfloatMath.abs(a).compareTo(EXP_LIMIT) > 0) {
      if (a.signum() < 0) {
        return ZERO;
      }
      throw new NotRepresentable("Exp of " + a.toString(false).substring(0, Math.min(12, a.toString(false).length()))
          + "... is too large to represent");
    }
    return guard(() -> ApfloatMath.exp(a));
  }

  @Override
  public Apfloat log(Apfloat a) {
    if (a.signum() <= 0) {
      throw new NotReal("the logarithm of a non-positive number");
    }
    return guard(() -> ApfloatMath.log(a));
  }

  @Override
  public Apfloat sqrt(Apfloat a) {
    if (a.signum() < 0) {
      throw new NotReal("the square root of a negative number");
    }
    return guard(() -> ApfloatMath.sqrt(a));
  }

  @Override
  public Apfloat abs(Apfloat a) {
    return ApfloatMath.abs(a);
  }

  @Override
  public Apfloat min(Apfloat a, Apfloat b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public Apfloat max(Apfloat a, Apfloat b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public Apfloat truth(boolean value) {
    return value ? ONE : ZERO;
  }

  @Override
  public Apfloat compare(Relation relation, Apfloat a, Apfloat b) {
    return truth(relation.holds(a.compareTo(b)));
  }

  @Override
  public Apfloat and(Apfloat a, Apfloat b) {
    return truth(a.signum() != 0 && b.signum() != 0);
  }

  private interface Step {
    Apfloat run();
  }

  /** Apfloat's own failures (overflow, loss of precision) are values it cannot represent. */
  private static Apfloat guard(Step step) {
    try {
      return step.run();
    } catch (ApfloatRuntimeException | ArithmeticException e) {
      if (e instanceof NotReal n) {
        throw n;
      }
      throw new NotRepresentable("not representable in " + DIGITS + "-digit arithmetic (" + e.getClass().getSimpleName() + ")");
    }
  }
}
