package scalebound.theorem;

import scalebound.symbolic.Expression;

/**
 * One value a paper states about its theorem: {@code claim} says which; {@code subject} names
 * the resource or tunable for per-symbol claims ({@code allocation-exponents.m}), the resource
 * and the tunable for {@code isolated-allocations.T.eta} (subject {@code T.eta}), and is null
 * otherwise.
 */
public record StatedClaim(ClaimName claim, String subject, Expression value, int line) {
  /** The claim's key in the file, with its subject: {@code allocation-exponents.m}. */
  public String name() {
    return subject == null ? claim.key() : claim.key() + "." + subject;
  }

  /** The resource or tunable the claim is about: m for allocation-exponents.m, T for isolated-allocations.T.eta. */
  public String symbol() {
    return subject == null || subject.indexOf('.') < 0 ? subject : subject.substring(0, subject.indexOf('.'));
  }

  /** The tunable of an {@code isolated-allocations} claim (eta for isolated-allocations.T.eta), else null. */
  public String tunable() {
    return subject == null || subject.indexOf('.') < 0 ? null : subject.substring(subject.indexOf('.') + 1);
  }
}
