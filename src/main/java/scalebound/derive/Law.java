package scalebound.derive;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.fraction.BigFraction;

/**
 * A derived power law: along the optimal allocation x_i = C^(s_i) (Log C)^(u_i), the bound is
 * Θ(C^exponent · (Log C)^logPower). {@code allocation} holds the s_i of one optimal
 * allocation; where the optimum is not unique, {@code ranges} holds the interval of optimal
 * s_i (ends may be infinite). {@code active} lists the terms that set the exponent.
 */
public record Law(
    BigFraction exponent,
    BigFraction logPower,
    Map<String, BigFraction> allocation,
    Map<String, Range> ranges,
    List<String> active) {

  /** The optimal values of one allocation exponent: [low, high], null meaning infinite. */
  public record Range(BigFraction low, BigFraction high) {
    @Override
    public String toString() {
      return "[" + (low == null ? "-Infinity" : Exponents.text(low)) + ", "
          + (high == null ? "Infinity" : Exponents.text(high)) + "]";
    }
  }
}
