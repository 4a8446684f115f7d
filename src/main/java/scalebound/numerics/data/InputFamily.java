package scalebound.numerics.data;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * A distribution of inputs. Draws are reproducible: the same generator state gives the same
 * points. Families with structure of their own (mixture means, embeddings, Markov chains) fix
 * it from their own seed when constructed, so two draws come from one distribution.
 */
public interface InputFamily {
  Inputs draw(int n, RandomGenerator random);

  /** Dimension of one (flattened) input. */
  int dimension();

  /** Population mean of one flattened input. */
  double[] mean();

  /** Population covariance of one flattened input. */
  double[][] covariance();

  /** A short description with every parameter, for reports and reproduction. */
  String describe();
}
