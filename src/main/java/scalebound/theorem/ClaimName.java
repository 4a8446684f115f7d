package scalebound.theorem;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The claims a theorem file may state under {@code claims:}, each with the shape of its value. */
public enum ClaimName {
  COMPUTE_EXPONENT("compute-exponent", Shape.EXPONENT, true),
  COMPUTE_LOG_POWER("compute-log-power", Shape.EXPONENT, true),
  ALLOCATION_EXPONENTS("allocation-exponents", Shape.EXPONENT_PER_SYMBOL, true),
  ISOLATED_EXPONENTS("isolated-exponents", Shape.EXPONENT_PER_SYMBOL, false),
  ISOLATED_LOG_POWERS("isolated-log-powers", Shape.EXPONENT_PER_SYMBOL, false),
  ISOLATED_ALLOCATIONS("isolated-allocations", Shape.TUNABLE_EXPONENTS_PER_RESOURCE, false),
  OPTIMIZATION_RATE("optimization-rate", Shape.EXPRESSION, false),
  THRESHOLD("threshold", Shape.EXPRESSION, false);

  /** What a claim's value is. */
  public enum Shape {
    /** One exponent: an exact number, or an expression in the constants. */
    EXPONENT,
    /** A map from resources (and, for allocations, tunables) to exponents. */
    EXPONENT_PER_SYMBOL,
    /**
     * For each resource x of an isolated law, the exponents of the optimal tunables as powers of
     * x: {@code {T: {eta: "-1"}}} says the best eta is Θ(T^(-1)) up to log factors.
     */
    TUNABLE_EXPONENTS_PER_RESOURCE,
    /** An expression in any declared symbol. */
    EXPRESSION
  }

  private final String key;
  private final Shape shape;
  private final boolean needsCost;

  ClaimName(String key, Shape shape, boolean needsCost) {
    this.key = key;
    this.shape = shape;
    this.needsCost = needsCost;
  }

  /** The key in a theorem file. */
  public String key() {
    return key;
  }

  public Shape shape() {
    return shape;
  }

  /** Whether the claim is about the compute law, which a theorem without a cost does not have. */
  public boolean needsCost() {
    return needsCost;
  }

  public static Optional<ClaimName> of(String key) {
    return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
  }

  public static List<String> keys() {
    return Arrays.stream(values()).map(ClaimName::key).toList();
  }
}
