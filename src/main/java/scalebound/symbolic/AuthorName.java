package scalebound.symbolic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an author's symbol name is typeset, shared by the TeX and MathML forms: a base and an
 * optional subscript ({@code lambdaMax -> lambda, Max}; {@code R0 -> R, 0}), and whether the
 * base is a Greek letter's name.
 */
record AuthorName(String base, String subscript) {
  static final Set<String> GREEK =
      Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
          "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");
  private static final Pattern NAME = Pattern.compile("([A-Za-z]+?)([A-Z][a-z]*|[0-9]+)?");

  static AuthorName of(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() ? new AuthorName(m.group(1), m.group(2)) : new AuthorName(name, null);
  }

  boolean greek() {
    return GREEK.contains(base);
  }
}
