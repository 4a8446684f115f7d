package scalebound.proof;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import scalebound.verdict.Counterexample;
import scalebound.verdict.Evidence;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * How one mathematical question of a proof (an identity, an inequality on the domain, an
 * implication between conditions) was decided, with the point where it fails, if one was found.
 */
record Decision(Status status, Evidence evidence, String detail, Map<String, BigDecimal> point) {
  static Decision proved(Evidence evidence, String detail) {
    return new Decision(Status.PROVED, evidence, detail, null);
  }

  static Decision tested(String detail) {
    return new Decision(Status.TESTED, Evidence.SAMPLED, detail, null);
  }

  static Decision refuted(Evidence evidence, String detail, Map<String, BigDecimal> point) {
    return new Decision(Status.REFUTED, evidence, detail, point);
  }

  boolean passes() {
    return status.passes();
  }

  /** This decision with its detail prefixed by what was decided. */
  Decision about(String what) {
    return new Decision(status, evidence, what + ": " + detail, point);
  }

  Verdict verdict() {
    return new Verdict(status, evidence, detail, Optional.ofNullable(point).map(p -> Counterexample.at(round(p), detail)),
        java.util.List.of());
  }

  static Map<String, String> round(Map<String, BigDecimal> point) {
    Map<String, String> out = new LinkedHashMap<>();
    point.forEach((k, v) -> out.put(k, v.round(new MathContext(10)).toString()));
    return out;
  }
}
