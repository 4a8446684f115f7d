package scalebound.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import scalebound.math.Interval;
import scalebound.math.Relation;
import scalebound.symbolic.Expression;
import scalebound.symbolic.ExpressionReader;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * Interval certification never certifies an inequality that is false anywhere on its box,
 * including inequalities that hold only up to floating-point noise: outward rounding is tested
 * directly, and certified verdicts are checked against exact evaluation.
 */
class IntervalCertificationTest {
  private static Decision decide(String lhs, String rel, String rhs, List<String> symbols,
      String... conditions) throws Exception {
    ExpressionReader r = new ExpressionReader(new LinkedHashSet<>(symbols));
    List<Expression> domain = new java.util.ArrayList<>();
    for (String c : conditions) {
      domain.add(r.condition(c));
    }
    Relation relation = switch (rel) {
      case "<=" -> Relation.LE;
      case "<" -> Relation.LT;
      case ">=" -> Relation.GE;
      default -> Relation.GT;
    };
    return new InequalityProver(symbols, domain, 7L).prove(r.expression(lhs).symja(), relation, r.expression(rhs).symja(), Map.of());
  }

  @Test
  void outwardRoundingContainsTheExactResult() {
    Interval sum = Interval.point(0.1).plus(Interval.point(0.2));
    BigDecimal exact = new BigDecimal("0.3");
    assertTrue(new BigDecimal(sum.lo()).compareTo(exact) < 0 && new BigDecimal(sum.hi()).compareTo(exact) > 0);
    // 0.1 + 0.2 in doubles is 0.30000000000000004; the interval must still reach below 3/10.
    assertTrue(sum.lo() < 0.3);
    Interval e = Interval.point(1).exp();
    assertTrue(e.lo() < Math.E && Math.E < e.hi());
    Interval third = Interval.point(1).dividedBy(Interval.point(3));
    assertTrue(third.lo() < 1.0 / 3 && 1.0 / 3 < third.hi());
  }

  @Test
  void aViolationOnlyAtABoundaryNoDoubleReachesIsFoundInExactDecimals() throws Exception {
    // A hostile referee's step: false only at a = 1/10 exactly; the double nearest 1/10 lies above 1/10 + 1e-30.
    Decision o = decide("a", ">=", "1/10 + 10^(-30)", List.of("a"), "a >= 1/10");
    assertEquals(Status.REFUTED, o.status(), o.detail());
    assertTrue(o.detail().contains("boundary"), o.detail());
  }

  @Test
  void aTrueInequalityOnABoundedBoxIsCertified() throws Exception {
    Decision o = decide("x^2 - 2*x", "<=", "4", List.of("x"), "-1 <= x <= 3");
    assertEquals(Status.PROVED, o.status(), o.detail());
  }

  @Test
  void anInequalityFalseOnlyByFloatingPointNoiseIsRefutedNotCertified() throws Exception {
    Decision o = decide("1 + 10^(-20)", "<=", "1", List.of("x"), "0 <= x <= 1");
    assertEquals(Status.REFUTED, o.status(), o.detail());
    Decision tight = decide("x*(1/3)", "<=", "x/3 - 10^(-30)*x", List.of("x"), "1 <= x <= 2");
    assertEquals(Status.REFUTED, tight.status(), tight.detail());
  }

  @Test
  void anInequalityFalseOnlyInACornerOfTheBoxIsRefutedThere() throws Exception {
    // x^2 >= 2 fails only for x in [1.4142135, sqrt(2)): a corner of width about 6e-8.
    Decision o = decide("x^2", ">=", "2", List.of("x"), "1.4142135 <= x <= 10");
    assertEquals(Status.REFUTED, o.status(), o.detail());
    assertTrue(o.point().get("x").compareTo(new BigDecimal("1.41421356237")) < 0, o.point().toString());
    Decision corrected = decide("x^2", ">=", "2", List.of("x"), "1.4142136 <= x <= 10");
    assertEquals(Status.PROVED, corrected.status(), corrected.detail());
  }

  @Test
  void anEqualityCaseCannotBeCertifiedAndSaysSo() throws Exception {
    Decision o = decide("(1 - x)^3", "<=", "Exp(-3*x)", List.of("x"), "0 <= x <= 1");
    assertNotEquals(Status.REFUTED, o.status());
    assertEquals(Status.TESTED, o.status(), "tight at x = 0: " + o.detail());
    assertEquals(Evidence.SAMPLED, o.evidence(), "sampled, not certified: " + o.detail());
    assertTrue(o.detail().contains("interval certification"), o.detail());
  }

  /** a*x + b <= c on [lo, hi] is linear, so it holds on the box iff it holds at both ends. */
  @Property(tries = 60)
  void certificationAgreesWithExactEvaluationOnLinearInequalities(@ForAll @IntRange(min = -9, max = 9) int a,
      @ForAll @IntRange(min = -9, max = 9) int b, @ForAll @IntRange(min = -20, max = 20) int c,
      @ForAll @DoubleRange(min = -3, max = 3) double lo) throws Exception {
    double low = Math.rint(lo * 4) / 4;
    double high = low + 2;
    boolean truth = a * low + b <= c && a * high + b <= c;
    Decision o = decide(a + "*x + " + b, "<=", String.valueOf(c), List.of("x"),
        low + " <= x <= " + high);
    if (o.status() == Status.PROVED) {
      assertTrue(truth, "certified a false inequality: " + a + "x+" + b + " <= " + c + " on [" + low + ", " + high + "]");
    }
    if (!truth) {
      assertEquals(Status.REFUTED, o.status(), o.detail());
    }
  }
}
