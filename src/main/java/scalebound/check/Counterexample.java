package scalebound.check;

import java.util.Map;
import scalebound.numerics.experiments.Parameters;

/**
 * A draw on which a numeric check fails, after shrinking: the experiment parameters and seed,
 * the theorem's symbols as measured, what was measured against what the theorem allows, and the
 * command that reproduces it.
 */
public record Counterexample(Parameters parameters, Map<String, Double> symbols, String finding, String reproduce,
    int shrinkSteps) {}
