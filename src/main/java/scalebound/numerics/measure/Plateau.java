package scalebound.numerics.measure;

/**
 * Where a decreasing curve flattens. Given a curve y(x) on an increasing grid and its final
 * level (the plateau), the onset is the first x after which y stays within a factor
 * {@code (1 + tolerance)} of the plateau. Used for T1's phase transition: exponential decay in
 * compute, then a floor set by the power-law terms.
 */
public record Plateau(double level, double onset, int index) {
  public static Plateau of(double[] x, double[] y, double tolerance) {
    double level = y[y.length - 1];
    int index = y.length - 1;
    for (int i = y.length - 1; i >= 0; i--) {
      if (Math.abs(y[i] - level) <= tolerance * Math.abs(level)) {
        index = i;
      } else {
        break;
      }
    }
    return new Plateau(level, x[index], index);
  }
}
