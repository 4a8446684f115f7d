package scalebound.derive;

/**
 * The compute-optimal frontier as the cross-check measured it: at each cost {@code cost[i]}, the
 * bound minus its floor minimised numerically over the allocation, {@code excess[i]}.
 */
public record Frontier(double[] cost, double[] excess) {}
