package scalebound.math;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;
import org.junit.jupiter.api.Test;
import scalebound.math.RationalSimplex.Relation;
import scalebound.math.RationalSimplex.Solution;
import scalebound.math.RationalSimplex.Status;

class RationalSimplexTest {
  private static BigFraction f(int p, int q) {
    return new BigFraction(p, q);
  }

  @Test
  void solvesAProgrammeWithAnExactRationalOptimum() {
    // maximise x + y subject to 3x + 2y <= 7, x + 3y <= 5, x, y free but x >= 0, y >= 0.
    RationalSimplex lp = new RationalSimplex(2);
    lp.constrain(Map.of(0, f(3, 1), 1, f(2, 1)), Relation.LE, f(7, 1));
    lp.constrain(Map.of(0, f(1, 1), 1, f(3, 1)), Relation.LE, f(5, 1));
    lp.constrain(Map.of(0, f(1, 1)), Relation.GE, BigFraction.ZERO);
    lp.constrain(Map.of(1, f(1, 1)), Relation.GE, BigFraction.ZERO);
    Solution s = lp.maximize(new BigFraction[] {f(1, 1), f(1, 1)});
    assertEquals(Status.OPTIMAL, s.status());
    assertEquals(f(19, 7), s.value());
    assertArrayEquals(new BigFraction[] {f(11, 7), f(8, 7)}, s.x());
  }

  @Test
  void handlesFreeVariablesEqualitiesAndNegativeRightHandSides() {
    // maximise r: r <= s/2, r <= t/3, s + t = 1 (s, t free): r = 1/5 at s = 2/5, t = 3/5.
    RationalSimplex lp = new RationalSimplex(3);
    lp.constrain(Map.of(0, f(-1, 2), 2, f(1, 1)), Relation.LE, BigFraction.ZERO);
    lp.constrain(Map.of(1, f(-1, 3), 2, f(1, 1)), Relation.LE, BigFraction.ZERO);
    lp.constrain(Map.of(0, f(1, 1), 1, f(1, 1)), Relation.EQ, f(1, 1));
    lp.constrain(Map.of(0, f(-1, 1)), Relation.LE, f(-1, 10));
    Solution s = lp.maximize(new BigFraction[] {BigFraction.ZERO, BigFraction.ZERO, f(1, 1)});
    assertEquals(f(1, 5), s.value());
    assertArrayEquals(new BigFraction[] {f(2, 5), f(3, 5), f(1, 5)}, s.x());
  }

  @Test
  void reportsInfeasibleAndUnboundedProgrammes() {
    RationalSimplex infeasible = new RationalSimplex(1);
    infeasible.constrain(Map.of(0, f(1, 1)), Relation.GE, f(2, 1));
    infeasible.constrain(Map.of(0, f(1, 1)), Relation.LE, f(1, 1));
    assertEquals(Status.INFEASIBLE, infeasible.maximize(new BigFraction[] {f(1, 1)}).status());
    RationalSimplex unbounded = new RationalSimplex(2);
    unbounded.constrain(Map.of(0, f(1, 1), 1, f(-1, 1)), Relation.LE, f(1, 1));
    assertEquals(Status.UNBOUNDED, unbounded.maximize(new BigFraction[] {f(1, 1), f(1, 1)}).status());
  }

  @Test
  void terminatesOnADegenerateProgramme() {
    // Beale's classic cycling example (for the largest-coefficient rule); Bland's rule ends it.
    RationalSimplex lp = new RationalSimplex(4);
    lp.constrain(Map.of(0, f(1, 4), 1, f(-8, 1), 2, f(-1, 1), 3, f(9, 1)), Relation.LE, BigFraction.ZERO);
    lp.constrain(Map.of(0, f(1, 2), 1, f(-12, 1), 2, f(-1, 2), 3, f(3, 1)), Relation.LE, BigFraction.ZERO);
    lp.constrain(Map.of(2, f(1, 1)), Relation.LE, f(1, 1));
    for (int i = 0; i < 4; i++) {
      lp.constrain(Map.of(i, f(1, 1)), Relation.GE, BigFraction.ZERO);
    }
    Solution s = lp.maximize(new BigFraction[] {f(3, 4), f(-20, 1), f(1, 2), f(-6, 1)});
    assertEquals(Status.OPTIMAL, s.status());
    assertEquals(f(5, 4), s.value());
  }
}
