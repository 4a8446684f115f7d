package scalebound.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scalebound.numerics.experiments.Experiment;

/**
 * A numerics scenario file: which theorem it tests, with which experiment, over which
 * parameter space, binding which of the theorem's symbols to which measured quantities, and
 * how (the check kind with its settings).
 */
public record Scenario(
    Path file,
    String id,
    String theorem,
    Experiment model,
    Kind check,
    int tries,
    long seed,
    Map<String, ParameterDomain> draw,
    Map<String, String> bind,
    Map<String, Integer> bindLines,
    double tolerance,
    double absoluteTolerance,
    int shrinkLimit,
    Rate rate,
    Probabilistic probabilistic,
    Phase phase,
    String note) {

  public enum Kind {
    EXACT, PROBABILISTIC, RATE, PHASE;

    public String label() {
      return name().toLowerCase();
    }
  }

  /** Sweep {@code parameter} over {@code values}, {@code seeds} runs each; the law is in {@code symbol}. */
  public record Rate(String symbol, String parameter, List<Double> values, boolean towardInfinity, int seeds,
      double slack, double level) {}

  /** Violations may occur with probability at most the value of {@code failureProbability}. */
  public record Probabilistic(String failureProbability, double alpha) {}

  /** The measured threshold must lie within {@code factor} of the derived one. */
  public record Phase(double factor, double minimumDrop, double minimumFit) {}

  public String describe() {
    return id + " (" + check.label() + ", " + model.name() + ")";
  }
}
