package scalebound.derive;

import java.util.Map;

/**
 * The bound against compute at fixed other resources, around the derived threshold: at
 * {@code cost[i]}, prefactor·Exp(-rate·C^e) + floor is {@code bound[i]}; C* is
 * {@code threshold} and the statistical phase's level is {@code floor}; every symbol but the
 * one that grows with C has the value {@code at}.
 */
public record PhaseCurve(double[] cost, double[] bound, double threshold, double floor, Map<String, Double> at) {}
