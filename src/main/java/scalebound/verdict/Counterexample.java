package scalebound.verdict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a statement fails: the values at the failing point (a proof step's symbols, or a
 * simulation's parameters and the theorem's symbols as measured), what was found there, and, for
 * a simulation, the command that reproduces it and how far the failing draw was shrunk.
 */
public record Counterexample(Map<String, String> parameters, Map<String, String> symbols, String finding,
    Optional<String> reproduce, int shrinkSteps) {
  public Counterexample {
    parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    symbols = Collections.unmodifiableMap(new LinkedHashMap<>(symbols));
  }

  /** A point of a proof's domain where a fact is false. */
  public static Counterexample at(Map<String, String> symbols, String finding) {
    return new Counterexample(Map.of(), symbols, finding, Optional.empty(), 0);
  }
}
