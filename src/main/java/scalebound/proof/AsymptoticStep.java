package scalebound.proof;

import java.util.Optional;
import org.apache.commons.math3.fraction.BigFraction;
import scalebound.derive.Asymptotics;
import scalebound.derive.Law;
import scalebound.math.Relation;
import scalebound.symbolic.EvaluationRefused;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;

/**
 * {@code kind: asymptotic}: f <= K·C^e·(Log C)^l as {@code in} = C grows (or f == Θ(...) with
 * {@code theta: true}): the derivation engine gives both sides' laws in C, the other symbols held
 * as constants, and the left must decay at least as fast. The fact holds up to a constant factor
 * for large C only, so only asymptotic conclusions may use it.
 */
record AsymptoticStep(String id, Fact fact, int line, String in, boolean theta) implements Step {
  @Override
  public String kind() {
    return "asymptotic";
  }

  @Override
  public StepResult check(ProofContext context) throws EvaluationRefused {
    Relation r = fact.relation();
    if (!(r == Relation.LE || r == Relation.EQ)) {
      return StepResult.failed(Rules.invalid("an asymptotic step states f <= K*" + in + "^e*Log(" + in
          + ")^l (or == with theta: true)"));
    }
    Optional<Law> f = Asymptotics.law(fact.lhs(), in, context.conditions());
    Optional<Law> g = Asymptotics.law(fact.rhs(), in, context.conditions());
    if (f.isEmpty() || g.isEmpty()) {
      scalebound.symbolic.Expression side = f.isEmpty() ? fact.lhs() : fact.rhs();
      java.util.Set<String> symbolic = new java.util.TreeSet<>();
      exponentSymbols(side.symja(), symbolic);
      String which = f.isEmpty() ? "left" : "right";
      return StepResult.failed(new Decision(Status.INCONCLUSIVE, Evidence.NONE, symbolic.isEmpty()
          ? "the derivation engine finds no power law in " + in + " for the " + which + " side"
          : "the " + which + " side has exponents in the constants " + String.join(", ", symbolic) + ": asymptotic "
              + "steps take rational exponents only (state the rate in the theorem file, where derive gives its "
              + "phase diagram, or prove the step with fixed exponents); see proofs-check/README.md", null));
    }
    BigFraction ef = f.get().exponent();
    BigFraction eg = g.get().exponent();
    BigFraction lf = f.get().logPower();
    BigFraction lg = g.get().logPower();
    String laws = "left Θ(" + in + "^" + text(ef) + "·Log^" + text(lf) + "), right Θ(" + in + "^" + text(eg) + "·Log^"
        + text(lg) + ")";
    boolean holds = theta || r == Relation.EQ ? ef.equals(eg)
        : ef.compareTo(eg) < 0 || (ef.equals(eg) && lf != null && lg != null && lf.compareTo(lg) <= 0);
    Decision d = holds ? Decision.proved(Evidence.EXACT, laws + " (derived by the engine)")
        : Decision.refuted(Evidence.EXACT, laws + " (derived by the engine): the left decays more slowly", null);
    return StepResult.of(d, new Established(id, fact, Established.Mode.ASYMPTOTIC, java.util.List.of(), d.status(),
        null));
  }

  /** The symbols in the exponents of powers ({@code n^(-2*r*b/(2*r*b+1))}: r, b). */
  private static void exponentSymbols(org.matheclipse.core.interfaces.IExpr e, java.util.Set<String> out) {
    if (e.isPower() && !e.exponent().isNumber()) {
      out.addAll(scalebound.symbolic.Expression.of(e.exponent()).symbols());
    }
    if (e.isAST()) {
      for (int i = 1; i <= e.argSize(); i++) {
        exponentSymbols(e.getAt(i), out);
      }
    }
  }

  static String text(BigFraction f) {
    return f == null ? "?" : f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }

  @Override
  public String canonical() {
    return "asymptotic in " + in + (theta ? " (theta)" : "") + ": " + Canonical.fact(fact);
  }
}
