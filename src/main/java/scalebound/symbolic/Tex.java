package scalebound.symbolic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Author symbol names inside Symja's TeX output: Greek names become Greek letters. */
final class Tex {
  private static final Pattern ENCODED = Pattern.compile("s\\$([a-z0-9]+)");

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
    AuthorName n = AuthorName.of(name);
    String base = n.greek() ? "\\" + n.base() : n.base().length() > 1 ? "\\mathrm{" + n.base() + "}" : n.base();
    return n.subscript() == null ? base : "{" + base + "_{" + n.subscript() + "}}";
  }
}
