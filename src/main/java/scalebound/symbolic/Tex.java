package scalebound.symbolic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author symbol names inside Symja's TeX output: Greek names become Greek letters. */
final class Tex {
  private static final Set<String> GREEK =
      Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
          "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega",
          "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");
  private static final Pattern ENCODED = Pattern.compile("s\\$([a-z0-9]+)");
  private static final Pattern NAME = Pattern.compile("([A-Za-z]+?)([A-Z][a-z]*|[0-9]+)?");

  private Tex() {}

  static String names(String tex) {
    Matcher m = ENCODED.matcher(tex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(symbol(SymbolNames.decode(m.group()))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code lambda -> \lambda}, {@code lambdaMax -> \lambda_{Max}}, {@code R0 -> R_{0}}. */
  static String symbol(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return name;
    }
    String base = GREEK.contains(m.group(1)) ? "\\" + m.group(1) + " " : m.group(1);
    if (base.length() > 1 && !base.startsWith("\\")) {
      base = "\\mathrm{" + base + "}";
    }
    return m.group(2) == null ? base.strip() : "{" + base.strip() + "_{" + m.group(2) + "}}";
  }
}
