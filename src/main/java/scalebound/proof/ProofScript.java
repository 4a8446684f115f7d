package scalebound.proof;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import scalebound.symbolic.Expression;
import scalebound.theorem.ClaimName;

/**
 * A proof, as its file states it: which theorem it proves (its statement, or one of its claims),
 * which theorems it cites, its symbols (each with an optional condition), further conditions,
 * hypotheses taken as given (each with its justification), an allocation (for a compute-law
 * claim), and ordered steps.
 */
record ProofScript(
    Path file,
    String id,
    String title,
    Reference proves,
    Conclusion conclusion,
    List<Reference> uses,
    List<Declared> symbols,
    List<Located> assumptions,
    List<Given> givens,
    Map<String, Located> allocation,
    List<Step> steps) {

  /** A theorem id named in the file, with its line. */
  record Reference(String id, int line) {}

  /** A declared symbol: its condition, or none ({@code real}: any real value). */
  record Declared(String name, Optional<Expression> condition, int line) {}

  /** An expression with the line it is written on. */
  record Located(Expression expression, int line) {}

  /** A hypothesis taken without proof, and why it may be. */
  record Given(String id, Fact fact, String why, int line) {}

  /** What the proof concludes: the theorem's statement (no claim), or one of its claims. */
  record Conclusion(Optional<ClaimName> claim, String subject, int line) {
    static Conclusion statement(int line) {
      return new Conclusion(Optional.empty(), null, line);
    }

    boolean isStatement() {
      return claim.isEmpty();
    }

    String describe() {
      return claim.map(c -> "claim " + c.key() + (subject == null ? "" : "." + subject)).orElse("statement");
    }
  }
}
