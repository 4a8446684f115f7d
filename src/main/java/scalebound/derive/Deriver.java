package scalebound.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.expression.F;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.StatedClaim;
import scalebound.theorem.Theorem;

/**
 * Derives everything a theorem's bound implies, in the order of the method: normal form
 * ({@link NormalForm}), compute law and allocation ({@link AllocationProgramme}), isolated laws
 * ({@link IsolatedLaws}), optimization phase and threshold ({@link OptimizationPhase}), then
 * compares the stated claims ({@link ClaimCheck}) and cross-checks the laws numerically
 * ({@link NumericCrossCheck}).
 */
public final class Deriver {
  static final long SEED = 20251226L;

  private Deriver() {}

  public static Derivation derive(Theorem t) throws EvaluationRefused {
    return derive(t, true);
  }

  /** @param crossCheck whether to run the numeric cross-check (the slowest step) */
  public static Derivation derive(Theorem t, boolean crossCheck) throws EvaluationRefused {
    Domain domain = new Domain(t, SEED, 48);
    List<String> variables = new ArrayList<>(t.resources());
    variables.addAll(t.tunables());
    NormalForm form = new NormalForm(new HashSet<>(variables), domain::positive);
    Map<String, String> notes = new LinkedHashMap<>();
    List<Term> terms;
    try {
      terms = form.terms(t.bound().symja());
    } catch (OutsideClass e) {
      notes.put("bound", "cannot derive any law: " + e.getMessage());
      return finish(t, domain, Optional.empty(), Map.of(), Optional.empty(), List.of(), notes, List.of(), List.of());
    }
    if (form.asymptotic()) {
      notes.put("normalForm", "asymptotic steps: " + String.join("; ", form.steps()));
    }
    List<String> floor = terms.stream().filter(Term::isFloor).map(Term::origin).toList();
    List<Term> reducible = terms.stream().filter(x -> !x.isFloor()).toList();
    Function<IExpr, BigFraction> value = Exponents::fraction;
    for (Term x : reducible) {
      if (!allRational(x)) {
        notes.put("bound", "exponents depend on constants in " + x.origin());
        return finish(t, domain, Optional.empty(), Map.of(), Optional.empty(), floor, notes, List.of(), reducible);
      }
    }
    AssumedConstraints assumed = new AssumedConstraints(t, form);
    if (!assumed.unused.isEmpty()) {
      notes.put("assume", "not used by the derivation: " + String.join("; ", assumed.unused));
    }
    Optional<Law> compute = Optional.empty();
    Optional<Phase> phase = Optional.empty();
    if (t.cost().isPresent()) {
      try {
        Cost cost = Cost.of(t, form);
        AllocationProgramme p = new AllocationProgramme(variables, t.resources(), reducible, cost.weights(),
            Map.of(), assumed.constraints, value);
        compute = Optional.of(PowerLaw.of(p, "compute law"));
        if (reducible.stream().anyMatch(x -> x.decay().isPresent())) {
          phase = Optional.of(OptimizationPhase.of(t, terms, cost, domain));
        }
      } catch (CannotDerive e) {
        notes.put(compute.isEmpty() ? "compute" : "optimizationPhase", e.getMessage());
      }
    } else {
      notes.put("compute", "no cost given: no compute law");
    }
    Map<String, Law> isolated = new LinkedHashMap<>();
    for (String x : t.resources()) {
      try {
        isolated.put(x, IsolatedLaws.of(x, t.resources(), t.tunables(), reducible, assumed.constraints, value));
      } catch (CannotDerive e) {
        notes.put("isolated." + x, e.getMessage());
      }
    }
    Expression floorSum = Expression.of(Sandbox.get().evaluate(F.Plus(
        terms.stream().filter(Term::isFloor).map(Term::coefficient).toArray(IExpr[]::new))));
    List<CrossCheck> checks = crossCheck ? NumericCrossCheck.of(t, domain, compute, isolated, floorSum, notes) : List.of();
    return finish(t, domain, compute, isolated, phase, floor, notes, checks, reducible);
  }

  private static boolean allRational(Term x) {
    return x.powers().values().stream().allMatch(Exponents::isRational)
        && x.logPowers().values().stream().allMatch(Exponents::isRational)
        && x.decay().map(d -> d.powers().values().stream().allMatch(Exponents::isRational)).orElse(true);
  }

  private static Derivation finish(Theorem t, Domain domain, Optional<Law> compute, Map<String, Law> isolated,
      Optional<Phase> phase, List<String> floor, Map<String, String> notes, List<CrossCheck> checks,
      List<Term> reducible) throws EvaluationRefused {
    ClaimCheck check = new ClaimCheck(domain);
    List<ClaimVerdict> verdicts = new ArrayList<>();
    for (StatedClaim c : t.claims()) {
      verdicts.add(verdict(c, check, compute, isolated, phase, notes));
    }
    return new Derivation(t.id(), compute, isolated, phase, floor, notes, verdicts, checks);
  }

  private static ClaimVerdict verdict(StatedClaim c, ClaimCheck check, Optional<Law> compute,
      Map<String, Law> isolated, Optional<Phase> phase, Map<String, String> notes) throws EvaluationRefused {
    String computeWhy = notes.getOrDefault("compute", notes.getOrDefault("bound", "not derived"));
    String computeActive = compute.map(l -> "active terms: " + String.join(", ", l.active())).orElse("");
    switch (c.quantity()) {
      case "compute-exponent":
        return check.number(c, compute.map(Law::exponent).orElse(null), computeWhy, computeActive);
      case "compute-log-power":
        return check.number(c, compute.map(Law::logPower).orElse(null), computeWhy, computeActive);
      case "allocation-exponents": {
        if (compute.isPresent() && compute.get().ranges().containsKey(c.subject())) {
          return check.inRange(c, compute.get().ranges().get(c.subject()));
        }
        return check.number(c, compute.map(l -> l.allocation().get(c.subject())).orElse(null), computeWhy, computeActive);
      }
      case "isolated-exponents":
      case "isolated-log-powers": {
        Law law = isolated.get(c.subject());
        String why = notes.getOrDefault("isolated." + c.subject(), computeWhy);
        BigFraction derived = law == null ? null : c.quantity().equals("isolated-exponents") ? law.exponent() : law.logPower();
        return check.number(c, derived, why, law == null ? "" : "active terms: " + String.join(", ", law.active()));
      }
      case "optimization-rate":
      case "threshold": {
        String why = notes.getOrDefault("optimizationPhase", notes.getOrDefault("compute", "not derived"));
        if (phase.isEmpty() || (c.quantity().equals("threshold") && phase.get().threshold() == null)) {
          return new ClaimVerdict(c.name(), c.value().text(), null, false, "not derived: " + why);
        }
        Phase p = phase.get();
        return check.expression(c, (c.quantity().equals("threshold") ? p.threshold() : p.rate()).symja(),
            "time resource " + p.time() + ", floor " + p.floor().text());
      }
      default:
        throw new IllegalStateException("unknown claim " + c.quantity());
    }
  }
}
