package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import scalebound.numerics.data.InputFamily;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.data.IsotropicGaussian;
import scalebound.numerics.data.StudentT;
import scalebound.numerics.data.TokenSequences;
import scalebound.numerics.data.UniformSphere;
import scalebound.numerics.kernels.ArcCosine;
import scalebound.numerics.kernels.AttentionPooled;
import scalebound.numerics.kernels.Kernel;
import scalebound.numerics.kernels.Laplace;
import scalebound.numerics.kernels.Rbf;
import scalebound.numerics.kernels.ReluNtk;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;
import scalebound.numerics.measure.SlopeFit;

/** Every kernel is PSD, and its finite-width form converges to it at the Monte-Carlo rate. */
class KernelsTest {
  record Case(Kernel kernel, InputFamily family) {
    @Override
    public String toString() {
      return kernel.describe() + " on " + family.describe();
    }
  }

  static List<Case> cases() {
    TokenSequences tokens = new TokenSequences(12, 4, 6, TokenSequences.Order.MARKOV, 0, 2);
    return List.of(new Case(new Rbf(4), new IsotropicGaussian(4)), new Case(new Laplace(3), new StudentT(3, 5)),
        new Case(new ArcCosine(), new UniformSphere(5)), new Case(new ReluNtk(2), new IsotropicGaussian(3)),
        new Case(new AttentionPooled(new Rbf(1), 4, 6, 8), tokens));
  }

  @TestFactory
  Stream<DynamicTest> gramMatricesArePositiveSemidefinite() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
      Inputs x = c.family().draw(60, new Well19937c(1));
      Matrix k = c.kernel().gram(x);
      assertEquals(0.0, k.minus(transpose(k)).maxAbs(), 1e-12, "symmetric");
      SymmetricEigen e = SymmetricEigen.of(k);
      assertTrue(e.smallest() >= -1e-10 * Math.max(1, e.largest()), "smallest eigenvalue " + e.smallest());
      double[] a = x.point(0);
      double[] b = x.point(1);
      assertEquals(c.kernel().value(a, b), k.get(0, 1), 1e-12, "value() agrees with the Gram matrix");
    }));
  }

  @TestFactory
  Stream<DynamicTest> finiteWidthConvergesAtTheMonteCarloRate() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.toString(), () -> {
      Inputs x = c.family().draw(20, new Well19937c(2));
      Matrix limit = c.kernel().gram(x);
      double[] widths = {64, 256, 1024};
      double[][] err = new double[4][widths.length];
      for (int s = 0; s < err.length; s++) {
        for (int w = 0; w < widths.length; w++) {
          Matrix finite = c.kernel().finiteWidth(x.dimension(), (int) widths[w], 100 + s).gram(x);
          double sq = 0;
          for (double v : finite.minus(limit).data()) {
            sq += v * v;
          }
          err[s][w] = Math.sqrt(sq / limit.data().length);
        }
      }
      SlopeFit fit = SlopeFit.of(widths, err, 0.95, 1);
      assertEquals(-0.5, fit.slope(), 0.15, "RMS error of the width-m Gram against the limit, slope in m: " + fit);
    }));
  }

  private static Matrix transpose(Matrix a) {
    Matrix t = Matrix.zeros(a.cols(), a.rows());
    for (int i = 0; i < a.rows(); i++) {
      for (int j = 0; j < a.cols(); j++) {
        t.set(j, i, a.get(i, j));
      }
    }
    return t;
  }
}
