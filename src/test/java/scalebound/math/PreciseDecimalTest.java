package scalebound.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz suite: a chain weight Exp(Exp(Exp(Exp(Exp(R0))))) made a proof step spend a
 * minute turning e^(10^8) into a BigDecimal through its plain form (10^8 digits, parsed in
 * quadratic time), outside every budget. The conversion goes through the scientific form: the
 * result keeps the arithmetic's 50 digits and the exponent.
 */
class PreciseDecimalTest {
  @Test
  void aHugeValueConvertsWithItsDigitsAndExponentNotItsPlainExpansion() {
    Apfloat huge = ApfloatMath.exp(new Apfloat(1_000_000, PreciseArithmetic.DIGITS));
    java.math.BigDecimal d = PreciseFunction.decimal(huge);
    assertTrue(d.precision() <= PreciseArithmetic.DIGITS + 5, "precision " + d.precision());
    assertEquals(434_294, d.precision() - d.scale() - 1, "the decimal exponent of e^(10^6)");
  }
}
