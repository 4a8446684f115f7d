package scalebound.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Map;
import scalebound.check.Counterexample;
import scalebound.check.Gate;
import scalebound.check.NumericVerdict;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.proof.ProofVerdict;
import scalebound.proof.StepVerdict;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;

/**
 * The self-contained HTML report of {@code verify}: per theorem, its statement as typeset
 * mathematics (MathML rendered ahead of time), provenance, the claims against the derived
 * values, the derived laws with their plots, the cross-checks, every proof step with its
 * evidence, the numeric checks against simulations with their plots and counterexamples, the
 * tightness report and the ledger. Plots are embedded PNGs; no scripts, fonts or styles are
 * fetched, so it reads offline.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String of(List<Gate.Result> results, Map<String, List<NumericVerdict>> numerics,
      Map<String, List<ReportPlots.Figure>> derivedFigures, Map<NumericVerdict, List<ReportPlots.Figure>> numericFigures) {
    StringBuilder h = new StringBuilder();
    long failing = results.stream().filter(r -> !Report.holds(r, numerics)).count();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>scalebound report</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;line-height:1.4;padding:0 1em}")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;")
        .append("text-align:left;vertical-align:top}td code{word-break:break-all}code,pre{background:#f4f4f4}pre{padding:.5em;overflow-x:auto;")
        .append("white-space:pre-wrap}.ok{color:#070}.fail{color:#b00;font-weight:bold}section{border-top:2px solid")
        .append(" #888;margin-top:2em}.badge{font-size:80%;padding:.1em .4em;border:1px solid #888;border-radius:3px}")
        .append(".counterexample{border:2px solid #b00;padding:.5em;margin:.5em 0;background:#fff4f4}")
        .append("figure{margin:.5em 0}img{max-width:100%;border:1px solid #ddd}math{font-size:120%}</style></head><body>\n");
    h.append("<h1>scalebound report</h1>\n<p>").append(results.size()).append(" theorems, ")
        .append(failing == 0 ? "<span class=\"ok\">all hold</span>" : "<span class=\"fail\">" + failing + " failing</span>")
        .append(".</p>\n<h2>Contents</h2><ul>");
    results.forEach(r -> h.append("<li><a href=\"#").append(escapeHtml4(r.theorem().id())).append("\">")
        .append(escapeHtml4(r.theorem().id())).append("</a> ").append(verdict(Report.holds(r, numerics))).append("</li>"));
    h.append("</ul>\n");
    for (Gate.Result r : results) {
      List<NumericVerdict> verdicts = numerics.getOrDefault(r.theorem().id(), List.of());
      theorem(h, r, verdicts, derivedFigures.getOrDefault(r.theorem().id(), List.of()), numericFigures);
    }
    return h.append("</body></html>\n").toString();
  }

  private static String verdict(boolean holds) {
    return holds ? "<span class=\"ok\">holds</span>" : "<span class=\"fail\">FAILS</span>";
  }

  static String statementMathML(Theorem t) {
    String relation = switch (t.kind()) {
      case UPPER_BOUND -> "≤";
      case LOWER_BOUND -> "≥";
      case ESTIMATE -> "≍";
    };
    try {
      String bound = t.bound().mathML();
      return bound.replaceFirst("<math display=\"block\">",
          "<math display=\"block\"><mi>" + escapeHtml4(t.quantity()) + "</mi><mo>" + relation + "</mo>");
    } catch (EvaluationRefused e) {
      return "<code>" + escapeHtml4(t.quantity() + " " + relation + " " + t.bound().text()) + "</code>";
    }
  }

  private static void figures(StringBuilder h, List<ReportPlots.Figure> figures) {
    for (ReportPlots.Figure f : figures) {
      h.append("<figure><img class=\"plot\" alt=\"").append(escapeHtml4(f.plot().title())).append("\" src=\"")
          .append(f.dataUri()).append("\"><figcaption>").append(escapeHtml4(f.plot().title()))
          .append("</figcaption></figure>\n");
    }
  }

  private static void theorem(StringBuilder h, Gate.Result r, List<NumericVerdict> numerics,
      List<ReportPlots.Figure> derived, Map<NumericVerdict, List<ReportPlots.Figure>> numericFigures) {
    Theorem t = r.theorem();
    h.append("<section id=\"").append(escapeHtml4(t.id())).append("\"><h2>").append(escapeHtml4(t.id())).append(" — ")
        .append(escapeHtml4(t.title())).append(" ").append(verdict(Report.holds(r, Map.of(t.id(), numerics))))
        .append("</h2>\n");
    h.append("<p><b>Statement</b> (").append(t.kind().key()).append(")</p>").append(statementMathML(t));
    if (!t.assumptions().isEmpty() || !t.constants().isEmpty()) {
      h.append("<p>where ");
      t.constants().values().forEach(c -> h.append("<code>").append(escapeHtml4(c.text())).append("</code>; "));
      t.assumptions().forEach(c -> h.append("<code>").append(escapeHtml4(c.text())).append("</code>; "));
      h.append("resources ").append(escapeHtml4(String.join(", ", t.resources())));
      t.cost().ifPresent(c -> h.append("; cost <code>C = ").append(escapeHtml4(c.text())).append("</code>"));
      h.append("</p>\n");
    }
    h.append("<p><b>Provenance</b> <span class=\"badge\">").append(Report.provenance(t)).append("</span>: ")
        .append(escapeHtml4(t.source().paper()))
        .append(t.source().version() == null ? "" : " " + escapeHtml4(t.source().version())).append(", ")
        .append(escapeHtml4(t.source().locator())).append("<br><small>").append(escapeHtml4(t.source().note()))
        .append("</small></p>\n");
    if (!r.derivation().claims().isEmpty()) {
      h.append("<h3>Claims against the derivation</h3><table><tr><th>claim</th><th>stated</th><th>derived</th>")
          .append("<th>verdict</th><th>how</th></tr>");
      for (ClaimVerdict c : r.derivation().claims()) {
        h.append("<tr><td>").append(escapeHtml4(c.claim())).append("</td><td><code>").append(escapeHtml4(c.stated()))
            .append("</code></td><td><code>").append(escapeHtml4(c.derived() == null ? "(not derived)" : c.derived()))
            .append("</code></td><td>").append(verdict(c.holds())).append("</td><td>").append(escapeHtml4(c.detail()))
            .append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("<h3>Derived</h3><table>");
    Map<String, Object> tree = DerivationJson.tree(r.derivation());
    tree.remove("claims");
    tree.remove("crossChecks");
    tree.remove("id");
    tree.forEach((k, v) -> h.append("<tr><th>").append(escapeHtml4(k)).append("</th><td><code>")
        .append(escapeHtml4(String.valueOf(v))).append("</code></td></tr>"));
    h.append("</table>\n");
    figures(h, derived);
    if (!r.derivation().crossChecks().isEmpty()) {
      h.append("<h3>Numeric cross-check of the derivation</h3><table><tr><th>quantity</th><th>derived</th>")
          .append("<th>measured</th><th>tolerance</th><th>verdict</th></tr>");
      for (CrossCheck c : r.derivation().crossChecks()) {
        h.append("<tr><td>").append(escapeHtml4(c.quantity())).append("</td><td>").append(String.format("%.4f", c.derived()))
            .append("</td><td>").append(String.format("%.4f", c.measured())).append("</td><td>").append(c.tolerance())
            .append("</td><td>").append(verdict(c.agrees())).append("</td></tr>");
      }
      h.append("</table>\n");
    }
    for (ProofVerdict p : r.proofs()) {
      h.append("<h3>Proof ").append(escapeHtml4(p.id())).append(" ").append(verdict(p.holds())).append("</h3><p>")
          .append(escapeHtml4(p.evidence())).append("; ").append(escapeHtml4(p.conclusion())).append("</p>");
      if (!p.givens().isEmpty()) {
        h.append("<p>Given:</p><ul>");
        p.givens().forEach(g -> h.append("<li>").append(escapeHtml4(g)).append("</li>"));
        h.append("</ul>");
      }
      h.append("<table><tr><th>step</th><th>kind</th><th>fact</th><th>verdict</th><th>evidence</th></tr>");
      for (StepVerdict s : p.steps()) {
        h.append("<tr><td>").append(escapeHtml4(s.step())).append("</td><td>").append(s.kind()).append("</td><td><code>")
            .append(escapeHtml4(s.fact())).append("</code></td><td>").append(verdict(s.holds())).append("</td><td>")
            .append(escapeHtml4(s.evidence() + ": " + s.detail()));
        if (s.counterexample() != null) {
          h.append("<div class=\"counterexample\"><b>counterexample</b>: <code>")
              .append(escapeHtml4(s.counterexample().toString())).append("</code></div>");
        }
        h.append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("<h3>Numeric checks against simulations</h3>");
    if (numerics.isEmpty()) {
      h.append("<p>No scenario under numerics/ tests this theorem.</p>");
    }
    for (NumericVerdict v : numerics) {
      h.append("<h4>").append(escapeHtml4(v.scenario().id())).append(" <span class=\"badge\">")
          .append(v.scenario().check().label()).append(", ").append(escapeHtml4(v.scenario().model().name()))
          .append("</span> ").append(verdict(v.holds())).append("</h4><p>").append(escapeHtml4(v.summary())).append("</p>");
      if (v.counterexample().isPresent()) {
        Counterexample c = v.counterexample().get();
        h.append("<div class=\"counterexample\"><b>Counterexample</b> (shrunk in ").append(c.shrinkSteps())
            .append(" steps): <code>").append(escapeHtml4(c.parameters().toString())).append("</code><br>")
            .append(escapeHtml4(c.finding()));
        if (!c.symbols().isEmpty()) {
          h.append("<br>theorem symbols: <code>").append(escapeHtml4(c.symbols().toString())).append("</code>");
        }
        h.append("<br>reproduce: <code>").append(escapeHtml4(c.reproduce())).append("</code></div>");
      }
      h.append("<details><summary>details</summary><pre>").append(escapeHtml4(String.join("\n", v.details())))
          .append("</pre></details>");
      figures(h, numericFigures.getOrDefault(v, List.of()));
    }
    r.gap().ifPresent(g -> h.append("<h3>Tightness</h3><p>Against ").append(escapeHtml4(g.upper())).append(" in ")
        .append(escapeHtml4(g.in())).append(": ").append(escapeHtml4(g.note())).append("</p>"));
    h.append("<h3>Ledger</h3><p>");
    if (r.approved().isEmpty()) {
      h.append("<span class=\"fail\">no approved entry</span>");
    } else if (r.ledgerDifferences().isEmpty()) {
      h.append("<span class=\"ok\">matches the approved entry</span>");
    } else {
      h.append("<span class=\"fail\">differs from the approved entry</span><ul>");
      r.ledgerDifferences().forEach(d -> h.append("<li><code>").append(escapeHtml4(d)).append("</code></li>"));
      h.append("</ul>");
    }
    h.append("</p></section>\n");
  }
}
