package scalebound.derive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything derived from one theorem's bound. A quantity that could not be derived is empty
 * and its reason is in {@code notes} under the quantity's name; nothing is filled with a guess.
 * {@code exponentialRates} holds, for a resource in which the bound decays faster than any
 * power (no isolated power law), the rate b of its single exponential term Exp(-b*x^e),
 * written {@code b} when e = 1 and {@code b*x^e} otherwise. {@code frontier} and
 * {@code phaseCurve} are the numeric series behind the report's plots.
 */
public record Derivation(
    String id,
    Optional<Law> compute,
    Map<String, Law> isolated,
    Optional<Phase> phase,
    Map<String, PhaseDiagram> diagrams,
    Map<String, String> exponentialRates,
    List<String> floor,
    Map<String, String> notes,
    List<ClaimVerdict> claims,
    List<CrossCheck> crossChecks,
    Optional<Frontier> frontier,
    Optional<PhaseCurve> phaseCurve) {

  /** Whether every stated claim holds and every numeric cross-check agrees. */
  public boolean holds() {
    return claims.stream().allMatch(ClaimVerdict::holds) && crossChecks.stream().allMatch(CrossCheck::agrees);
  }
}
