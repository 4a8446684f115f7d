package scalebound.numerics.data;

import scalebound.numerics.linalg.Matrix;

/**
 * A batch of inputs: n points, each a sequence of {@code length} vectors of dimension
 * {@code width} stored flat (a plain vector is a sequence of length 1). Token data keep the
 * token ids beside their embeddings.
 */
public record Inputs(Matrix points, int length, int width, int[][] tokens) {
  public Inputs {
    if (points.cols() != length * width) {
      throw new IllegalArgumentException("points have " + points.cols() + " columns, expected length*width = "
          + length * width);
    }
  }

  public static Inputs vectors(Matrix points) {
    return new Inputs(points, 1, points.cols(), null);
  }

  public int size() {
    return points.rows();
  }

  public int dimension() {
    return points.cols();
  }

  public double[] point(int i) {
    return points.row(i);
  }

  public Inputs select(int[] which) {
    int[][] t = null;
    if (tokens != null) {
      t = new int[which.length][];
      for (int i = 0; i < which.length; i++) {
        t[i] = tokens[which[i]];
      }
    }
    return new Inputs(points.selectRows(which), length, width, t);
  }
}
