package scalebound.derive;

import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.symbolic.Expression;

/**
 * The optimization phase of a bound: with every resource but {@code time} fixed, the
 * exponential term is {@code prefactor·Exp(-rate·C^cExponent)}, the terms that do not depend on
 * the time are the {@code floor}, and the terms that vary with it as a power or a log (not
 * exponentially) are the {@code drift}: the bound is prefactor·Exp(-rate·C^p) + floor + drift.
 * The exponential term meets the floor at {@code threshold} (null when Symja found no closed
 * form), which agreed with a numeric root at {@code agreeingPoints} sample points.
 */
public record Phase(String time, BigFraction cExponent, Expression rate, Expression prefactor,
    Expression floor, Optional<Expression> drift, Expression threshold, int agreeingPoints, List<String> notes) {}
