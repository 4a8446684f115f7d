package scalebound.symbolic;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author symbol names inside Symja's MathML: Greek names become Greek letters, suffixes subscripts. */
final class MathML {
  private static final Map<String, String> GREEK = Map.ofEntries(Map.entry("alpha", "α"), Map.entry("beta", "β"),
      Map.entry("gamma", "γ"), Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"),
      Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("kappa", "κ"), Map.entry("lambda", "λ"),
      Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"), Map.entry("rho", "ρ"),
      Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"),
      Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
      Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"),
      Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"));
  private static final Pattern ENCODED = Pattern.compile("<mi>(s\\$[a-z0-9]+)</mi>");

  private MathML() {}

  static String names(String mathml) {
    Matcher m = ENCODED.matcher(mathml);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(symbol(SymbolNames.decode(m.group(1)))));
    }
    m.appendTail(out);
    return "<math display=\"block\">" + out.toString().replace("<math>", "").replace("</math>", "") + "</math>";
  }

  /** {@code lambda -> <mi>λ</mi>}, {@code lambdaMax -> <msub><mi>λ</mi><mi>Max</mi></msub>}. */
  static String symbol(String name) {
    AuthorName n = AuthorName.of(name);
    String base = "<mi>" + GREEK.getOrDefault(n.base(), n.base()) + "</mi>";
    return n.subscript() == null ? base : "<msub>" + base + "<mi>" + n.subscript() + "</mi></msub>";
  }
}
