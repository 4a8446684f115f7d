package scalebound.theorem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Provenance. {@code locator} says where in the paper the statement is, {@code note} which parts
 * are the paper's claim and which are reconstruction, with the standard reference for the latter;
 * {@code layer} says which of the three the statement is (absent in files that predate the key).
 */
public record Source(String paper, String version, String locator, String note, Optional<Layer> layer) {
  /** What a statement is, as far as the paper goes. */
  public enum Layer {
    /** A claim the paper itself makes (its abstract or text). */
    PAPER("paper"),
    /** A statement built to match the paper's claims where its exact statement is not available. */
    RECONSTRUCTION("reconstruction"),
    /** A result from the literature the paper rests on, stated as its source states it. */
    STANDARD("standard");

    private final String key;

    Layer(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Optional<Layer> of(String key) {
      return Arrays.stream(values()).filter(l -> l.key.equals(key)).findFirst();
    }

    public static List<String> keys() {
      return Arrays.stream(values()).map(Layer::key).toList();
    }
  }
}
