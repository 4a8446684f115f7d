package scalebound.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Map;
import scalebound.derive.Derivation;

/**
 * The derived laws of one theorem as an HTML table: one row per quantity of {@code derive --json},
 * maps as one line per key, lists as one line per item, phase diagrams as one nested table per
 * law (region condition, exponent, log power, allocation, active terms).
 */
final class DerivedHtml {
  private DerivedHtml() {}

  static String of(Derivation d) {
    StringBuilder h = new StringBuilder("<table>");
    Map<String, Object> tree = DerivationJson.tree(d);
    tree.remove("claims");
    tree.remove("crossChecks");
    tree.remove("id");
    tree.forEach((k, v) -> h.append("<tr><th>").append(escapeHtml4(k)).append("</th><td>").append(value(v))
        .append("</td></tr>"));
    return h.append("</table>\n").toString();
  }

  @SuppressWarnings("unchecked")
  private static String value(Object v) {
    if (v instanceof Map<?, ?> m) {
      StringBuilder s = new StringBuilder();
      ((Map<Object, Object>) m).forEach((k, x) -> s.append(s.length() == 0 ? "" : "<br>").append("<code>")
          .append(escapeHtml4(String.valueOf(k))).append("</code>: ").append(value(x)));
      return s.toString();
    }
    if (v instanceof List<?> list) {
      StringBuilder s = new StringBuilder();
      for (Object x : list) {
        s.append(s.length() == 0 ? "" : "<br>").append(value(x));
      }
      return s.toString();
    }
    return "<code>" + escapeHtml4(String.valueOf(v)) + "</code>";
  }
}
