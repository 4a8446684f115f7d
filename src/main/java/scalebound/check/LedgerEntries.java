package scalebound.check;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.Derivation;
import scalebound.derive.Gap;
import scalebound.derive.Law;
import scalebound.derive.Phase;
import scalebound.derive.PhaseDiagram;
import scalebound.derive.StatementForm;
import scalebound.proof.ProofVerdict;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.theorem.StatedClaim;
import scalebound.theorem.Theorem;
import scalebound.verdict.Status;

/**
 * What the ledger records of a theorem: everything that decides a verdict, and nothing else.
 *
 * <ul>
 *   <li>{@code statement.*}: the statement in canonical form: kind, quantity, resources, tunables,
 *       cost, sense and failure probability, each constant's condition (and which ones only
 *       exist), the assumptions (sorted), the bound, and its normal form term by term with exact
 *       coefficients ({@code statement.term[2].coefficient}). Title and source note are not part
 *       of the statement: rewording them changes nothing here.
 *   <li>the derived laws (exponents, allocations, isolated laws, rates, the optimization phase,
 *       the threshold, phase-diagram regions) under the keys of {@code derive --json};
 *   <li>{@code claim.<name>}: each claim's verdict level, and {@code claim.<name>.stated} its stated
 *       value in canonical form (a false claim swapped for another at the same level is a
 *       difference);
 *   <li>{@code provenance}: the statement's layer (paper claim, reconstruction, standard result),
 *       the badge the report shows;
 *   <li>{@code proof.<id>}: each proof's level, and {@code proof.<id>.*} its canonical text (givens,
 *       symbols, assumptions, steps), so a new given or a changed step is a visible difference;
 *   <li>{@code tightness.*}: the gap to the upper bound a lower bound answers;
 *   <li>{@code scenario.<id>.*}: each scenario's check kind and every setting that decides its
 *       verdict (tolerances, slack, factor, level, tries, seeds, draws, bindings), and, once
 *       approved after a run with simulations, its verdict;
 *   <li>{@code policy.*}: whether tested and inconclusive results pass the gate.
 * </ul>
 */
public final class LedgerEntries {
  private LedgerEntries() {}

  /** Whether a key is compared in a run with ({@code numerics}) or without simulations. */
  public static boolean compared(String key, boolean numerics) {
    return numerics || !(key.startsWith("scenario.") && key.endsWith(".verdict"));
  }

  public static Map<String, String> of(Theorem t, Derivation d, List<ProofVerdict> proofs,
      Map<String, List<String>> proofTexts, Optional<Gap> gap, List<Scenario> scenarios,
      Map<String, Status> numericVerdicts, Policy policy) throws EvaluationRefused {
    Map<String, String> out = new TreeMap<>();
    statement(t, out);
    derivation(d, out);
    for (ClaimVerdict c : d.claims()) {
      out.put("claim." + c.claim(), c.verdict().status().label());
    }
    for (StatedClaim c : t.claims()) {
      out.put("claim." + c.name() + ".stated", canonical(c.value()));
    }
    t.source().layer().ifPresent(l -> out.put("provenance", l.key()));
    for (ProofVerdict p : proofs) {
      out.put("proof." + p.id(), p.verdict().status().label());
      for (String line : proofTexts.getOrDefault(p.id(), List.of())) {
        int eq = line.indexOf(" = ");
        out.put("proof." + p.id() + "." + line.substring(0, eq), line.substring(eq + 3));
      }
    }
    gap.ifPresent(g -> {
      out.put("tightness.against", g.upper() + " in " + g.in());
      out.put("tightness.kind", g.kind());
      out.put("tightness.upperRate", g.upperRate());
      out.put("tightness.lowerRate", g.lowerRate());
      out.put("tightness.gap", g.gap());
      out.put("tightness.tight", String.valueOf(g.tight()));
      if (g.asymptotic() != null) {
        out.put("tightness.asymptotic", g.asymptotic());
      }
    });
    for (Scenario s : scenarios) {
      scenario(s, out);
      Status v = numericVerdicts.get(s.id());
      if (v != null) {
        out.put("scenario." + s.id() + ".verdict", v.label());
      }
    }
    out.put("policy.tested", policy.testedPasses() ? "pass" : "fail");
    out.put("policy.inconclusive", policy.inconclusivePasses() ? "pass" : "fail");
    out.replaceAll((k, v) -> v.replace('\n', ' '));
    return out;
  }

  private static void statement(Theorem t, Map<String, String> out) throws EvaluationRefused {
    out.put("statement.kind", t.kind().key());
    out.put("statement.quantity", t.quantity());
    out.put("statement.resources", t.resources().toString());
    out.put("statement.tunables", t.tunables().toString());
    t.cost().ifPresent(c -> out.put("statement.cost", canonical(c)));
    out.put("statement.holds", t.holds().key());
    t.failureProbability().ifPresent(p -> out.put("statement.failureProbability", canonical(p)));
    t.constants().forEach((name, condition) -> out.put("statement.constant." + name,
        canonical(condition) + (t.isExistential(name) ? " (exists)" : "")));
    List<String> assumptions = new ArrayList<>();
    t.assumptions().forEach(a -> assumptions.add(canonical(a)));
    assumptions.sort(null);
    out.put("statement.assume", assumptions.toString());
    out.put("statement.bound", canonical(t.bound()));
    List<Map<String, String>> terms = StatementForm.terms(t);
    for (int i = 0; i < terms.size(); i++) {
      int k = i;
      terms.get(i).forEach((key, value) -> out.put("statement.term[" + k + "]." + key, value));
    }
  }

