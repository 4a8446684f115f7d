package scalebound.derive;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.DoubleFunction;
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
    Positivity positivity = new Positivity(t, domain);
    NormalForm form = new NormalForm(new HashSet<>(variables), positivity);
    Map<String, String> notes = new LinkedHashMap<>();
    List<Term> terms;
    try {
      terms = form.terms(t.bound().symja());
    } catch (OutsideClass e) {
      notes.put("bound", "cannot derive any law: " + e.getMessage());
      return finish(t, domain, Optional.empty(), Map.of(), Optional.empty(), Map.of(), Map.of(), List.of(), notes,
          NumericCrossCheck.Measured.NONE, Optional.empty(), positivity.sampled());
    }
    if (form.asymptotic()) {
      notes.put("normalForm", "asymptotic steps: " + String.join("; ", form.steps()));
    }
    List<String> floor = terms.stream().filter(Term::isFloor).map(Term::origin).toList();
    List<Term> reducible = terms.stream().filter(x -> !x.isFloor()).toList();
    Function<IExpr, BigFraction> value = Exponents::fraction;
    for (Term x : reducible) {
      if (!allRational(x)) {
        notes.put("bound", "exponents depend on constants (in " + x.origin() + "): laws are given as a phase diagram");
        return symbolic(t, domain, form, variables, reducible, floor, notes, positivity.sampled());
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
    Map<String, String> rates = new LinkedHashMap<>();
    for (String x : t.resources()) {
      try {
        isolated.put(x, IsolatedLaws.of(x, t.resources(), t.tunables(), reducible, assumed.constraints, value));
      } catch (CannotDerive e) {
        notes.put("isolated." + x, e.getMessage());
        exponentialRate(reducible, x).ifPresent(r -> rates.put(x, r));
      }
    }
    Expression floorSum = Expression.of(Sandbox.get().evaluate(F.Plus(
        terms.stream().filter(Term::isFloor).map(Term::coefficient).toArray(IExpr[]::new))));
    NumericCrossCheck.Measured measured = crossCheck
        ? NumericCrossCheck.of(t, domain, compute, isolated, floorSum, notes) : NumericCrossCheck.Measured.NONE;
    Optional<PhaseCurve> curve = phase.isPresent() ? phaseCurve(phase.get(), domain) : Optional.empty();
    return finish(t, domain, compute, isolated, phase, Map.of(), rates, floor, notes, measured, curve,
        positivity.sampled());
  }

  /**
   * The bound against compute at fixed other resources, at the first sample point of the domain
   * where the threshold exists (the exponential term starts above the floor), for the report's
   * plot of the two phases. C spans two decades either side of C*.
   */
  private static Optional<PhaseCurve> phaseCurve(Phase p, Domain domain) throws EvaluationRefused {
    if (p.threshold() == null) {
      return Optional.empty();
    }
    List<String> symbols = domain.symbols();
    DoubleFunction prefactor = DoubleFunction.compile(p.prefactor(), symbols);
    DoubleFunction rateOf = DoubleFunction.compile(p.rate(), symbols);
    DoubleFunction floorOf = DoubleFunction.compile(p.floor(), symbols);
    DoubleFunction threshold = DoubleFunction.compile(p.threshold(), symbols);
    double[] x = null;
    for (double[] candidate : domain.points()) {
      double s = threshold.at(candidate);
      if (s > 0 && Double.isFinite(s) && floorOf.at(candidate) > 0) {
        x = candidate;
        break;
      }
    }
    if (x == null) {
      return Optional.empty();
    }
    double pre = prefactor.at(x);
    double rate = rateOf.at(x);
    double floor = floorOf.at(x);
    double star = threshold.at(x);
    int k = 81;
    double[] cost = new double[k];
    double[] bound = new double[k];
    double e = p.cExponent().doubleValue();
    for (int i = 0; i < k; i++) {
      cost[i] = star * Math.pow(10, -2 + 4.0 * i / (k - 1));
      bound[i] = pre * Math.exp(-rate * Math.pow(cost[i], e)) + floor;
    }
    Map<String, Double> at = new LinkedHashMap<>();
    for (int i = 0; i < symbols.size(); i++) {
      if (!symbols.get(i).equals(p.time())) {
        at.put(symbols.get(i), x[i]);
      }
    }
    return Optional.of(new PhaseCurve(cost, bound, star, floor, at));
  }

  /**
   * The rate of a bound that decays faster than any power in x: its only reducible term is
   * c*Exp(-b*x^e) (other symbols fixed), so it decays as Exp(-b*x^e); "b" when e = 1.
   */
  private static Optional<String> exponentialRate(List<Term> reducible, String x) {
    List<Term> inX = reducible.stream().filter(t -> t.powers().containsKey(x) || t.logPowers().containsKey(x)
        || t.decay().map(d -> d.powers().containsKey(x)).orElse(false)).toList();
    if (inX.size() != 1 || inX.get(0).decay().isEmpty() || inX.get(0).powers().containsKey(x)) {
      return Optional.empty();
    }
    Term.Decay d = inX.get(0).decay().get();
    IExpr b = d.coefficient();
    for (Map.Entry<String, IExpr> e : d.powers().entrySet()) {
      if (!e.getKey().equals(x)) {
        b = F.Times(b, F.Power(Term.symbol(e.getKey()), e.getValue()));
      }
    }
    IExpr stretch = d.powers().get(x);
    try {
      String rate = Expression.inputForm(Sandbox.get().evaluate(b));
      return Optional.of(stretch.isOne() ? rate : rate + "*" + x + "^(" + Exponents.text(stretch) + ")");
    } catch (EvaluationRefused e) {
      return Optional.empty();
    }
  }

  /** Laws whose exponents are expressions in constants: one phase diagram per law. */
  private static Derivation symbolic(Theorem t, Domain domain, NormalForm form, List<String> variables,
      List<Term> reducible, List<String> floor, Map<String, String> notes, Set<String> sampledSigns)
      throws EvaluationRefused {
    AssumedConstraints assumed = new AssumedConstraints(t, form);
    if (!assumed.unused.isEmpty()) {
      notes.put("assume", "not used by the derivation: " + String.join("; ", assumed.unused));
    }
    Map<String, PhaseDiagram> diagrams = new LinkedHashMap<>();
    List<Expression> conditions = List.copyOf(t.constants().values());
    if (t.cost().isPresent()) {
      try {
        Cost cost = Cost.of(t, form);
        diagrams.put("compute", SymbolicLaws.solve("compute law", domain, conditions, v -> new AllocationProgramme(variables,
            t.resources(), reducible, cost.weights(), Map.of(), assumed.constraints, v)));
      } catch (CannotDerive e) {
        notes.put("compute", e.getMessage());
      }
    } else {
      notes.put("compute", "no cost given: no compute law");
    }
    for (String x : t.resources()) {
      try {
        List<IExpr> reductions = IsolatedLaws.reductionConditions(x, t.resources(), reducible,
            SymbolicLaws.valueAt(domain, domain.points().get(0)));
        diagrams.put("isolated." + x, SymbolicLaws.within(SymbolicLaws.solve("isolated law in " + x, domain, conditions,
            v -> IsolatedLaws.programme(x, t.resources(), t.tunables(), reducible, assumed.constraints, v)),
            reductions, domain, conditions));
      } catch (CannotDerive e) {
        notes.put("isolated." + x, e.getMessage());
      }
    }
    if (reducible.stream().anyMatch(x -> x.decay().isPresent())) {
      notes.put("optimizationPhase", "not derived for symbolic exponents");
    }
    return finish(t, domain, Optional.empty(), Map.of(), Optional.empty(), diagrams, Map.of(), floor, notes,
        NumericCrossCheck.Measured.NONE, Optional.empty(), sampledSigns);
  }

  private static boolean allRational(Term x) {
    return x.powers().values().stream().allMatch(Exponents::isRational)
        && x.logPowers().values().stream().allMatch(Exponents::isRational)
        && x.decay().map(d -> d.powers().values().stream().allMatch(Exponents::isRational)).orElse(true);
  }

  private static Derivation finish(Theorem t, Domain domain, Optional<Law> compute, Map<String, Law> isolated,
      Optional<Phase> phase, Map<String, PhaseDiagram> diagrams, Map<String, String> rates, List<String> floor,
      Map<String, String> notes, NumericCrossCheck.Measured measured, Optional<PhaseCurve> curve,
      Set<String> sampledSigns) throws EvaluationRefused {
    ClaimCheck check = new ClaimCheck(domain);
    List<ClaimVerdict> verdicts = new ArrayList<>();
    String signs = String.join(", ", sampledSigns);
    if (!sampledSigns.isEmpty()) {
      notes.put("signs", "positive at every sample point but not certified on the domain: " + signs
          + "; exact claims count as tested, not proved");
    }
    for (StatedClaim c : t.claims()) {
      ClaimVerdict v = check.against(c, compute, isolated, phase, diagrams, notes);
      verdicts.add(sampledSigns.isEmpty() || v.verdict().status() != scalebound.verdict.Status.PROVED ? v
          : ClaimVerdict.tested(v.claim(), v.stated(), v.derived(), v.detail() + "; but the law rests on the sign of "
              + signs + ", sampled, not certified"));
    }
    return new Derivation(t.id(), compute, isolated, phase, diagrams, rates, floor, notes, verdicts, measured.checks(),
        measured.frontier(), curve);
  }
}
