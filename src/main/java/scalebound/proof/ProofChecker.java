package scalebound.proof;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.math3.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.derive.Law;
import scalebound.math.PreciseFunction;
import scalebound.math.Relation;
import scalebound.symbolic.Conditions;
import scalebound.symbolic.EvaluationRefused;
import scalebound.symbolic.Expression;
import scalebound.symbolic.Sandbox;
import scalebound.theorem.ClaimName;
import scalebound.theorem.Kind;
import scalebound.theorem.Source;
import scalebound.theorem.StatedClaim;
import scalebound.theorem.Theorem;

/**
 * Checks a proof step by step, tracking which facts are established: givens, then each step
 * that holds, in order. A step may use only facts established before it. The proof holds iff
 * every step holds and its last fact is the theorem's statement (or the named claim).
 *
 * <p>Step kinds: identity ({@code ==}: Simplify of the difference, and 40-digit values at
 * sample points as a second opinion); inequality ({@link InequalityProver}); lemma (a named
 * theorem's statement under a substitution, its hypotheses checked as inequalities); asymptotic
 * (both sides' laws in the growing symbol from the derivation engine); chain (a non-negative
 * combination of established facts: rhs - lhs minus the weighted sum of the facts' slacks must
 * vanish identically, each weight non-negative on the domain; this covers transitivity, sums
 * and scaling); solve (the value solves the equation, with Symja's Solve as second opinion).
 */
public final class ProofChecker {
  private static final long DIGITS = PreciseFunction.DIGITS;
  private static final BigDecimal TOLERANCE = new BigDecimal("1e-25");
  private static final long SEED = 20251226L;

  private final ProofScript proof;
  private final Map<String, Theorem> theorems;
  private final Map<String, Fact> established = new LinkedHashMap<>();
  private final Set<String> failed = new LinkedHashSet<>();
  /** Steps that hold but whose facts a chain may not use, with the reason. */
  private final Map<String, String> unusable = new LinkedHashMap<>();
  private final List<double[]> samples;

  private ProofChecker(ProofScript proof, Map<String, Theorem> theorems) throws EvaluationRefused {
    this.proof = proof;
    this.theorems = theorems;
    this.samples = new InequalityProver(proof.symbols(), proof.domain(), SEED).points(24);
  }

  public static ProofVerdict check(ProofScript proof, Map<String, Theorem> theorems) throws EvaluationRefused {
    return new ProofChecker(proof, theorems).run();
  }

  private ProofVerdict run() throws EvaluationRefused {
    List<String> givens = new ArrayList<>();
    for (ProofScript.Given g : proof.givens()) {
      established.put(g.id(), g.fact());
      givens.add(g.id() + ": " + g.fact().text() + " — given: " + g.why());
    }
    List<StepVerdict> verdicts = new ArrayList<>();
    for (ProofScript.Step s : proof.steps()) {
      StepVerdict v = step(s);
      verdicts.add(v);
      if (v.holds() && s.kind().equals("solve")) {
        unusable.put(s.id(), "a solve step names a solution of an equation, not a relation between quantities");
      } else if (v.holds() && !s.assume().isEmpty()) {
        unusable.put(s.id(), "it holds only under its own extra assumptions " + s.assume());
      } else if (v.holds()) {
        established.put(s.id(), s.fact());
      } else {
        failed.add(s.id());
      }
    }
    String conclusion;
    boolean concluded;
    if (proof.steps().isEmpty()) {
      concluded = false;
      conclusion = "the proof has no steps";
    } else {
      ProofScript.Step last = proof.steps().get(proof.steps().size() - 1);
      String why = conclusion(last);
      concluded = why == null;
      conclusion = concluded ? "the last fact is the " + (proof.concludes().equals("statement") ? "statement of " : "claim " + proof.concludes() + " of ") + proof.proves() : why;
    }
    return new ProofVerdict(proof.id(), proof.file(), proof.proves(), proof.concludes(), verdicts, givens, concluded, conclusion);
  }

