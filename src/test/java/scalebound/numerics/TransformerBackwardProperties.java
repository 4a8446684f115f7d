package scalebound.numerics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.apache.commons.math3.random.Well19937c;
import scalebound.numerics.data.Inputs;
import scalebound.numerics.data.TokenSequences;
import scalebound.numerics.transformer.Transformer;

/** The hand-written backward pass agrees with central finite differences of the loss. */
class TransformerBackwardProperties {
  @Property(tries = 25)
  void gradientMatchesFiniteDifferences(@ForAll @IntRange(min = 1, max = 3) int blocks,
      @ForAll @IntRange(min = 2, max = 9) int width, @ForAll @IntRange(min = 1, max = 4) int length,
      @ForAll @IntRange(min = 1, max = 4) int n, @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    TokenSequences family = new TokenSequences(5, length, 3, TokenSequences.Order.MARKOV, 0, seed);
    Well19937c random = new Well19937c(seed);
    Inputs x = family.draw(n, random);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = random.nextGaussian();
    }
    Transformer net = new Transformer(3, width, blocks, seed + 1);
    double[] g = net.gradient(x, y);
    double[] theta = net.parameters();
    double[] direction = new double[theta.length];
    for (int i = 0; i < direction.length; i++) {
      direction[i] = random.nextGaussian();
    }
    double h = 1e-5;
    double[] plus = theta.clone();
    double[] minus = theta.clone();
    double analytic = 0;
    for (int i = 0; i < theta.length; i++) {
      plus[i] += h * direction[i];
      minus[i] -= h * direction[i];
      analytic += g[i] * direction[i];
    }
    double numeric = (net.withParameters(plus).loss(x, y) - net.withParameters(minus).loss(x, y)) / (2 * h);
    assertEquals(numeric, analytic, 1e-6 * Math.max(1, Math.abs(numeric)),
        "directional derivative along a random direction, " + theta.length + " parameters");
  }

  @Property(tries = 10)
  void jacobianRowsAreGradientsOfSingleOutputs(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    TokenSequences family = new TokenSequences(4, 3, 2, TokenSequences.Order.ZIPF, 1, seed);
    Inputs x = family.draw(3, new Well19937c(seed));
    Transformer net = new Transformer(2, 5, 2, seed);
    double[][] j = net.jacobian(x);
    double[] y = net.predict(x).clone();
    y[1] -= 1;
    double[] g = net.gradient(x, y);
    for (int i = 0; i < g.length; i++) {
      assertEquals(j[1][i] / 3, g[i], 1e-12, "loss gradient with a unit residual on example 1 only");
    }
  }
}
