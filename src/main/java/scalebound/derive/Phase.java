package scalebound.derive;

import java.util.List;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.symbolic.Expression;

/**
 * The optimization phase of a bound: with every resource but {@code time} fixed, the
 * exponential term is {@code prefactor·Exp(-rate·C^cExponent)} and the rest is {@code floor};
 * the term meets the floor at {@code threshold} (null when Symja found no closed form), which
 * agreed with a numeric root at {@code agreeingPoints} sample points.
 */
public record Phase(String time, BigFraction cExponent, Expression rate, Expression prefactor,
    Expression floor, Expression threshold, int agreeingPoints, List<String> notes) {}
