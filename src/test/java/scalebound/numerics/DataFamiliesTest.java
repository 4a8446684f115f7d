package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scalebound.numerics.data.GaussianMixture;
import scalebound.numerics.data.InputFamily;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.data.IsotropicGaussian;
import scalebound.numerics.data.Noise;
import scalebound.numerics.data.PowerLawGaussian;
import scalebound.numerics.data.RoughTarget;
import scalebound.numerics.data.StudentT;
import scalebound.numerics.data.Task;
import scalebound.numerics.data.Teacher;
import scalebound.numerics.data.TokenSequences;
import scalebound.numerics.data.UniformCube;
import scalebound.numerics.data.UniformSphere;
import scalebound.numerics.kernels.Rbf;

/** Each family's sample moments match its stated population moments; R* is the noise variance. */
class DataFamiliesTest {
  private static final int DRAWS = 40_000;

  static List<InputFamily> families() {
    return List.of(new IsotropicGaussian(3), new PowerLawGaussian(4, 1.5), new GaussianMixture(3, 4, 2.0, 0.5, 7),
        new StudentT(3, 8), new UniformCube(3), new UniformSphere(4),
        new TokenSequences(6, 3, 2, TokenSequences.Order.ZIPF, 1.1, 3),
        new TokenSequences(5, 3, 2, TokenSequences.Order.MARKOV, 0, 11));
  }

  @TestFactory
  Stream<DynamicTest> sampleMomentsMatchThePopulation() {
    return families().stream().map(f -> DynamicTest.dynamicTest(f.describe(), () -> {
      Inputs x = f.draw(DRAWS, new Well19937c(1));
      int d = f.dimension();
      double[] mean = f.mean();
      double[][] cov = f.covariance();
      double[] m = new double[d];
      for (int i = 0; i < DRAWS; i++) {
        for (int j = 0; j < d; j++) {
          m[j] += x.points().get(i, j) / DRAWS;
        }
      }
      for (int a = 0; a < d; a++) {
        double sd = Math.sqrt(cov[a][a] / DRAWS);
        assertEquals(mean[a], m[a], 6 * sd + 1e-12, "mean of coordinate " + a);
        for (int b = 0; b < d; b++) {
          double c = 0;
          for (int i = 0; i < DRAWS; i++) {
            c += (x.points().get(i, a) - mean[a]) * (x.points().get(i, b) - mean[b]) / DRAWS;
          }
          double scale = Math.sqrt(cov[a][a] * cov[b][b]);
          assertEquals(cov[a][b], c, 8 * scale / Math.sqrt(DRAWS) * 2 + 1e-12, "covariance " + a + "," + b);
        }
      }
    }));
  }

  @Test
  void tokenFrequenciesFollowTheMarginalLaw() {
    for (TokenSequences.Order order : TokenSequences.Order.values()) {
      TokenSequences f = new TokenSequences(7, 4, 3, order, 1.3, 5);
      Inputs x = f.draw(DRAWS, new Well19937c(2));
      double[] law = f.marginal();
      double[] freq = new double[law.length];
      for (int[] seq : x.tokens()) {
        freq[seq[3]] += 1.0 / DRAWS;
      }
      for (int v = 0; v < law.length; v++) {
        assertEquals(law[v], freq[v], 6 * Math.sqrt(law[v] / DRAWS), order + " token " + v);
      }
    }
  }

  @Test
  void theIrreducibleRiskIsTheNoiseVarianceAndTheTargetAttainsIt() {
    IsotropicGaussian family = new IsotropicGaussian(2);
    for (Noise noise : List.of(new Noise.None(), new Noise.Gaussian(0.3), new Noise.HeavyTailed(0.2, 5))) {
      Task task = new Task(family, new Teacher(new Rbf(2), family, 5, 9), noise);
      Task.Sample s = task.draw(DRAWS, new Well19937c(3));
      double risk = 0;
      for (int i = 0; i < s.size(); i++) {
        risk += (s.labels()[i] - s.clean()[i]) * (s.labels()[i] - s.clean()[i]) / s.size();
      }
      assertEquals(task.irreducibleRisk(), risk, 0.06 * task.irreducibleRisk() + 1e-15, noise.describe());
    }
  }

  @Test
  void teacherNormIsTheQuadraticFormAndTheRoughTargetIsBounded() {
    UniformSphere family = new UniformSphere(3);
    Teacher t = new Teacher(new Rbf(1), family, 8, 4);
    assertTrue(t.rkhsNormSq() > 0, "a nonzero expansion has positive RKHS norm");
    RoughTarget rough = new RoughTarget(3, 4);
    double[] v = rough.values(family.draw(1000, new Well19937c(5)));
    int plus = 0;
    for (double y : v) {
      assertEquals(1.0, Math.abs(y), 0.0);
      plus += y > 0 ? 1 : 0;
    }
    assertTrue(plus > 400 && plus < 600, "a symmetric family splits evenly across the sign boundary: " + plus);
  }

  @Test
  void drawsAreReproducibleFromTheSeed() {
    for (InputFamily f : families()) {
      Inputs a = f.draw(5, new Well19937c(42));
      Inputs b = f.draw(5, new Well19937c(42));
      assertEquals(0.0, a.points().minus(b.points()).maxAbs(), 0.0, f.describe());
    }
  }
}
