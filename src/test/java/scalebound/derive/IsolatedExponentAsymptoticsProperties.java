package scalebound.derive;

import scalebound.math.RationalSimplex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.math3.fraction.BigFraction;
import org.apfloat.Apfloat;
import org.apfloat.ApfloatMath;
import scalebound.theorem.Theorem;

/**
 * The isolated exponent of x against exact asymptotics, computed here independently of the
 * engine: for random bounds made of power, log and exponential terms in x and another resource
 * y, log B is evaluated in 60-digit arithmetic (Apfloat) at x = 10^(10^6), 10^(10^9), 10^(10^12)
 * with y = 10^(10^15) standing for y → ∞ (far enough out that (Log x)^(-1/2) corrections are
 * below the tolerance), and the three values of
 * log B = e·L + l·log L + c (L = log x) are solved for the exponent e and the log power l.
 */
class IsolatedExponentAsymptoticsProperties {
  private static final long PRECISION = 60;

  /** c·x^a·(Log x)^l·y^b, or, if decayX/decayY, c·x^a·Exp(-x^e) / c·x^a·Exp(-y). */
  record Spec(BigFraction a, int l2, BigFraction b, boolean decayX, BigFraction e, boolean decayY) {
    String text(int i) {
      String c = "c" + i + "*x^(" + a.getNumerator() + "/" + a.getDenominator() + ")";
      if (decayX) {
        return c + "*Exp(-x^(" + e.getNumerator() + "/" + e.getDenominator() + "))";
      }
      if (decayY) {
        return c + "*Exp(-y)";
      }
      return c + "*Log(x)^(" + l2 + "/2)*y^(" + b.getNumerator() + "/" + b.getDenominator() + ")";
    }

    /** A constant term: part of the floor, excluded from the exponent of the reducible part. */
    boolean isFloor() {
      return !decayX && !decayY && RationalSimplex.sign(a) == 0 && l2 == 0 && RationalSimplex.sign(b) == 0;
    }

    /** log of a power-log term at L = log x, Ly = log y, its constant taken as 1 (constants do not move exponents). */
    Apfloat log(Apfloat bigL, Apfloat bigLy) {
      return frac(a).multiply(bigL).add(new Apfloat(l2, PRECISION).divide(new Apfloat(2, PRECISION)).multiply(ApfloatMath.log(bigL)))
          .add(frac(b).multiply(bigLy));
    }
  }

  static Apfloat frac(BigFraction f) {
    return new Apfloat(f.getNumerator(), PRECISION).divide(new Apfloat(f.getDenominator(), PRECISION));
  }

  @Provide
  Arbitrary<Spec> terms() {
    Arbitrary<BigFraction> a = Combinators.combine(Arbitraries.integers().between(-12, 6), Arbitraries.integers().between(1, 6))
        .as(BigFraction::new);
    Arbitrary<BigFraction> b = Arbitraries.of(BigFraction.ZERO, BigFraction.ZERO, new BigFraction(-1, 2), BigFraction.MINUS_ONE);
    Arbitrary<BigFraction> e = Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.integers().between(1, 4))
        .as(BigFraction::new);
    Arbitrary<Integer> kind = Arbitraries.integers().between(0, 5);
    return Combinators.combine(a, Arbitraries.integers().between(0, 4), b, kind, e)
        .as((ai, l2, bi, k, ei) -> new Spec(ai, l2, bi, k == 4, ei, k == 5));
  }

  @Provide
  Arbitrary<List<Spec>> bounds() {
    return terms().list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void theIsolatedExponentAndLogPowerAreTheExactAsymptotics(@ForAll("bounds") List<Spec> specs,
      @ForAll("terms") Spec survivor) throws Exception {
    List<Spec> all = new ArrayList<>(specs);
    all.add(new Spec(survivor.a(), survivor.l2(), BigFraction.ZERO, false, survivor.e(), false));
    List<String> constants = new ArrayList<>();
    List<String> text = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      constants.add("c" + i + ": \"c" + i + " > 0\"");
      text.add(all.get(i).text(i));
    }
    Theorem t = Fixtures.theorem("x, y", "", String.join(", ", constants), "", String.join(" + ", text), "");
    Derivation d = Deriver.derive(t, false);
    Law law = d.isolated().get("x");
    if (all.stream().allMatch(s -> s.isFloor() || s.decayX() || s.decayY() || RationalSimplex.sign(s.b()) < 0)) {
      // No power-law term in x survives y → ∞: the engine must say so rather than give an exponent,
      // and say why: nothing depends on x, or what does decays faster than any power.
      boolean onlyExponentials = all.stream().anyMatch(Spec::decayX);
      assertEquals(null, law, "isolated law of a bound with no power-law term in x: " + text);
      assertTrue(d.notes().get("isolated.x").contains(onlyExponentials ? "faster than any power" : "no term depends on x"),
          d.notes().toString());
      return;
    }

    Apfloat ten = new Apfloat(10, PRECISION);
    Apfloat bigLy = ApfloatMath.log(ten).multiply(ApfloatMath.pow(ten, 15));
    Apfloat[] bigL = new Apfloat[3];
    Apfloat[] logB = new Apfloat[3];
    for (int k = 0; k < 3; k++) {
      bigL[k] = ApfloatMath.log(ten).multiply(ApfloatMath.pow(ten, 6 + 3 * k));
      logB[k] = logSumExp(all, bigL[k], bigLy);
    }
    // Solve log B_k = e·L_k + l·log L_k + c for (e, l, c) from the three points.
    Apfloat[] lnL = {ApfloatMath.log(bigL[0]), ApfloatMath.log(bigL[1]), ApfloatMath.log(bigL[2])};
    Apfloat d1 = logB[1].subtract(logB[0]);
    Apfloat d2 = logB[2].subtract(logB[1]);
    Apfloat x1 = bigL[1].subtract(bigL[0]);
    Apfloat x2 = bigL[2].subtract(bigL[1]);
    Apfloat y1 = lnL[1].subtract(lnL[0]);
    Apfloat y2 = lnL[2].subtract(lnL[1]);
    Apfloat det = x1.multiply(y2).subtract(x2.multiply(y1));
    double e = d1.multiply(y2).subtract(d2.multiply(y1)).divide(det).doubleValue();
    double l = x1.multiply(d2).subtract(x2.multiply(d1)).divide(det).doubleValue();

    assertEquals(e, law.exponent().doubleValue(), 1e-9, "isolated exponent of " + text);
    assertEquals(l, law.logPower().doubleValue(), 1e-3, "isolated log power of " + text);
  }

  private static Apfloat logSumExp(List<Spec> all, Apfloat bigL, Apfloat bigLy) {
    Apfloat[] logs = new Apfloat[all.size()];
    Apfloat max = null;
    for (int i = 0; i < all.size(); i++) {
      Spec s = all.get(i);
      if (s.decayX() || s.decayY() || s.isFloor()) {
        // Exp(-x^e) and Exp(-y) are below exp(-10^6) at every point used: vanishing to every digit
        // kept; constants form the floor, which the exponent of the reducible part leaves out.
        continue;
      }
      logs[i] = s.log(bigL, bigLy);
      max = max == null || logs[i].compareTo(max) > 0 ? logs[i] : max;
    }
    Apfloat sum = new Apfloat(0, PRECISION);
    for (Apfloat v : logs) {
      if (v != null && v.subtract(max).compareTo(new Apfloat(-200, PRECISION)) > 0) {
        sum = sum.add(ApfloatMath.exp(v.subtract(max)));
      }
    }
    return max.add(ApfloatMath.log(sum.precision(PRECISION)));
  }
}
