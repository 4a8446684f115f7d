package scalebound.check;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.numerics.experiments.Experiment;

/**
 * A numerics scenario file: which theorem it tests, with which experiment, over which parameter
 * space, binding which of the theorem's symbols to which measured quantities, and how (the check,
 * one record per kind with only its own settings).
 */
public record Scenario(
    Path file,
    String id,
    String theorem,
    Experiment model,
    Check check,
    int tries,
    long seed,
    Map<String, ParameterDomain> draw,
    Map<String, String> bind,
    Map<String, Integer> bindLines,
    int shrinkLimit,
    String note) {

  /** How a scenario judges the theorem. */
  public sealed interface Check permits Exact, Probabilistic, Rate, Phase {
    /** The key in scenario files ({@code check: rate}). */
    String label();
  }

  /** Holds on every observation, up to tolerances for floating-point rounding. */
  public record Exact(double tolerance, double absoluteTolerance) implements Check {
    @Override
    public String label() {
      return "exact";
    }
  }

  /**
   * Violations may occur with probability at most the value of {@code failureProbability};
   * {@code strata}, when given, names a drawn parameter whose every value is tested on its own
   * too (a bound can fail at n = 2 on every draw and still pass pooled over n = 2..12).
   */
  public record Probabilistic(String failureProbability, double alpha, double tolerance, double absoluteTolerance,
      java.util.Optional<String> strata) implements Check {
    @Override
    public String label() {
      return "probabilistic";
    }
  }

  /** Sweep {@code parameter} over {@code values}, {@code seeds} runs each; the law is in {@code symbol}. */
  public record Rate(String symbol, String parameter, List<Double> values, boolean towardInfinity, int seeds,
      double slack, double level) implements Check {
    @Override
    public String label() {
      return "rate";
    }
  }

  /** The measured threshold must lie within {@code factor} of the derived one. */
  public record Phase(double factor, double minimumDrop, double minimumFit) implements Check {
    @Override
    public String label() {
      return "phase";
    }
  }

  public String describe() {
    return id + " (" + check.label() + ", " + model.name() + ")";
  }

  /**
   * The parameters of a single run before any {@code --set}: the experiment's defaults, with the
   * value the scenario's draw fixes in place of each single-valued parameter ({@code d: 2}).
   */
  public Map<String, Object> baseline() {
    Map<String, Object> values = new LinkedHashMap<>(model.defaults());
    draw.forEach((name, domain) -> domain.single().ifPresent(v -> values.put(name, v)));
    return values;
  }
}
