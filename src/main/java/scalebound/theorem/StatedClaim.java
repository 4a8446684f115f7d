package scalebound.theorem;

import scalebound.symbolic.Expression;

/**
 * One value a paper states about its theorem: {@code claim} says which; {@code subject} names
 * the resource or tunable for per-symbol claims ({@code allocation-exponents.m}) and is null
 * otherwise.
 */
public record StatedClaim(ClaimName claim, String subject, Expression value, int line) {
  /** The claim's key in the file, with its subject: {@code allocation-exponents.m}. */
  public String name() {
    return subject == null ? claim.key() : claim.key() + "." + subject;
  }
}
