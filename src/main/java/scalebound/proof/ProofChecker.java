package scalebound.proof;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.derive.Derivation;
import scalebound.math.NotReal;
import scalebound.proof.ProofScript.Given;
import scalebound.symbolic.Budget;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * Checks a proof: first the rules of the whole proof ({@link ProofDomain}: the theorem's
 * hypotheses imply the proof's conditions, no given assumes the statement; no circular
 * citation), then each step in order against the facts established before it (givens first),
 * then whether the last fact is what the proof says it concludes ({@link ConclusionCheck}).
 *
 * <p>The proof's level is the weakest of all of these: <b>proved</b> when every step and rule is
 * exact or certified on the theorem's whole domain, <b>tested</b> when some were only sampled (the
 * steps say which, and how far the search looked), <b>refuted</b> when a step is false (with its
 * counterexample) or a rule is broken, <b>inconclusive</b> when something could not be decided.
 */
public final class ProofChecker {
  private ProofChecker() {}

  /**
   * @param derivation the derivation of the theorem proved (claim proofs compare with it)
   * @param circular why the proof is part of a circular chain of citations, or null
   */
  static ProofVerdict check(ProofScript proof, Map<String, Theorem> library, Optional<Derivation> derivation,
      String circular) throws EvaluationRefused {
    Theorem theorem = library.get(proof.proves().id());
    List<ProofVerdict.Requirement> requirements = new ArrayList<>();
    List<StepVerdict> steps = new ArrayList<>();
    List<String> givens = new ArrayList<>();
    for (Given g : proof.givens()) {
      givens.add(g.id() + ": " + g.fact().text() + " — given: " + g.why());
    }
    if (theorem == null) {
      return verdict(proof, Rules.invalid("no theorem with id " + proof.proves().id() + " is loaded").verdict(),
          requirements, steps, givens);
    }
    ProofDomain domain = new ProofDomain(proof, theorem);
    requirements.addAll(domain.requirements);
    requirements.add(new ProofVerdict.Requirement("no circular citation", citations(proof, circular).verdict()));
    ProofContext context = new ProofContext(proof, theorem, library, derivation, domain.symbols, domain.conditions);
    Map<String, Established> established = new LinkedHashMap<>();
    for (Given g : proof.givens()) {
      Established e = Established.pointwise(g.id(), g.fact(), Status.PROVED);
      context.establish(e);
      established.put(g.id(), e);
    }
    for (Step s : proof.steps()) {
      StepResult r;
      Budget.at(s.line());
      try {
        r = s.check(context);
      } catch (NotReal notReal) {
        r = StepResult.failed(new Decision(Status.ERROR, Evidence.NONE, "cannot be evaluated: " + notReal.getMessage(),
            null));
      } catch (EvaluationRefused refused) {
        r = StepResult.failed(new Decision(Status.ERROR, Evidence.NONE, refused.getMessage(), null));
      }
      steps.add(new StepVerdict(s.id(), s.kind(), s.fact().text(), s.line(), r.verdict()));
      if (r.established() != null) {
        context.establish(r.established());
        established.put(s.id(), r.established());
      } else {
        context.fail(s.id(), r.verdict().detail());
      }
    }
    Decision conclusion;
    try {
      conclusion = ConclusionCheck.check(context, steps, established);
    } catch (NotReal notReal) {
      conclusion = new Decision(Status.ERROR, Evidence.NONE, "cannot be evaluated: " + notReal.getMessage(), null);
    }
    requirements.add(new ProofVerdict.Requirement("concludes the " + proof.conclusion().describe() + " of "
        + theorem.id(), conclusion.verdict()));
    return verdict(proof, summary(requirements, steps), requirements, steps, givens);
  }

  private static Decision citations(ProofScript proof, String circular) {
    if (proof.uses().stream().anyMatch(u -> u.id().equals(proof.proves().id()))) {
      return Rules.invalid("the proof lists " + proof.proves().id() + ", the theorem it proves, under uses");
    }
    if (circular != null) {
      return Rules.invalid(circular);
    }
    return Decision.proved(Evidence.EXACT, "the theorems it cites do not rest on " + proof.proves().id());
  }

  private static Verdict summary(List<ProofVerdict.Requirement> requirements, List<StepVerdict> steps) {
    Status status = Status.PROVED;
    Verdict firstFailure = null;
    for (ProofVerdict.Requirement r : requirements) {
      status = Status.weakest(status, r.verdict().status());
      if (!r.verdict().passes() && firstFailure == null) {
        firstFailure = r.verdict();
      }
    }
    List<String> tested = new ArrayList<>();
    long proved = 0;
    for (StepVerdict s : steps) {
      status = Status.weakest(status, s.verdict().status());
      if (!s.passes() && firstFailure == null) {
        firstFailure = s.verdict();
      }
      if (s.verdict().status() == Status.TESTED) {
        tested.add(s.step());
      } else if (s.verdict().status() == Status.PROVED) {
        proved++;
      }
    }
    String detail = steps.size() + " steps: " + proved + " proved" + (tested.isEmpty() ? ""
        : ", " + tested.size() + " only tested (" + String.join(", ", tested) + ")");
    if (firstFailure != null) {
      detail += "; " + firstFailure.detail();
      return new Verdict(status, firstFailure.evidence(), detail, firstFailure.counterexample(), List.of());
    }
    return Verdict.of(status, status == Status.PROVED ? Evidence.EXACT : Evidence.SAMPLED, detail);
  }

  private static ProofVerdict verdict(ProofScript proof, Verdict v, List<ProofVerdict.Requirement> requirements,
      List<StepVerdict> steps, List<String> givens) {
    return new ProofVerdict(proof.id(), proof.file(), proof.proves().id(), proof.conclusion().describe(), v,
        requirements, steps, givens);
  }
}
