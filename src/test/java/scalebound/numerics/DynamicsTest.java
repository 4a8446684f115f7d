package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import scalebound.numerics.data.GaussianMixture;
import scalebound.numerics.data.Noise;
import scalebound.numerics.data.Task;
import scalebound.numerics.data.Teacher;
import scalebound.numerics.dynamics.FlowExponential;
import scalebound.numerics.dynamics.FlowIntegrator;
import scalebound.numerics.dynamics.FunctionSpaceSgd;
import scalebound.numerics.dynamics.GradientDescent;
import scalebound.numerics.dynamics.GradientFlow;
import scalebound.numerics.dynamics.Minibatches;
import scalebound.numerics.dynamics.PrimalSgd;
import scalebound.numerics.kernels.ArcCosine;
import scalebound.numerics.kernels.Laplace;
import scalebound.numerics.kernels.RandomFeatures;
import scalebound.numerics.kernels.Rbf;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.Vectors;

/** Each dynamic reached two independent ways. */
class DynamicsTest {
  private final GaussianMixture family = new GaussianMixture(3, 3, 1.5, 0.7, 1);
  private final Task task = new Task(family, new Teacher(new Rbf(2), family, 6, 2), new Noise.Gaussian(0.1));
  private final Task.Sample sample = task.draw(40, new Well19937c(3));
  private final Matrix gram = new Laplace(2).gram(sample.inputs()).scale(1.0 / 40);

  @Test
  void spectralFlowAgreesWithTheOdeIntegratorTo1e8() {
    GradientFlow flow = new GradientFlow(gram, sample.labels());
    double[] r0 = sample.labels().clone();
    for (int i = 0; i < r0.length; i++) {
      r0[i] = -r0[i];
    }
    for (double t : new double[] {0.1, 1, 10, 50}) {
      double[] exact = flow.residual(t);
      double[] integrated = FlowIntegrator.residual(gram, r0, t, 1e-13);
      double scale = Math.sqrt(Vectors.normSq(r0));
      assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(exact, integrated))) <= 1e-8 * scale,
          "t=" + t + ": |spectral - integrated| = " + Math.sqrt(Vectors.normSq(Vectors.minus(exact, integrated))));
      assertEquals(Vectors.normSq(exact), flow.residualNormSq(t), 1e-12 * Vectors.normSq(r0));
    }
  }

  @Test
  void scalingAndSquaringAgreesWithTheOdeIntegratorAndTheSpectralFlow() {
    GradientFlow flow = new GradientFlow(gram, sample.labels());
    double[] r0 = sample.labels().clone();
    for (int i = 0; i < r0.length; i++) {
      r0[i] = -r0[i];
    }
    double scale = Math.sqrt(Vectors.normSq(r0));
    for (double t : new double[] {0, 0.1, 1, 10, 50}) {
      double[] squared = FlowExponential.residual(gram, r0, t);
      double[] integrated = FlowIntegrator.residual(gram, r0, t, 1e-13);
      assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(squared, integrated))) <= 1e-8 * scale, "t=" + t);
      assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(squared, flow.residual(t)))) <= 1e-8 * scale, "t=" + t);
    }
    Matrix stiff = Matrix.ofRows(new double[][] {{1e4, 0}, {0, 1e-3}});
    double[] r = FlowExponential.residual(stiff, new double[] {1, 1}, 1000);
    assertEquals(0, r[0], 1e-12, "the stiff mode is gone");
    assertEquals(Math.exp(-1), r[1], 1e-8 * Math.exp(-1), "lambdaMax*t = 1e7: rounding about 1e-9, relative");
  }

  @Test
  void flowPredictionsOnTheTrainingSetAreLabelsPlusResidual() {
    GradientFlow flow = new GradientFlow(gram, sample.labels());
    double[] u = flow.predictions(gram, new double[] {3})[0];
    double[] r = flow.residual(3);
    for (int i = 0; i < u.length; i++) {
      assertEquals(sample.labels()[i] + r[i], u[i], 1e-10);
    }
  }

  @Test
  void gradientDescentIterationMatchesItsClosedForm() {
    GradientFlow flow = new GradientFlow(gram, sample.labels());
    double eta = 0.9 / flow.eigen().largest();
    GradientDescent gd = new GradientDescent(gram, sample.labels(), eta);
    gd.run(57);
    double[] closed = GradientDescent.closedFormResidual(flow.eigen(), sample.labels(), eta, 57);
    assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(gd.residual(), closed))) < 1e-10);
  }

  @Test
  void fullBatchSgdIsGradientDescent() {
    double eta = 0.5 / new GradientFlow(gram, sample.labels()).eigen().largest();
    GradientDescent gd = new GradientDescent(gram, sample.labels(), eta);
    FunctionSpaceSgd sgd = new FunctionSpaceSgd(gram, sample.labels(), eta, new Minibatches(40, 40, 1));
    gd.run(30);
    sgd.run(30);
    assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(gd.residual(), sgd.residual()))) < 1e-10);
  }

  @Test
  void primalAndFunctionSpaceSgdFollowTheSameTrajectory() {
    RandomFeatures rf = new ArcCosine().finiteWidth(3, 64, 5);
    Matrix phi = rf.features(sample.inputs());
    Matrix k = phi.timesTranspose(phi);
    double eta = 0.01;
    PrimalSgd primal = new PrimalSgd(phi, sample.labels(), eta, new Minibatches(40, 8, 9));
    FunctionSpaceSgd dual = new FunctionSpaceSgd(k, sample.labels(), eta, new Minibatches(40, 8, 9));
    primal.run(200);
    dual.run(200);
    double[] viaPrimal = primal.predict(phi);
    double[] viaDual = k.times(dual.coefficients());
    assertTrue(Math.sqrt(Vectors.normSq(Vectors.minus(viaPrimal, viaDual))) < 1e-9,
        "theta = Phi' alpha along the whole trajectory");
  }

  @Test
  void sgdOnAverageFollowsTheFlowAndDeviatesLessWithSmallerSteps() {
    GradientFlow flow = new GradientFlow(gram, sample.labels());
    double horizon = 2;
    double[] deviation = new double[2];
    double[] etas = {0.02, 0.005};
    for (int e = 0; e < 2; e++) {
      int steps = (int) Math.round(horizon / etas[e]);
      double sum = 0;
      for (int seed = 0; seed < 20; seed++) {
        FunctionSpaceSgd sgd = new FunctionSpaceSgd(gram, sample.labels(), etas[e], new Minibatches(40, 4, seed));
        sgd.run(steps);
        sum += Vectors.normSq(Vectors.minus(sgd.residual(), flow.residual(horizon)));
      }
      deviation[e] = Math.sqrt(sum / 20);
    }
    assertTrue(deviation[1] < deviation[0], "smaller steps track the flow more closely: " + deviation[0] + " -> "
        + deviation[1]);
  }
}
