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

  /**
   * Coordinates scaled together; {@code down} also divides them; {@code opposite} scales the
   * first coordinate up where the others go down, and the reverse.
   */
  public record Group(int[] indices, boolean down, boolean opposite) {
    public Group(int[] indices, boolean down) {
      this(indices, down, false);
    }
  }

  private FarPoints() {}

  /**
   * The groups a domain's symbols give when nothing is known of their roles: all of them
   * together, each alone, and each pair in opposite directions (one times 10^k, the other times
   * 10^-k: n/m grows without bound where neither does alone).
   */
  public static List<Group> everyWay(int symbols) {
    List<Group> groups = new ArrayList<>();
    int[] all = new int[symbols];
    for (int i = 0; i < symbols; i++) {
      all[i] = i;
      groups.add(new Group(new int[] {i}, true));
    }
    groups.add(0, new Group(all, true));
    for (int i = 0; i < symbols; i++) {
      for (int j = i + 1; j < symbols; j++) {
        groups.add(new Group(new int[] {i, j}, true, true));
      }
    }
    return groups;
  }

  public static List<double[]> of(List<double[]> bases, List<Group> groups, Predicate<double[]> holds) {
    List<double[]> out = new ArrayList<>();
    for (double[] base : bases.subList(0, Math.min(BASES, bases.size()))) {
      for (int k : DECADES) {
        for (Group g : groups) {
          for (int sign : g.down() ? new int[] {1, -1} : new int[] {1}) {
            double[] x = base.clone();
            for (int n = 0; n < g.indices().length; n++) {
              x[g.indices()[n]] *= Math.pow(10, (g.opposite() && n > 0 ? -sign : sign) * k);
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
