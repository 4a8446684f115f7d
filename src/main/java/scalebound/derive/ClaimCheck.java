package scalebound.derive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.math.FarComparison;
import scalebound.math.PreciseFunction;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.symbolic.SymbolNames;
import scalebound.theorem.ClaimName;
import scalebound.theorem.StatedClaim;

/**
 * Step 6: each stated claim against the derived value. Numbers are compared exactly. Expressions
 * are compared twice: Symja's Simplify of the difference, and the values at sample points of the
 * domain to 50 digits (relative difference below 1e-25), then at points far out in the domain
 * (resources and constants up to 10^300, {@link Domain#extremes}) in log-magnitude arithmetic,
 * which declines a cancellation rather than report one (relative 1e-6). Either proving equality
 * is enough only if the other does not contradict it: a Simplify to 0 with differing samples is
 * a failure.
 */
final class ClaimCheck {
  private static final long DIGITS = PreciseFunction.DIGITS;
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");

  private final Domain domain;

  ClaimCheck(Domain domain) {
    this.domain = domain;
  }

  /**
   * A stated claim against the derivation: the derived value it names (a law, a phase-diagram
   * region, the optimization phase), compared exactly or by simplification and sampling.
   */
  ClaimVerdict against(StatedClaim c, Optional<Law> compute, Map<String, Law> isolated, Optional<Phase> phase,
      Map<String, PhaseDiagram> diagrams, Map<String, String> notes) throws EvaluationRefused {
    boolean perRegion = c.claim() != ClaimName.THRESHOLD && c.claim() != ClaimName.OPTIMIZATION_RATE;
    boolean isolatedLaw = c.claim() == ClaimName.ISOLATED_EXPONENTS || c.claim() == ClaimName.ISOLATED_LOG_POWERS
        || c.claim() == ClaimName.ISOLATED_ALLOCATIONS;
    PhaseDiagram diagram = diagrams.get(isolatedLaw ? "isolated." + c.symbol() : "compute");
    return diagram != null && perRegion ? symbolicVerdict(c, diagram) : verdict(c, compute, isolated, phase, notes);
  }

  /** A rational claim; {@code derived} null means the quantity could not be derived. */
  ClaimVerdict number(StatedClaim c, BigFraction derived, String whyMissing, String context) throws EvaluationRefused {
    String stated = c.value().text();
    if (derived == null) {
      return ClaimVerdict.refuted(c.name(), stated, null, "not derived: " + whyMissing);
    }
    IExpr value = Sandbox.get().evaluate(c.value().symja());
    if (!Exponents.isRational(value)) {
      return expression(c, Exponents.of(derived), context);
    }
    boolean holds = Exponents.fraction(value).equals(derived);
    return holds ? ClaimVerdict.proved(c.name(), stated, Exponents.text(derived), "exact")
        : ClaimVerdict.refuted(c.name(), stated, Exponents.text(derived), context);
  }

  /** A claim about an allocation exponent whose optimum is an interval: holds if the value is in it. */
  ClaimVerdict inRange(StatedClaim c, Law.Range range) throws EvaluationRefused {
    IExpr value = Sandbox.get().evaluate(c.value().symja());
    if (!Exponents.isRational(value)) {
      return ClaimVerdict.refuted(c.name(), c.value().text(), range.toString(), "the optimum is not unique");
    }
    BigFraction v = Exponents.fraction(value);
    boolean holds = (range.low() == null || range.low().compareTo(v) <= 0) && (range.high() == null || v.compareTo(range.high()) <= 0);
    String how = "the optimum is not unique: every exponent in " + range + " is optimal";
    return holds ? ClaimVerdict.proved(c.name(), c.value().text(), range.toString(), how)
        : ClaimVerdict.refuted(c.name(), c.value().text(), range.toString(), how);
  }

