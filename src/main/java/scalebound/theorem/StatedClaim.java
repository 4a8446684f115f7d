package scalebound.theorem;

import scalebound.symbolic.Expression;

/**
 * One value a paper states about its theorem: {@code quantity} is a claims key such as
 * {@code compute-exponent}; {@code subject} names the resource or tunable for per-symbol claims
 * ({@code allocation-exponents.m}) and is null otherwise.
 */
public record StatedClaim(String quantity, String subject, Expression value, int line) {
  public String name() {
    return subject == null ? quantity : quantity + "." + subject;
  }
}
