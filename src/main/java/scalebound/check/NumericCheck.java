package scalebound.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import scalebound.derive.Derivation;
import scalebound.numerics.experiments.Observations;
import scalebound.numerics.experiments.Parameters;
import scalebound.math.DoubleFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.ExpressionReader;
import scalebound.symbolic.ExpressionSyntaxException;
import scalebound.input.BadInput;
import scalebound.theorem.Kind;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;

/**
 * Runs one scenario against one theorem: binds the theorem's symbols to the experiment's
 * measurements, draws the scenario's parameter space and applies the scenario's check kind
 * (exact, probabilistic, rate or phase). Scenario mistakes that only show against the theorem
 * (an unbound symbol, an unknown failure-probability symbol) are bad input with file and line.
 */
public final class NumericCheck {
  private NumericCheck() {}

  public static NumericVerdict run(Theorem theorem, Derivation derivation, Scenario scenario)
      throws BadInput, EvaluationRefused {
    return run(theorem, derivation, scenario, Seeds.forRun(scenario));
  }

  public static NumericVerdict run(Theorem theorem, Derivation derivation, Scenario scenario, long seed)
      throws BadInput, EvaluationRefused {
    Binding binding = Binding.of(theorem, scenario, required(theorem, derivation, scenario));
    Trial trial = new Trial(theorem, derivation, scenario, binding, seed);
    if (scenario.check() instanceof Scenario.Exact) {
      requireOneSided(theorem, scenario);
      return ExactCheck.run(trial);
    }
    if (scenario.check() instanceof Scenario.Probabilistic p) {
      requireOneSided(theorem, scenario);
      return ProbabilisticCheck.run(trial, p, failureProbability(theorem, scenario, p, binding));
    }
    if (scenario.check() instanceof Scenario.Rate r) {
      if (!binding.symbolNames().contains(r.symbol())) {
        throw bad(scenario, "rate.symbol", "'" + r.symbol() + "' is not a symbol of " + theorem.id());
      }
      return RateCheck.run(trial);
    }
    if (derivation.phase().isEmpty()) {
      throw bad(scenario, "check", "a phase check needs the bound's optimization phase, and " + theorem.id()
          + " has none (" + derivation.notes().getOrDefault("optimizationPhase", "no exponential term in a resource of the cost") + ")");
    }
    for (String s : derivation.phase().get().rate().symbols()) {
      Set<String> circular = new TreeSet<>(binding.inputsOf(s));
      circular.retainAll(PhaseCheck.JUDGED);
      if (!circular.isEmpty()) {
        throw bad(scenario, "bind." + s, "'" + s + "' is computed from " + String.join(", ", circular)
            + ", which the phase check judges: the derived rate would be compared with itself; bind it to a"
            + " quantity measured independently of the curve");
      }
    }
    return PhaseCheck.run(trial, DoubleFunction.compile(derivation.phase().get().rate(), binding.symbolNames()));
  }

  /** The symbols a scenario must bind: those its check evaluates. */
  private static Set<String> required(Theorem theorem, Derivation derivation, Scenario scenario) {
    if (scenario.check() instanceof Scenario.Rate r) {
      Set<String> law = ClaimedExponent.required(theorem, derivation, r.symbol());
      if (law != null) {
        return law;
      }
    }
    if (scenario.check() instanceof Scenario.Phase && derivation.phase().isPresent()) {
      return derivation.phase().get().rate().symbols();
    }
    return new LinkedHashSet<>(theorem.symbols());
  }

  /** What one run printed, and whether it refutes the theorem (an observation VIOLATED, a slope that REFUTES). */
  public record SingleRun(List<String> lines, boolean refutes) {}

