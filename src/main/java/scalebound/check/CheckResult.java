package scalebound.check;

import java.util.List;
import java.util.Optional;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Gap;
import scalebound.proof.ProofVerdict;
import scalebound.verdict.Verdict;

/**
 * The result of one node of a theorem's check tree. Every kind carries its own typed payload for
 * the renderers, and one {@link Verdict}.
 */
public sealed interface CheckResult {
  /** What was checked, for a line of output: "claim compute-exponent", "proof yang2025.p1-excess-risk". */
  String name();

  Verdict verdict();

  /** A stated claim against the derived value. */
  record Claim(ClaimVerdict claim) implements CheckResult {
    @Override
    public String name() {
      return "claim " + claim.claim();
    }

    @Override
    public Verdict verdict() {
      return claim.verdict();
    }
  }

  /** A derived exponent against its numerical measurement (an independent route). */
  record Measurement(CrossCheck check) implements CheckResult {
    @Override
    public String name() {
      return "cross-check " + check.quantity();
    }

    @Override
    public Verdict verdict() {
      return check.verdict();
    }
  }

  /** A proof of the theorem (or of one of its claims). */
  record Proof(ProofVerdict proof) implements CheckResult {
    @Override
    public String name() {
      return "proof " + proof.id();
    }

    @Override
    public Verdict verdict() {
      return proof.verdict();
    }
  }

  /** A lower bound against the upper bound it answers: the gap is reported, an error fails. */
  record Tightness(Optional<Gap> gap, Verdict verdict) implements CheckResult {
    @Override
    public String name() {
      return "tightness";
    }
  }

  /** The theorem's ledger entry against what was approved: every difference, or a missing entry. */
  record Ledger(boolean approved, List<String> differences, Verdict verdict) implements CheckResult {
    @Override
    public String name() {
      return "ledger";
    }
  }

  /** A numerics scenario run against the theorem. */
  record Scenario(NumericVerdict numeric) implements CheckResult {
    @Override
    public String name() {
      return "numerics " + numeric.scenario().id();
    }

    @Override
    public Verdict verdict() {
      return numeric.verdict();
    }
  }
}