  private static String canonical(Expression e) {
    return Expression.inputForm(e.symja());
  }

  private static void derivation(Derivation d, Map<String, String> out) {
    d.compute().ifPresent(law -> {
      out.put("computeExponent", text(law.exponent()));
      if (law.logPower() != null) {
        out.put("computeLogPower", text(law.logPower()));
      }
      law.allocation().forEach((x, v) -> out.put("allocationExponents." + x, text(v)));
      law.ranges().forEach((x, r) -> out.put("allocationExponents." + x, r.toString()));
      out.put("activeTerms", String.join(" ; ", law.active()));
    });
    d.isolated().forEach((x, law) -> isolated(x, law, out));
    d.exponentialRates().forEach((x, r) -> out.put("exponentialRates." + x, r));
    d.phase().ifPresent(p -> phase(p, out));
    d.diagrams().forEach((q, diagram) -> {
      for (int i = 0; i < diagram.regions().size(); i++) {
        PhaseDiagram.Region r = diagram.regions().get(i);
        String key = "phaseDiagram." + q + "[" + i + "].";
        out.put(key + "condition", r.condition());
        out.put(key + "exponent", r.exponent().text());
        out.put(key + "logPower", r.logPower());
        r.allocation().forEach((x, e) -> out.put(key + "allocation." + x, e.text()));
        out.put(key + "activeTerms", String.join(" ; ", r.active()));
      }
    });
    if (!d.floor().isEmpty()) {
      out.put("floor", String.join(" ; ", d.floor()));
    }
  }

  private static void isolated(String x, Law law, Map<String, String> out) {
    out.put("isolatedExponents." + x, text(law.exponent()));
    if (law.logPower() != null) {
      out.put("isolatedLogPowers." + x, text(law.logPower()));
    }
    law.allocation().forEach((y, v) -> out.put("isolatedAllocations." + x + "." + y, text(v)));
    law.ranges().forEach((y, r) -> out.put("isolatedAllocations." + x + "." + y, r.toString()));
  }

  private static void phase(Phase p, Map<String, String> out) {
    out.put("optimizationPhase.time", p.time());
    out.put("optimizationPhase.rate", p.rate().text());
    out.put("optimizationPhase.computeExponentInExp", text(p.cExponent()));
    out.put("optimizationPhase.prefactor", p.prefactor().text());
    out.put("optimizationPhase.floor", p.floor().text());
    p.drift().ifPresent(d -> out.put("optimizationPhase.drift", d.text()));
    if (p.threshold() != null) {
      out.put("threshold", p.threshold().text());
    }
  }

  private static void scenario(Scenario s, Map<String, String> out) {
    String key = "scenario." + s.id() + ".";
    out.put(key + "check", s.check().label());
    out.put(key + "model", s.model().name());
    out.put(key + "tries", String.valueOf(s.tries()));
    out.put(key + "seed", String.valueOf(s.seed()));
    out.put(key + "shrinkLimit", String.valueOf(s.shrinkLimit()));
    s.draw().forEach((p, domain) -> out.put(key + "draw." + p, domain.describe()));
    s.bind().forEach((sym, expr) -> out.put(key + "bind." + sym, expr));
    if (s.check() instanceof Scenario.Exact e) {
      out.put(key + "tolerance", number(e.tolerance()));
      out.put(key + "absoluteTolerance", number(e.absoluteTolerance()));
    } else if (s.check() instanceof Scenario.Probabilistic p) {
      out.put(key + "failureProbability", p.failureProbability());
      out.put(key + "alpha", number(p.alpha()));
      p.strata().ifPresent(by -> out.put(key + "strata", by));
      out.put(key + "tolerance", number(p.tolerance()));
      out.put(key + "absoluteTolerance", number(p.absoluteTolerance()));
    } else if (s.check() instanceof Scenario.Rate r) {
      out.put(key + "rate.symbol", r.symbol());
      out.put(key + "rate.parameter", r.parameter());
      out.put(key + "rate.values", r.values().stream().map(LedgerEntries::number).toList().toString());
      out.put(key + "rate.toward", r.towardInfinity() ? "infinity" : "zero");
      out.put(key + "rate.seeds", String.valueOf(r.seeds()));
      out.put(key + "rate.slack", number(r.slack()));
      out.put(key + "rate.level", number(r.level()));
    } else if (s.check() instanceof Scenario.Phase p) {
      out.put(key + "phase.factor", number(p.factor()));
      out.put(key + "phase.minimumDrop", number(p.minimumDrop()));
      out.put(key + "phase.minimumFit", number(p.minimumFit()));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  static String text(BigFraction f) {
    return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }
}
