package scalebound.proof;

import java.util.List;
import scalebound.symbolic.Expression;
import scalebound.verdict.Status;

/**
 * A fact a proof has established, with everything that limits its use:
 *
 * <ul>
 *   <li>{@code mode}: in what sense it holds (pointwise, asymptotically, in expectation, ...);
 *   <li>{@code failureProbabilities}: the failure probabilities of the probabilistic facts it rests
 *       on (empty: surely); combining facts adds them (the union bound);
 *   <li>{@code level}: PROVED (exact or certified) or TESTED (some part only sampled);
 *   <li>{@code unusable}: why later steps may not use it, or null (a fact true only on a box or
 *       under a step's own assumptions, or a solution of an equation).
 * </ul>
 */
record Established(String id, Fact fact, Mode mode, List<Expression> failureProbabilities, Status level,
    String unusable) {

  /** The sense in which a fact holds. */
  enum Mode {
    /** At every point of the domain (surely, or with a failure probability). */
    POINTWISE("pointwise"),
    /** Up to a constant factor as one symbol grows ({@code in}); usable only for asymptotic conclusions. */
    ASYMPTOTIC("asymptotically"),
    /** A two-sided estimate (up to constants): asymptotic in both directions, never an equality. */
    ESTIMATE("as an estimate up to constants"),
    /** For the expectation of the left side. */
    EXPECTATION("in expectation"),
    /** For the root mean square of the left side. */
    ROOT_MEAN_SQUARE("in root mean square"),
    /** A value that solves an equation: a definition of a value, not a relation between quantities. */
    SOLUTION("as a solution");

    private final String words;

    Mode(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }
  }

  Established {
    failureProbabilities = List.copyOf(failureProbabilities);
  }

  static Established pointwise(String id, Fact fact, Status level) {
    return new Established(id, fact, Mode.POINTWISE, List.of(), level, null);
  }

  Established unusable(String why) {
    return new Established(id, fact, mode, failureProbabilities, level, why);
  }
}
