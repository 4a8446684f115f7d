package scalebound.numerics.experiments;

/**
 * Where double precision stops measuring the dynamics faithfully, shared by the experiments:
 * draws past these limits are discarded or not observed (and counted), never checked.
 */
final class Precision {
  /** A Gram matrix with lambdaMin <= this * lambdaMax is numerically singular: its lambdaMin has no correct digits. */
  static final double CONDITIONING = 1e-9;
  /** Squared errors below this fraction of their start are at the rounding floor. */
  static final double FLOOR = 1e-20;

  private Precision() {}

  static boolean singular(double lambdaMin, double lambdaMax) {
    return !(lambdaMin > CONDITIONING * lambdaMax);
  }
}
