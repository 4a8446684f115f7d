package scalebound.theorem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * In what sense a theorem's bound holds. A proof must conclude in the same sense, and a numeric
 * check of a bound that may fail with some probability counts its failures instead of refuting
 * it on the first one.
 */
public enum Holds {
  /** For every outcome (the default). */
  SURELY("surely"),
  /** With probability at least 1 - failure-probability (the file's {@code failure-probability} key). */
  WITH_PROBABILITY("with-probability"),
  /** For the expectation: E[Quantity] REL bound. */
  IN_EXPECTATION("in-expectation"),
  /** For the root mean square: Sqrt(E[Quantity^2]) REL bound. */
  ROOT_MEAN_SQUARE("root-mean-square");

  private final String key;

  Holds(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Holds> of(String key) {
    return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(Holds::key).toList();
  }
}