  private StepVerdict step(ProofScript.Step s) {
    try {
      return switch (s.kind()) {
        case "identity" -> identity(s);
        case "inequality" -> inequality(s);
        case "lemma" -> lemma(s);
        case "asymptotic" -> asymptotic(s);
        case "chain" -> chain(s);
        case "solve" -> solve(s);
        default -> invalid(s, "unknown step kind " + s.kind());
      };
    } catch (EvaluationRefused e) {
      return invalid(s, e.getMessage());
    }
  }

  private StepVerdict verdict(ProofScript.Step s, boolean holds, String evidence, String detail, Map<String, BigDecimal> point) {
    return new StepVerdict(s.id(), s.kind(), s.fact().text(), s.line(), holds, evidence, detail, point);
  }

  private StepVerdict invalid(ProofScript.Step s, String why) {
    return verdict(s, false, "invalid", why, null);
  }

  // ---- identity -------------------------------------------------------------------------

  /** Whether a == b: "exact" via Simplify, else "sampled"; a failing point if the values differ. */
  private record Equality(boolean holds, String evidence, String detail, Map<String, BigDecimal> point) {}

  private Equality equal(IExpr a, IExpr b) throws EvaluationRefused {
    IExpr difference = Sandbox.get().evaluate(F.Simplify(F.Subtract(a, b)));
    boolean zero = difference.isZero();
    PreciseFunction fa = PreciseFunction.compile(Sandbox.get().evaluate(a), proof.symbols());
    PreciseFunction fb = PreciseFunction.compile(Sandbox.get().evaluate(b), proof.symbols());
    int compared = 0;
    for (double[] at : samples) {
      BigDecimal x;
      BigDecimal y;
      try {
        x = fa.at(at);
        y = fb.at(at);
      } catch (ArithmeticException notReal) {
        continue;
      }
      compared++;
      BigDecimal scale = x.abs().max(y.abs()).max(BigDecimal.ONE.scaleByPowerOfTen(-30));
      if (x.subtract(y).abs().compareTo(scale.multiply(TOLERANCE)) > 0) {
        return new Equality(false, "refuted", "the two sides differ: " + x.round(new MathContext(12)) + " vs "
            + y.round(new MathContext(12)) + (zero ? " although Simplify gives 0" : ""), named(at));
      }
    }
    if (zero) {
      return new Equality(true, "exact", "Simplify gives 0; equal to " + DIGITS + " digits at " + compared + " sample points", null);
    }
    if (compared == 0) {
      return new Equality(false, "invalid", "Simplify is inconclusive and no sample point gives real values", null);
    }
    return new Equality(true, "sampled, not certified", "Simplify is inconclusive; equal to " + DIGITS + " digits at "
        + compared + " sample points", null);
  }

  private Map<String, BigDecimal> named(double[] x) {
    Map<String, BigDecimal> at = new LinkedHashMap<>();
    for (int i = 0; i < x.length; i++) {
      at.put(proof.symbols().get(i), new BigDecimal(x[i]));
    }
    return at;
  }

  private StepVerdict identity(ProofScript.Step s) throws EvaluationRefused {
    if (s.fact().relation() != Relation.EQ) {
      return invalid(s, "an identity step states lhs == rhs; use an inequality step for " + s.fact().relation().symbol());
    }
    Equality e = equal(s.fact().lhs().symja(), s.fact().rhs().symja());
    return verdict(s, e.holds(), e.evidence(), e.detail(), e.point());
  }

  // ---- inequality -----------------------------------------------------------------------

  private InequalityProver.Outcome decide(IExpr lhs, Relation r, IExpr rhs, ProofScript.Step s) throws EvaluationRefused {
    List<Expression> conditions = new ArrayList<>(proof.domain());
    conditions.addAll(s.assume());
    return new InequalityProver(proof.symbols(), conditions, SEED).prove(lhs, r, rhs, s.box());
  }

