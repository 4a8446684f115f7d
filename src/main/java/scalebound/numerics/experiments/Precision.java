package scalebound.numerics.experiments;

/**
 * Where double precision stops measuring the dynamics faithfully, shared by the experiments:
 * draws past these limits are discarded or not observed (and counted), never checked.
 */
final class Precision {
  /** A Gram matrix with lambdaMin <= this * lambdaMax is numerically singular: its lambdaMin has no correct digits. */
  static final double CONDITIONING = 1e-9;
  /**
   * exp(-H t) by scaling and squaring loses about lambdaMax·t·1e-16 of relative accuracy (each
   * squaring doubles the rounding of the last): beyond this lambdaMax·t it is not trusted to 1e-8.
   */
  static final double STIFFNESS = 1e8;
  /** Squared errors below this fraction of their start are at the rounding floor. */
  static final double FLOOR = 1e-20;

  private Precision() {}

  static boolean singular(double lambdaMin, double lambdaMax) {
    return !(lambdaMin > CONDITIONING * lambdaMax);
  }
}