  /** An expression claim against a derived expression. */
  ClaimVerdict expression(StatedClaim c, IExpr derived, String context) throws EvaluationRefused {
    String derivedText = Expression.inputForm(derived);
    IExpr difference = Sandbox.get().evaluate(F.Simplify(F.Subtract(c.value().symja(), derived)));
    boolean simplifiesToZero = difference.isZero();
    int compared = 0;
    Map<String, BigDecimal> disagreement = null;
    IExpr statedExpr = Sandbox.get().evaluate(c.value().symja());
    IExpr derivedExpr = Sandbox.get().evaluate(derived);
    PreciseFunction stated = PreciseFunction.compile(statedExpr, domain.symbols());
    PreciseFunction derivedValue = PreciseFunction.compile(derivedExpr, domain.symbols());
    for (double[] point : domain.points()) {
      BigDecimal a;
      BigDecimal b;
      try {
        a = stated.at(point);
        b = derivedValue.at(point);
      } catch (ArithmeticException notReal) {
        continue;
      }
      compared++;
      BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE.scaleByPowerOfTen(-30));
      if (a.subtract(b).abs().compareTo(scale.multiply(TOLERANCE)) > 0) {
        disagreement = exactly(point);
        break;
      }
    }
    int far = 0;
    if (disagreement == null) {
      FarComparison.Result out = FarComparison.of(statedExpr, derivedExpr, domain.symbols(), domain.extremes());
      far = out.compared();
      if (out.differs()) {
        disagreement = exactly(out.point());
      }
    }
    if (disagreement != null) {
      return ClaimVerdict.refuted(c.name(), c.value().text(), derivedText,
          "values differ at " + shortPoint(disagreement) + (simplifiesToZero ? " although Simplify gives 0" : "")
              + "; " + context);
    }
    if (compared == 0) {
      return simplifiesToZero
          ? ClaimVerdict.proved(c.name(), c.value().text(), derivedText, "Simplify gives 0 (no real sample point to compare)")
          : new ClaimVerdict(c.name(), c.value().text(), derivedText, scalebound.verdict.Verdict.of(
              scalebound.verdict.Status.INCONCLUSIVE, scalebound.verdict.Evidence.NONE,
              "no real sample point and Simplify is inconclusive"));
    }
    return simplifiesToZero
        ? ClaimVerdict.proved(c.name(), c.value().text(), derivedText, "Simplify gives 0 and equal to " + DIGITS
            + " digits at " + compared + " sample points")
        : ClaimVerdict.tested(c.name(), c.value().text(), derivedText, "Simplify inconclusive; equal to " + DIGITS
            + " digits at " + compared + " sample points and to 1e-6 at " + far + " points far out (values up to 1e300)");
  }

  /** The point's symbols with their exact binary values, for a counterexample. */
  private Map<String, BigDecimal> exactly(double[] point) {
    Map<String, BigDecimal> at = new HashMap<>();
    domain.named(point).forEach((k, v) -> at.put(k, new BigDecimal(v)));
    return at;
  }

  private static String shortPoint(Map<String, BigDecimal> at) {
    List<String> parts = new ArrayList<>();
    at.forEach((k, v) -> parts.add(k + "=" + v.round(new java.math.MathContext(6))));
    parts.sort(null);
    return String.join(", ", parts);
  }

  /** A claim against a phase diagram: it must hold in the one region, or it depends on the region. */
  /**
   * A log power that depends on the constants (A*Log(n)/n^a + B/m^b: b/(a+b)) is not solved
   * symbolically; a claimed expression is compared exactly with the exact log power at each of
   * the region's sample points: tested if equal at all of them, refuted at the first that differs.
   */
  private ClaimVerdict againstSamples(StatedClaim c, IExpr stated, PhaseDiagram.Region region, String context) {
    for (int i = 0; i < region.samples().size(); i++) {
      final int j = i;
      BigFraction exact = region.logPowers().get(i);
      double[] point = domain.symbols().stream().mapToDouble(x -> region.samples().get(j).get(x)).toArray();
      BigFraction claimed;
      try {
        claimed = SymbolicLaws.valueAt(domain, point).apply(stated);
      } catch (RuntimeException notRational) {
        return ClaimVerdict.refuted(c.name(), c.value().text(), region.logPower(), "the claimed log power has no exact "
            + "rational value at " + region.samples().get(i) + "; " + context);
      }
      if (exact == null || !exact.equals(claimed)) {
        return ClaimVerdict.refuted(c.name(), c.value().text(), region.logPower(), "at " + region.samples().get(i)
            + " the log power is " + (exact == null ? "undetermined" : Exponents.text(exact)) + ", the claim gives "
            + Exponents.text(claimed) + "; " + context);
      }
    }
    return ClaimVerdict.tested(c.name(), c.value().text(), region.logPower(), "equal to the exact log power at all "
        + region.samples().size() + " sample points of the region (not derived symbolically)");
  }

  private ClaimVerdict symbolicVerdict(StatedClaim c, PhaseDiagram diagram) throws EvaluationRefused {
    ClaimVerdict v = regionVerdict(c, diagram);
    PhaseDiagram.Region only = diagram.regions().size() == 1 ? diagram.regions().get(0) : null;
    if (only == null || only.parts().isEmpty() && !only.condition().contains("not reduced")
        || v.verdict().status() != scalebound.verdict.Status.PROVED) {
      return v;
    }
    return ClaimVerdict.tested(v.claim(), v.stated(), v.derived(), v.detail() + "; but the one region found at the "
        + "sample points holds where " + only.condition() + ", which the constants' conditions do not imply: "
        + "another region may exist beyond the sampled constants");
  }

  /**
   * The claim against the single region of a phase diagram. Proved only if that region's
   * condition holds on the whole domain ({@link #symbolicVerdict}): regions are found at sample
   * points, and a region met nowhere among them ({@code b > 10^15}) would go unseen.
   */
  private ClaimVerdict regionVerdict(StatedClaim c, PhaseDiagram diagram) throws EvaluationRefused {
    String symbol = c.claim() == ClaimName.ISOLATED_ALLOCATIONS ? c.tunable() : c.subject();
    boolean allocation = c.claim() == ClaimName.ALLOCATION_EXPONENTS || c.claim() == ClaimName.ISOLATED_ALLOCATIONS;
    if (diagram.regions().size() != 1
        || allocation && diagram.regions().get(0).notUnique().contains(symbol)) {
      return atSamples(c, diagram, symbol);
    }
    PhaseDiagram.Region region = diagram.regions().get(0);
    String context = "active terms: " + String.join(", ", region.active());
    switch (c.claim()) {
      case COMPUTE_EXPONENT:
      case ISOLATED_EXPONENTS:
        return expression(c, region.exponent().symja(), context);
      case COMPUTE_LOG_POWER:
      case ISOLATED_LOG_POWERS: {
        IExpr stated = Sandbox.get().evaluate(c.value().symja());
        if (region.logPower().startsWith(SymbolicLaws.VARYING)) {
          return againstSamples(c, stated, region, context);
        }
        boolean holds = Exponents.isRational(stated) && Exponents.text(Exponents.fraction(stated)).equals(region.logPower());
        return holds ? ClaimVerdict.proved(c.name(), c.value().text(), region.logPower(), "exact")
            : ClaimVerdict.refuted(c.name(), c.value().text(), region.logPower(), context);
      }
      case ALLOCATION_EXPONENTS:
      case ISOLATED_ALLOCATIONS: {
        Expression s = region.allocation().get(symbol);
        if (s == null) {
          return ClaimVerdict.refuted(c.name(), c.value().text(), null, "the allocation of " + symbol
              + " is not determined by the active set (not unique)");
        }
        return expression(c, s.symja(), context);
      }
      default:
        throw new IllegalStateException("not a per-region claim: " + c.claim());
    }
  }

  /**
   * A claim against a diagram no single formula settles (several regions: -Min(1/2, b) for
   * n^(-1/2) + n^(-b); or an allocation whose optimum is an interval), compared exactly at every
   * sample point of every region with that region's value there (an exponent, log power, or
   * allocation exponent, or for an interval of optimal allocations, membership): tested if it
   * agrees everywhere, refuted at the first point where it does not.
   */
  private ClaimVerdict atSamples(StatedClaim c, PhaseDiagram diagram, String symbol) throws EvaluationRefused {
    IExpr stated = Sandbox.get().evaluate(c.value().symja());
    int compared = 0;
    for (PhaseDiagram.Region region : diagram.regions()) {
      for (int i = 0; i < region.samples().size(); i++) {
        Map<String, Double> sample = region.samples().get(i);
        Function<IExpr, BigFraction> value = SymbolicLaws.valueAt(domain,
            domain.symbols().stream().mapToDouble(sample::get).toArray());
        BigFraction claimed;
        try {
          claimed = value.apply(stated);
        } catch (RuntimeException notRational) {
          return ClaimVerdict.refuted(c.name(), c.value().text(), null, "the claim has no exact rational value at " + sample);
        }
        String where = "at " + sample + ", in the region where " + region.condition();
        Law.Range range = region.ranges().get(i).get(symbol);
        String derived;
        boolean holds;
        switch (c.claim()) {
          case COMPUTE_EXPONENT, ISOLATED_EXPONENTS -> {
            BigFraction e = value.apply(region.exponent().symja());
            derived = shown(e);
            holds = e.equals(claimed);
          }
          case COMPUTE_LOG_POWER, ISOLATED_LOG_POWERS -> {
            BigFraction l = region.logPowers().get(i);
            derived = l == null ? "undetermined" : shown(l);
            holds = claimed.equals(l);
          }
          default -> {
            if (range != null) {
              derived = "[" + (range.low() == null ? "-Infinity" : shown(range.low())) + ", "
                  + (range.high() == null ? "Infinity" : shown(range.high())) + "]";
              holds = (range.low() == null || range.low().compareTo(claimed) <= 0)
                  && (range.high() == null || claimed.compareTo(range.high()) <= 0);
            } else if (region.allocation().containsKey(symbol)) {
              BigFraction a = value.apply(region.allocation().get(symbol).symja());
              derived = shown(a);
              holds = a.equals(claimed);
            } else {
              derived = "not determined by the active set";
              holds = false;
            }
          }
        }
        if (!holds) {
          return ClaimVerdict.refuted(c.name(), c.value().text(), derived, where + " the derived value is " + derived
              + ", the claim gives " + shown(claimed));
        }
        compared++;
      }
      if (c.claim() == ClaimName.COMPUTE_EXPONENT || c.claim() == ClaimName.ISOLATED_EXPONENTS) {
        for (double[] point : onBoundary(region)) {
          Function<IExpr, BigFraction> value = SymbolicLaws.valueAt(domain, point);
          BigFraction claimed;
          try {
            claimed = value.apply(stated);
          } catch (RuntimeException notRational) {
            continue;
          }
          BigFraction e = value.apply(region.exponent().symja());
          if (!e.equals(claimed)) {
            return ClaimVerdict.refuted(c.name(), c.value().text(), shown(e), "on the boundary of the region where "
                + region.condition() + ", at " + domain.named(point) + ", the derived value is " + shown(e)
                + ", the claim gives " + shown(claimed));
          }
          compared++;
        }
      }
    }
    int regions = diagram.regions().size();
    return ClaimVerdict.tested(c.name(), c.value().text(), regions + (regions == 1 ? " region" : " regions"), "equal, exactly, to the "
        + "derived value at all " + compared + " sample points of the " + regions + (regions == 1 ? " region" : " regions") + " of the "
        + diagram.quantity() + " (not derived symbolically; a region met nowhere among them would go unseen)");
  }

  /**
   * Points on a region's boundary: for each part of its condition that bounds one constant by a
   * number (b>=1/2), a few of the region's samples with that constant set to the number, where
   * they stay in the domain. A claim wrong only in a band around the boundary
   * (-Min(1/2, b) - Max(0, 10^-7 - Abs(b - 1/2))) differs there, where no random sample falls.
   */
  private List<double[]> onBoundary(PhaseDiagram.Region region) {
    List<double[]> out = new ArrayList<>();
    for (Expression part : region.parts()) {
      IExpr relation = part.symja();
      if (relation.argSize() != 2 || !(relation.isAST(S.Less) || relation.isAST(S.LessEqual) || relation.isAST(S.Greater)
          || relation.isAST(S.GreaterEqual) || relation.isAST(S.Equal))) {
        continue;
      }
      IExpr symbol = relation.first().isSymbol() ? relation.first() : relation.second();
      IExpr bound = relation.first().isSymbol() ? relation.second() : relation.first();
      int i = symbol.isSymbol() ? domain.symbols().indexOf(SymbolNames.decode(symbol.toString())) : -1;
      if (i < 0 || !bound.isNumber()) {
        continue;
      }
      for (Map<String, Double> sample : region.samples().subList(0, Math.min(4, region.samples().size()))) {
        double[] x = domain.symbols().stream().mapToDouble(sample::get).toArray();
        x[i] = bound.evalDouble();
        if (domain.holds(x)) {
          out.add(x);
        }
      }
    }
    return out;
  }

  /** An exact value as p/q, or to twelve digits where the denominator is a sample's binary one. */
  private static String shown(BigFraction f) {
    return f.getDenominator().bitLength() > 20 ? String.format("%.12g", f.doubleValue()) : Exponents.text(f);
  }

  private ClaimVerdict verdict(StatedClaim c, Optional<Law> compute, Map<String, Law> isolated, Optional<Phase> phase,
      Map<String, String> notes) throws EvaluationRefused {
    String computeWhy = notes.getOrDefault("compute", notes.getOrDefault("bound", "not derived"));
    String computeActive = compute.map(l -> "active terms: " + String.join(", ", l.active())).orElse("");
    return switch (c.claim()) {
      case COMPUTE_EXPONENT -> number(c, compute.map(Law::exponent).orElse(null), computeWhy, computeActive);
      case COMPUTE_LOG_POWER -> number(c, compute.map(Law::logPower).orElse(null), computeWhy, computeActive);
      case ALLOCATION_EXPONENTS -> compute.isPresent() && compute.get().ranges().containsKey(c.subject())
          ? inRange(c, compute.get().ranges().get(c.subject()))
          : number(c, compute.map(l -> l.allocation().get(c.subject())).orElse(null), computeWhy, computeActive);
      case ISOLATED_EXPONENTS, ISOLATED_LOG_POWERS -> {
        Law law = isolated.get(c.subject());
        String why = notes.getOrDefault("isolated." + c.subject(), computeWhy);
        BigFraction derived = law == null ? null : c.claim() == ClaimName.ISOLATED_EXPONENTS ? law.exponent() : law.logPower();
        yield number(c, derived, why, law == null ? "" : "active terms: " + String.join(", ", law.active()));
      }
      case ISOLATED_ALLOCATIONS -> {
        Law law = isolated.get(c.symbol());
        if (law == null) {
          yield number(c, null, notes.getOrDefault("isolated." + c.symbol(), computeWhy), "");
        }
        if (law.ranges().containsKey(c.tunable())) {
          yield inRange(c, law.ranges().get(c.tunable()));
        }
        yield number(c, law.allocation().get(c.tunable()), "the optimal " + c.tunable() + " is not a power of "
            + c.symbol() + " alone: it follows the other resources as they grow",
            "active terms: " + String.join(", ", law.active()));
      }
      case OPTIMIZATION_RATE, THRESHOLD -> {
        String why = notes.getOrDefault("optimizationPhase", notes.getOrDefault("compute", "not derived"));
        if (phase.isEmpty() || (c.claim() == ClaimName.THRESHOLD && phase.get().threshold() == null)) {
          yield ClaimVerdict.refuted(c.name(), c.value().text(), null, "not derived: " + why);
        }
        Phase p = phase.get();
        yield expression(c, (c.claim() == ClaimName.THRESHOLD ? p.threshold() : p.rate()).symja(),
            "time resource " + p.time() + ", floor " + p.floor().text()
                + p.drift().map(d -> ", drift " + d.text()).orElse(""));
      }
    };
  }
}
