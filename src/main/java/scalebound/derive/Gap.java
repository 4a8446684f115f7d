package scalebound.derive;

/**
 * How far an upper bound is from a lower bound for the same quantity, in one resource.
 * {@code kind} is "power" (exponents compared) or "exponential" (decay rates compared);
 * {@code gap} is the exponent difference or the rate ratio; {@code asymptotic} its leading
 * behaviour in a named parameter (e.g. {@code 2*kappa^(1/2)}), when asked for.
 */
public record Gap(String lower, String upper, String in, String kind, String upperRate, String lowerRate,
    String gap, boolean tight, String asymptotic, String note) {}
