package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.kernels.Kernel;
import scalebound.numerics.linalg.Matrix;

/**
 * An in-RKHS target: a finite kernel expansion f*(x) = sum_j a_j k(c_j, x) with k centres drawn
 * from the input family and a_j ~ N(0, 1/k), all from {@code seed}. Its RKHS norm is exact:
 * |f*|_H^2 = a' K_c a.
 */
public final class Teacher implements Target {
  private final Kernel kernel;
  private final double[][] centres;
  private final double[] coefficients;
  private final double rkhsNormSq;
  private final long seed;

  public Teacher(Kernel kernel, InputFamily family, int size, long seed) {
    this.kernel = kernel;
    this.seed = seed;
    RandomGenerator r = new Well19937c(seed);
    Inputs c = family.draw(size, r);
    centres = new double[size][];
    coefficients = new double[size];
    for (int j = 0; j < size; j++) {
      centres[j] = c.point(j);
      coefficients[j] = r.nextGaussian() / Math.sqrt(size);
    }
    Matrix gram = kernel.gram(c);
    rkhsNormSq = org.apache.commons.math3.util.MathArrays.linearCombination(coefficients, gram.times(coefficients));
  }

  @Override
  public double value(double[] x) {
    double f = 0;
    for (int j = 0; j < centres.length; j++) {
      f += coefficients[j] * kernel.value(centres[j], x);
    }
    return f;
  }

  /** |f*|_H^2 = a' K_c a. */
  public double rkhsNormSq() {
    return rkhsNormSq;
  }

  @Override
  public String describe() {
    return "kernel teacher (" + centres.length + " centres of " + kernel.describe() + ", seed " + seed + ")";
  }
}
