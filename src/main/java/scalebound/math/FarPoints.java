package scalebound.math;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Points far out in a domain, for comparing expressions where ordinary sample points cannot
 * tell them apart (a factor 1 + m/10^60, a term n^2/10^80 beside c/n): from a few base points,
 * each group of coordinates multiplied by 10^k (and, where the group allows, by 10^-k) for k in
 * 15, 40, 80, 160, 300; only the points where {@code holds} accepts are kept. Values stay
 * within doubles' range (|x| up to about 10^304 from bases up to 10^4); expressions are then
 * evaluated in {@link LogArithmetic}.
 */
public final class FarPoints {
  private static final int[] DECADES = {15, 40, 80, 160, 300};
  private static final int BASES = 4;

  /** Coordinates scaled together; {@code down} also divides them. */
  public record Group(int[] indices, boolean down) {}

  private FarPoints() {}

  public static List<double[]> of(List<double[]> bases, List<Group> groups, Predicate<double[]> holds) {
    List<double[]> out = new ArrayList<>();
    for (double[] base : bases.subList(0, Math.min(BASES, bases.size()))) {
      for (int k : DECADES) {
        for (Group g : groups) {
          for (int sign : g.down() ? new int[] {1, -1} : new int[] {1}) {
            double[] x = base.clone();
            for (int i : g.indices()) {
              x[i] *= Math.pow(10, sign * k);
            }
            if (holds.test(x)) {
              out.add(x);
            }
          }
        }
      }
    }
    return out;
  }
}
