package scalebound.numerics.experiments;

import java.util.List;
import java.util.Map;

/**
 * A simulation a scenario file can name as its {@code model}: it declares its parameters (with
 * defaults, whose types fix what a scenario may draw), the quantities it measures, and produces
 * one or more observations (quantity name to value) per run. The checks bind a theorem's symbols
 * to these quantities; the experiment knows nothing of theorems.
 */
public interface Experiment {
  String name();

  String describe();

  /** Every parameter with its default: Integer, Double or String (a choice). */
  Map<String, Object> defaults();

  /** For a String parameter, the values it may take. */
  default List<String> choices(String parameter) {
    return Setting.choices(parameter);
  }

  /** The names of the measured quantities, usable in a scenario's bindings. */
  List<String> quantities();

  /**
   * Runs once. An empty list means the draw lies outside the experiment's valid regime (e.g.
   * an ill-conditioned Gram matrix); {@link Observations#discarded} says why.
   */
  Observations run(Parameters parameters);
}