  private StepVerdict inequality(ProofScript.Step s) throws EvaluationRefused {
    if (s.fact().relation() == Relation.EQ) {
      return invalid(s, "an inequality step states lhs <= rhs (or <, >=, >); use an identity step for ==");
    }
    InequalityProver.Outcome o = decide(s.fact().lhs().symja(), s.fact().relation(), s.fact().rhs().symja(), s);
    boolean holds = o.evidence() != InequalityProver.Evidence.REFUTED;
    String evidence = switch (o.evidence()) {
      case CERTIFIED -> "certified";
      case SAMPLED -> "sampled, not certified";
      case REFUTED -> "refuted";
    };
    return verdict(s, holds, evidence, holds ? o.detail() : "lhs > rhs at a point of the domain (" + o.detail() + ")", o.point());
  }

  // ---- lemma instance -------------------------------------------------------------------

  private StepVerdict lemma(ProofScript.Step s) throws EvaluationRefused {
    Theorem t = theorems.get(s.lemma());
    if (t == null) {
      return invalid(s, "no theorem with id " + s.lemma() + " is loaded");
    }
    if (!proof.uses().contains(t.id())) {
      return invalid(s, "the proof does not list " + t.id() + " under uses");
    }
    List<String> lemmaSymbols = new ArrayList<>(t.resources());
    lemmaSymbols.addAll(t.tunables());
    lemmaSymbols.addAll(t.constants().keySet());
    lemmaSymbols.add(t.quantity());
    List<IExpr> rules = new ArrayList<>();
    for (String x : lemmaSymbols) {
      Expression value = s.with().get(x);
      if (value == null && !proof.symbols().contains(x)) {
        return invalid(s, "the symbol " + x + " of " + t.id() + " has no value here: give it under with: or declare it");
      }
      if (value != null) {
        rules.add(F.Rule(Sandbox.get().symbol(x), value.symja()));
      }
    }
    IExpr list = F.List(rules.toArray(new IExpr[0]));
    IExpr quantity = Sandbox.get().evaluate(F.ReplaceAll(Sandbox.get().symbol(t.quantity()), list));
    IExpr bound = Sandbox.get().evaluate(F.ReplaceAll(t.bound().symja(), list));
    Relation expected = t.kind() == Kind.UPPER_BOUND ? Relation.LE : t.kind() == Kind.LOWER_BOUND ? Relation.GE : null;
    if (expected != null && s.fact().relation() != expected) {
      return invalid(s, t.id() + " is a " + t.kind().key() + ", so its instance reads " + Expression.inputForm(quantity)
          + " " + expected.symbol() + " ...; the step states " + s.fact().relation().symbol());
    }
    Equality l = equal(s.fact().lhs().symja(), quantity);
    if (!l.holds()) {
      return verdict(s, false, "refuted", "the left side is not " + t.id() + "'s quantity under the substitution, "
          + Expression.inputForm(quantity) + ": " + l.detail(), l.point());
    }
    Equality r = equal(s.fact().rhs().symja(), bound);
    if (!r.holds()) {
      return verdict(s, false, "refuted", "the right side is not " + t.id() + "'s bound under the substitution, "
          + Expression.inputForm(bound) + ": " + r.detail(), r.point());
    }
    List<String> notes = new ArrayList<>();
    boolean sampled = !l.evidence().equals("exact") || !r.evidence().equals("exact");
    for (Expression h : t.domain()) {
      IExpr hyp = Sandbox.get().evaluate(F.ReplaceAll(h.symja(), list));
      for (IExpr[] relation : Conditions.links(hyp)) {
        Relation rel = Relation.of(relation[1]);
        if (rel == null) {
          continue;
        }
        String text = Expression.inputForm(relation[0]) + " " + rel.symbol() + " " + Expression.inputForm(relation[2]);
        if (rel == Relation.EQ) {
          Equality eq = equal(relation[0], relation[2]);
          if (!eq.holds()) {
            return verdict(s, false, "refuted", "hypothesis " + text + " of " + t.id() + " fails: " + eq.detail(), eq.point());
          }
          continue;
        }
        InequalityProver.Outcome o = decide(relation[0], rel, relation[2], s);
        if (o.evidence() == InequalityProver.Evidence.REFUTED) {
          return verdict(s, false, "refuted", "hypothesis " + text + " of " + t.id() + " fails on the proof's domain", o.point());
        }
        if (o.evidence() == InequalityProver.Evidence.SAMPLED) {
          sampled = true;
        }
        notes.add(text + " (" + (o.evidence() == InequalityProver.Evidence.CERTIFIED ? "certified" : "sampled") + ")");
      }
    }
    return verdict(s, true, sampled ? "sampled, not certified" : "exact", "instance of " + t.id() + "; hypotheses: "
        + (notes.isEmpty() ? "none beyond positivity" : String.join("; ", notes)), null);
  }

