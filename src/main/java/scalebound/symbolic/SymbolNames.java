package scalebound.symbolic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bijection between the symbol names authors write and the names Symja sees.
 *
 * <p>Paper notation uses names that are Symja built-ins ({@code N}, {@code D}, {@code C},
 * {@code E}, {@code I}, {@code Gamma}) and names that differ only in case ({@code n} and
 * {@code N}), while Symja's relaxed parser folds identifiers to lower case. Every declared
 * symbol is therefore renamed to {@code s$} followed by its name with each upper-case letter
 * {@code X} written {@code qx} and each {@code q} written {@code q0}: {@code N -> s$qn},
 * {@code n -> s$n}, {@code lambdaMax -> s$lambdaqmax}. The encoding is all lower case, cannot
 * collide with a built-in (none contains {@code $}), and decodes uniquely.
 */
public final class SymbolNames {
  private static final Pattern ENCODED = Pattern.compile("s\\$([a-z0-9]+)");

  private SymbolNames() {}

  public static String encode(String name) {
    StringBuilder out = new StringBuilder("s$");
    for (char c : name.toCharArray()) {
      if (Character.isUpperCase(c)) {
        out.append('q').append(Character.toLowerCase(c));
      } else if (c == 'q') {
        out.append("q0");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The author's name of an encoded symbol, or null if {@code encoded} is not one. */
  public static String decode(String encoded) {
    if (!encoded.startsWith("s$")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    String body = encoded.substring(2);
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == 'q' && i + 1 < body.length()) {
        char next = body.charAt(++i);
        out.append(next == '0' ? 'q' : Character.toUpperCase(next));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Replaces every encoded symbol in Symja output text by the author's name. */
  public static String decodeAll(String text) {
    Matcher m = ENCODED.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }
}
