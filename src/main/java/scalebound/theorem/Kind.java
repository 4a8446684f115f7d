package scalebound.theorem;

import java.util.Arrays;
import java.util.Optional;

/** What a theorem's bound says about its quantity. */
public enum Kind {
  UPPER_BOUND("upper-bound"),
  LOWER_BOUND("lower-bound"),
  /** Two-sided: the quantity is of the order of the bound. */
  ESTIMATE("estimate");

  private final String key;

  Kind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }

  public static Optional<Kind> of(String key) {
    return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
  }
}