  // ---- asymptotic -----------------------------------------------------------------------

  private StepVerdict asymptotic(ProofScript.Step s) throws EvaluationRefused {
    Relation r = s.fact().relation();
    if (!(r == Relation.LE || r == Relation.EQ)) {
      return invalid(s, "an asymptotic step states f <= K*" + s.in() + "^e*Log(" + s.in() + ")^l (or == with theta: true)");
    }
    Optional<Law> f = law(s.fact().lhs(), s.in());
    Optional<Law> g = law(s.fact().rhs(), s.in());
    if (f.isEmpty() || g.isEmpty()) {
      return invalid(s, "the derivation engine finds no power law in " + s.in() + " for the "
          + (f.isEmpty() ? "left" : "right") + " side");
    }
    BigFraction ef = f.get().exponent();
    BigFraction eg = g.get().exponent();
    BigFraction lf = f.get().logPower();
    BigFraction lg = g.get().logPower();
    String laws = "left Θ(" + s.in() + "^" + text(ef) + "·Log^" + text(lf) + "), right Θ(" + s.in() + "^" + text(eg) + "·Log^"
        + text(lg) + ")";
    boolean holds = s.theta() || r == Relation.EQ ? ef.equals(eg)
        : ef.compareTo(eg) < 0 || (ef.equals(eg) && lf.compareTo(lg) <= 0);
    return verdict(s, holds, holds ? "exact" : "refuted", laws + " (derived by the engine)", null);
  }

  private static String text(BigFraction f) {
    return f == null ? "?" : f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }

  /** The law of {@code e} in the symbol {@code in}, the other symbols held as constants. */
  Optional<Law> law(Expression e, String in) throws EvaluationRefused {
    Map<String, Expression> constants = new LinkedHashMap<>();
    List<Expression> assumptions = new ArrayList<>();
    Set<String> used = e.symbols();
    for (Expression c : proof.domain()) {
      Set<String> cs = c.symbols();
      if (!used.containsAll(cs)) {
        continue;
      }
      if (cs.size() == 1 && !cs.contains(in) && !constants.containsKey(cs.iterator().next())) {
        constants.put(cs.iterator().next(), c);
      } else {
        assumptions.add(c);
      }
    }
    for (String x : used) {
      if (!x.equals(in) && !constants.containsKey(x)) {
        return Optional.empty();
      }
    }
    Theorem t = new Theorem(proof.file(), proof.id() + ".asymptotic", "asymptotic step", new Source("proof", null, "", ""),
        Kind.UPPER_BOUND, "Quantity", List.of(in), List.of(), constants, assumptions, e, Optional.empty(), List.of(),
        Optional.empty());
    Derivation d = Deriver.derive(t, false);
    return Optional.ofNullable(d.isolated().get(in));
  }

  // ---- chain ----------------------------------------------------------------------------

