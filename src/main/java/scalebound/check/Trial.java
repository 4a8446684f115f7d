package scalebound.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import scalebound.derive.Derivation;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.theorem.Theorem;
import scalebound.verdict.Counterexample;

/**
 * What every check kind shares: the scenario's parameter space as one jqwik arbitrary (so every
 * draw is a {@link Shrinkable}), a seeded stream of draws, running the experiment, and shrinking
 * a failing draw. Shrinking walks jqwik's shrink candidates greedily, taking the first candidate
 * that still fails, for at most the scenario's {@code shrink-limit} re-runs.
 */
final class Trial {
  final Theorem theorem;
  final Derivation derivation;
  final Scenario scenario;
  final Binding binding;
  final long seed;
  private final RandomGenerator<Parameters> generator;
  private final Random random;

  Trial(Theorem theorem, Derivation derivation, Scenario scenario, Binding binding, long seed) {
    this.theorem = theorem;
    this.derivation = derivation;
    this.scenario = scenario;
    this.binding = binding;
    this.seed = seed;
    this.generator = arbitrary().generator(1000);
    this.random = new Random(seed);
  }

  private Arbitrary<Parameters> arbitrary() {
    Map<String, Object> defaults = scenario.model().defaults();
    List<String> drawn = new ArrayList<>();
    List<Arbitrary<Object>> parts = new ArrayList<>();
    for (Map.Entry<String, ParameterDomain> d : scenario.draw().entrySet()) {
      if (scenario.check() instanceof Scenario.Rate r && d.getKey().equals(r.parameter())) {
        continue;
      }
      drawn.add(d.getKey());
      parts.add(d.getValue().arbitrary());
    }
    parts.add(Arbitraries.longs().between(0, 999_999).map(l -> (Object) l));
    return Combinators.combine(parts).as(values -> {
      Map<String, Object> v = new LinkedHashMap<>(defaults);
      for (int i = 0; i < drawn.size(); i++) {
        v.put(drawn.get(i), values.get(i));
      }
      return new Parameters(v, (Long) values.get(values.size() - 1));
    });
  }

  /** The relative tolerance of an exact or probabilistic comparison. */
  double tolerance() {
    return scenario.check() instanceof Scenario.Exact e ? e.tolerance()
        : scenario.check() instanceof Scenario.Probabilistic p ? p.tolerance() : 0;
  }

  /** The absolute tolerance of an exact or probabilistic comparison. */
  double absoluteTolerance() {
    return scenario.check() instanceof Scenario.Exact e ? e.absoluteTolerance()
        : scenario.check() instanceof Scenario.Probabilistic p ? p.absoluteTolerance() : 0;
  }

  Shrinkable<Parameters> next() {
    return generator.next(random);
  }

  Observations run(Parameters p) {
    scalebound.symbolic.Budget.check();
    return scenario.model().run(p);
  }

  /** Greedy shrinking: the simplest draw reachable from {@code failing} on which {@code fails} still holds. */
  Shrunk shrink(Shrinkable<Parameters> failing, Predicate<Parameters> fails) {
    Shrinkable<Parameters> current = failing;
    int runs = 0;
    int steps = 0;
    boolean improved = true;
    while (improved && runs < scenario.shrinkLimit()) {
      improved = false;
      for (Shrinkable<Parameters> candidate : (Iterable<Shrinkable<Parameters>>) current.shrink().limit(40)::iterator) {
        if (runs >= scenario.shrinkLimit()) {
          break;
        }
        runs++;
        if (fails.test(candidate.value())) {
          current = candidate;
          steps++;
          improved = true;
          break;
        }
      }
    }
    return new Shrunk(current.value(), steps);
  }

  record Shrunk(Parameters parameters, int steps) {}

  /**
   * A plot's caption for one draw (its number, or 0 for the shrunk counterexample): the
   * scenario, the draw's parameters and seed, and the trial's seed.
   */
  String caption(int draw, Parameters p) {
    return (draw > 0 ? "Draw " + draw : "Shrunk counterexample") + " of scenario " + scenario.id() + ": " + p
        + " (trial seed " + seed + ")";
  }

  /**
   * What every draw of this trial is drawn from, for a plot over several draws: each drawn
   * parameter's domain, then the experiment's other parameters at their defaults.
   */
  String space() {
    List<String> parts = new ArrayList<>();
    scenario.draw().forEach((k, d) -> parts.add(k + (d.single().isPresent() ? " = " : " in ") + d.describe()));
    scenario.model().defaults().forEach((k, v) -> {
      if (!scenario.draw().containsKey(k)) {
        parts.add(k + " = " + v);
      }
    });
    return String.join(", ", parts);
  }

  /**
   * The command that re-runs one draw of this scenario against this theorem file: every parameter
   * that differs from the scenario's {@link Scenario#baseline() baseline} is set.
   */
  String reproduce(Parameters p) {
    StringBuilder b = new StringBuilder("./scalebound simulate ").append(relative(scenario.file()));
    b.append(" --theorem ").append(relative(theorem.file()));
    Map<String, Object> baseline = scenario.baseline();
    p.values().forEach((k, v) -> {
      if (!v.equals(baseline.get(k))) {
        b.append(" --set ").append(k).append('=').append(v);
      }
    });
    return b.append(" --seed ").append(p.seed()).toString();
  }

  private static String relative(Path file) {
    Path here = Path.of("").toAbsolutePath();
    Path abs = file.toAbsolutePath().normalize();
    return abs.startsWith(here) ? here.relativize(abs).toString() : abs.toString();
  }

  Optional<Counterexample> counterexample(Shrunk s, Map<String, Double> symbols, String finding) {
    Map<String, String> parameters = new LinkedHashMap<>();
    s.parameters().values().forEach((k, v) -> parameters.put(k, String.valueOf(v)));
    parameters.put("seed", String.valueOf(s.parameters().seed()));
    Map<String, String> values = new LinkedHashMap<>();
    symbols.forEach((k, v) -> values.put(k, String.format("%.6g", v)));
    return Optional.of(new Counterexample(parameters, values, finding, Optional.of(reproduce(s.parameters())),
        s.steps()));
  }
}