  /**
   * One run of the scenario's experiment with the given parameters, as text: every observation
   * with the theorem's bound beside the measured value (the rate check's sweep for rate
   * scenarios, the phase check's finding for phase scenarios). What
   * {@code scalebound simulate --set ... --seed ...} prints.
   */
  public static SingleRun single(Theorem theorem, Derivation derivation, Scenario scenario, Parameters p)
      throws BadInput, EvaluationRefused {
    Binding binding = Binding.of(theorem, scenario, required(theorem, derivation, scenario));
    Trial trial = new Trial(theorem, derivation, scenario, binding, p.seed());
    List<String> out = new ArrayList<>();
    out.add("scenario " + scenario.describe() + " against " + theorem.id());
    out.add("parameters: " + p);
    if (scenario.check() instanceof Scenario.Rate rate) {
      RateCheck.Sweep s = RateCheck.sweep(trial, p);
      if (s.discarded() != null) {
        out.add("discarded: " + s.discarded());
        return new SingleRun(out, false);
      }
      for (int i = 0; i < s.x().length; i++) {
        StringBuilder b = new StringBuilder(rate.symbol() + " = " + ExactCheck.fmt(s.x()[i]) + ":");
        for (double[] row : s.y()) {
          b.append(' ').append(ExactCheck.fmt(row[i]));
        }
        out.add(b.toString());
      }
      boolean refutes = RateCheck.refutes(theorem.kind(), rate.towardInfinity(), s.fit(), s.claimed(), rate.slack());
      out.add("fitted slope " + ExactCheck.fmt(s.fit().slope()) + " (CI " + ExactCheck.fmt(s.fit().lower()) + " .. "
          + ExactCheck.fmt(s.fit().upper()) + "), claimed exponent " + ExactCheck.fmt(s.claimed()) + " ("
          + s.claimSource() + "): "
          + (refutes ? "REFUTES" : "consistent"));
      return new SingleRun(out, refutes);
    }
    Observations o = scenario.model().run(p);
    if (o.isDiscarded()) {
      out.add("discarded: " + o.discarded());
      return new SingleRun(out, false);
    }
    boolean refutes = false;
    for (Map<String, Double> row : o.rows()) {
      out.add("measured: " + row);
      if (!(scenario.check() instanceof Scenario.Phase)) {
        double[] x = binding.symbols(row, p);
        Binding.Outside outside = binding.violatedHypothesis(x);
        double q = binding.measured(row, p);
        double b = binding.bound(x);
        boolean violated = outside == null
            && ExactCheck.violates(theorem.kind(), q, b, trial.tolerance(), trial.absoluteTolerance());
        refutes |= violated;
        out.add("  " + theorem.quantity() + " = " + ExactCheck.fmt(q) + (theorem.kind() == Kind.LOWER_BOUND ? " >= " : " <= ")
            + "bound " + ExactCheck.fmt(b) + ": "
            + (outside != null ? "outside the hypothesis " + outside.text() : violated ? "VIOLATED" : "holds"));
      }
    }
    if (scenario.check() instanceof Scenario.Phase && derivation.phase().isPresent()) {
      PhaseCheck.Finding f = PhaseCheck.judge(trial, DoubleFunction.compile(derivation.phase().get().rate(),
          binding.symbolNames()), p, o);
      out.add(f.text());
      refutes = !f.holds();
    }
    return new SingleRun(out, refutes);
  }

  private static void requireOneSided(Theorem theorem, Scenario scenario) throws BadInput {
    if (theorem.kind() == Kind.ESTIMATE) {
      throw bad(scenario, "check", theorem.id() + " is a two-sided estimate (up to constants); test it with a rate "
          + "check, not an " + scenario.check().label() + " one");
    }
  }

  private static DoubleFunction failureProbability(Theorem theorem, Scenario scenario, Scenario.Probabilistic p,
      Binding binding) throws BadInput, EvaluationRefused {
    try {
      return DoubleFunction.compile(new ExpressionReader(new LinkedHashSet<>(binding.symbolNames()))
          .expression(p.failureProbability()), binding.symbolNames());
    } catch (ExpressionSyntaxException e) {
      throw bad(scenario, "probabilistic.failure-probability", "cannot read '"
          + p.failureProbability() + "' as an expression in the symbols of " + theorem.id()
          + ": " + e.getMessage());
    }
  }

  private static BadInput bad(Scenario scenario, String key, String message) {
    return new BadInput(List.of(new Problem(scenario.file(), 0, 0, key, message)));
  }
}