  private StepVerdict chain(ProofScript.Step s) throws EvaluationRefused {
    Relation r = s.fact().relation();
    IExpr claimLow = r.upward() || r == Relation.EQ ? s.fact().lhs().symja() : s.fact().rhs().symja();
    IExpr claimHigh = r.upward() || r == Relation.EQ ? s.fact().rhs().symja() : s.fact().lhs().symja();
    IExpr combination = F.C0;
    boolean strictSource = false;
    List<String> weightNotes = new ArrayList<>();
    boolean sampled = false;
    for (int i = 0; i < s.from().size(); i++) {
      String id = s.from().get(i);
      Fact f = established.get(id);
      if (f == null) {
        return invalid(s, "uses " + id + (failed.contains(id) ? ", which does not hold"
            : unusable.containsKey(id) ? ", which a chain cannot use: " + unusable.get(id)
            : ", which is not established before this step (steps are checked in order; givens come first)"));
      }
      if (r == Relation.EQ && f.relation() != Relation.EQ) {
        return invalid(s, "an equality cannot follow from the inequality " + id);
      }
      IExpr w = s.weights().isEmpty() ? F.C1 : s.weights().get(i).symja();
      if (f.relation() != Relation.EQ) {
        IExpr value = Sandbox.get().evaluate(w);
        if (value.isNumber()) {
          if (value.evalDouble() < 0) {
            return invalid(s, "the weight " + Expression.inputForm(w) + " of " + id + " is negative");
          }
        } else {
          InequalityProver.Outcome o = decide(w, Relation.GE, F.C0, s);
          if (o.evidence() == InequalityProver.Evidence.REFUTED) {
            return verdict(s, false, "refuted", "the weight " + Expression.inputForm(w) + " of " + id + " is negative here", o.point());
          }
          sampled |= o.evidence() == InequalityProver.Evidence.SAMPLED;
          weightNotes.add(Expression.inputForm(w) + " >= 0 " + (o.evidence() == InequalityProver.Evidence.CERTIFIED ? "certified" : "sampled"));
        }
        strictSource |= f.relation().strict() && value.isNumber() && value.evalDouble() > 0;
      }
      IExpr low = f.relation().upward() || f.relation() == Relation.EQ ? f.lhs().symja() : f.rhs().symja();
      IExpr high = f.relation().upward() || f.relation() == Relation.EQ ? f.rhs().symja() : f.lhs().symja();
      combination = F.Plus(combination, F.Times(w, F.Subtract(high, low)));
    }
    if (r.strict() && !strictSource) {
      return invalid(s, "a strict inequality needs a strict fact with a positive weight among " + s.from());
    }
    Equality e = equal(F.Subtract(claimHigh, claimLow), combination);
    if (!e.holds()) {
      return verdict(s, false, "refuted", "the fact is not the weighted sum of " + s.from() + ": (rhs - lhs) minus the "
          + "weighted slacks does not vanish; " + e.detail(), e.point());
    }
    sampled |= !e.evidence().equals("exact");
    return verdict(s, true, sampled ? "sampled, not certified" : "exact", "combination of " + s.from()
        + (s.weights().isEmpty() ? "" : " with weights " + s.weights()) + (weightNotes.isEmpty() ? "" : "; " + String.join("; ", weightNotes)),
        null);
  }

  // ---- solve ----------------------------------------------------------------------------

  private StepVerdict solve(ProofScript.Step s) throws EvaluationRefused {
    IExpr x = Sandbox.get().symbol(s.solveFor());
    if (s.fact().relation() != Relation.EQ || !s.fact().lhs().symja().equals(x)) {
      return invalid(s, "a solve step states " + s.solveFor() + " == value");
    }
    IExpr value = s.fact().rhs().symja();
    IExpr eq = s.equation().symja();
    if (!eq.isAST(S.Equal, 3)) {
      return invalid(s, "the equation must be lhs == rhs");
    }
    IExpr lhs = Sandbox.get().evaluate(F.ReplaceAll(eq.getAt(1), F.Rule(x, value)));
    IExpr rhs = Sandbox.get().evaluate(F.ReplaceAll(eq.getAt(2), F.Rule(x, value)));
    Equality e = equal(lhs, rhs);
    if (!e.holds()) {
      return verdict(s, false, "refuted", "the value does not solve the equation: " + e.detail(), e.point());
    }
    String second;
    IExpr solutions = Sandbox.get().evaluate(F.Solve(eq, x));
    boolean agrees = false;
    if (solutions.isList()) {
      for (IExpr sol : (Iterable<IExpr>) solutions) {
        IExpr rule = sol.isList() && sol.argSize() > 0 ? sol.getAt(1) : sol;
        if (!rule.isRuleAST()) {
          continue;
        }
        IExpr v = rule.second();
        if (v.isAST(S.ConditionalExpression)) {
          v = v.getAt(1).replaceAll(y -> y.isAST(S.C, 2) ? F.C0 : F.NIL).orElse(v.getAt(1));
        }
        if (equal(v, value).holds()) {
          agrees = true;
        }
      }
    }
    second = agrees ? "Symja's Solve gives the same solution (principal branch)" : "Symja's Solve did not produce this solution";
    return verdict(s, true, e.evidence(), "the value solves the equation (" + e.detail() + "); " + second, null);
  }

