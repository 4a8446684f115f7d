package scalebound.proof;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import scalebound.symbolic.Expression;

/**
 * A proof: which theorem it proves (its statement, or one of its claims), which theorems it
 * uses, its symbols with their conditions, hypotheses taken as given (each with its
 * justification, shown in every report), and ordered steps.
 */
record ProofScript(
    Path file,
    String id,
    String title,
    String proves,
    String concludes,
    List<String> uses,
    List<String> symbols,
    List<Expression> domain,
    List<Given> givens,
    List<Step> steps) {

  record Given(String id, Fact fact, String why, int line) {}

  /**
   * One step. {@code kind} is identity, inequality, lemma, asymptotic, chain or solve; the other
   * fields are used by the kinds that need them.
   */
  record Step(
      String id,
      String kind,
      Fact fact,
      int line,
      String lemma,
      Map<String, Expression> with,
      List<String> from,
      List<Expression> weights,
      Map<String, double[]> box,
      String in,
      boolean theta,
      Expression equation,
      String solveFor,
      List<Expression> assume) {}
}
