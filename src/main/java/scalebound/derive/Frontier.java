package scalebound.derive;

import java.util.Map;

/**
 * The compute-optimal frontier as the cross-check measured it: at each cost {@code cost[i]}, the
 * bound minus its floor minimised numerically over the allocation, {@code excess[i]}, with the
 * theorem's constants at the values {@code constants}.
 */
public record Frontier(double[] cost, double[] excess, Map<String, Double> constants) {}