  // ---- conclusion -----------------------------------------------------------------------

  /** Null if the last step concludes what the proof claims, else why not. */
  private String conclusion(ProofScript.Step last) throws EvaluationRefused {
    Theorem t = theorems.get(proof.proves());
    if (t == null) {
      return "no theorem with id " + proof.proves() + " is loaded";
    }
    if (failed.contains(last.id())) {
      return "the last step " + last.id() + " does not hold";
    }
    Fact f = last.fact();
    if (proof.concludes().equals("statement")) {
      IExpr quantity = Sandbox.get().symbol(t.quantity());
      Relation expected = t.kind() == Kind.UPPER_BOUND ? Relation.LE : t.kind() == Kind.LOWER_BOUND ? Relation.GE : null;
      boolean orientationOk = expected == null || f.relation() == expected
          || (expected.upward() == f.relation().upward() && f.relation() != Relation.EQ);
      if (!f.lhs().symja().equals(quantity) || !orientationOk) {
        return "the last fact " + f.text() + " is not the statement " + t.quantity() + " "
            + (expected == null ? "~" : expected.symbol()) + " " + t.bound().text();
      }
      for (String x : t.bound().symbols()) {
        if (!proof.symbols().contains(x)) {
          return "the proof does not declare the theorem's symbol " + x;
        }
      }
      Equality e = equal(f.rhs().symja(), t.bound().symja());
      return e.holds() ? null : "the last fact's bound is not the theorem's bound " + t.bound().text() + ": " + e.detail();
    }
    Optional<StatedClaim> claim = t.claims().stream().filter(c -> c.name().equals(proof.concludes())).findFirst();
    if (claim.isEmpty()) {
      return t.id() + " states no claim " + proof.concludes();
    }
    IExpr stated = Sandbox.get().evaluate(claim.get().value().symja());
    if (claim.get().claim() == ClaimName.COMPUTE_EXPONENT || claim.get().claim() == ClaimName.COMPUTE_LOG_POWER) {
      if (!last.kind().equals("asymptotic")) {
        return "a proof of " + proof.concludes() + " ends with an asymptotic step";
      }
      Optional<Law> g = law(f.rhs(), last.in());
      if (g.isEmpty()) {
        return "no law in " + last.in() + " for " + f.rhs().text();
      }
      BigFraction value = claim.get().claim() == ClaimName.COMPUTE_EXPONENT ? g.get().exponent() : g.get().logPower();
      boolean same = stated.isInteger() || stated.isFraction() ? text(value).equals(Expression.inputForm(stated)) : false;
      return same ? null : "the last step's rate " + text(value) + " is not the claimed " + claim.get().value().text();
    }
    if (f.relation() != Relation.EQ) {
      return "a proof of " + proof.concludes() + " ends with a fact X == value";
    }
    Equality e = equal(f.rhs().symja(), claim.get().value().symja());
    return e.holds() ? null : "the last fact's value " + f.rhs().text() + " is not the claimed " + claim.get().value().text() + ": " + e.detail();
  }

}
