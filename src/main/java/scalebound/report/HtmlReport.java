package scalebound.report;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import java.util.List;
import java.util.Map;
import scalebound.check.CheckResult;
import scalebound.check.LibraryResult;
import scalebound.check.NumericVerdict;
import scalebound.check.TheoremResult;
import scalebound.proof.ProofVerdict;
import scalebound.proof.StepVerdict;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;
import scalebound.verdict.Counterexample;
import scalebound.verdict.Status;
import scalebound.verdict.Verdict;

/**
 * The self-contained HTML report of {@code verify}: first the verdict matrix (every theorem's
 * level, provenance, claims, proofs, numeric checks, ledger and weak points), then per theorem its
 * statement as typeset mathematics (MathML rendered ahead of time), provenance, the claims against
 * the derived values, the derived laws with their plots, the cross-checks, every proof with its
 * rules and steps and their levels, the numeric checks against simulations with their plots and
 * counterexamples, the tightness report and the ledger. Plots are embedded PNGs; no scripts,
 * fonts or styles are fetched, so it reads offline.
 */
final class HtmlReport {
  private HtmlReport() {}

  static String of(LibraryResult result, Map<String, List<ReportPlots.Figure>> derivedFigures,
      Map<CheckResult, List<ReportPlots.Figure>> numericFigures) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>scalebound report</title>\n")
        .append("<style>body{font-family:sans-serif;max-width:72em;margin:2em auto;line-height:1.4;padding:0 1em}")
        .append("table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;")
        .append("text-align:left;vertical-align:top}td code{word-break:break-all}code,pre{background:#f4f4f4}pre{padding:.5em;overflow-x:auto;")
        .append("white-space:pre-wrap}.proved,.holds{color:#070}.tested{color:#850}.fail{color:#b00;font-weight:bold}")
        .append("section{border-top:2px solid #888;margin-top:2em}.badge{font-size:80%;padding:.1em .4em;border:1px solid")
        .append(" #888;border-radius:3px}.counterexample{border:2px solid #b00;padding:.5em;margin:.5em 0;background:#fff4f4}")
        .append("figure{margin:.5em 0}img{max-width:100%;border:1px solid #ddd}math{font-size:120%}</style></head><body>\n");
    h.append("<h1>scalebound report</h1>\n<p>").append(result.theorems().size()).append(" theorems, ")
        .append(result.failing() == 0 ? "<span class=\"proved\">none failing</span>"
            : "<span class=\"fail\">" + result.failing() + " failing</span>")
        .append(".</p>\n");
    matrix(h, result);
    for (TheoremResult r : result.theorems()) {
      theorem(h, r, derivedFigures.getOrDefault(r.theorem().id(), List.of()), numericFigures);
    }
    return h.append("</body></html>\n").toString();
  }

  private static void matrix(StringBuilder h, LibraryResult result) {
    h.append("<h2 id=\"summary\">Summary</h2><table class=\"summary\"><tr><th>theorem</th><th>verdict</th><th>level</th>")
        .append("<th>provenance</th><th>claims</th><th>proofs</th><th>numeric checks</th><th>ledger</th>")
        .append("<th>weak points</th></tr>\n");
    for (TheoremResult r : result.theorems()) {
      Summary.Row row = Summary.of(r);
      h.append("<tr><td><a href=\"#").append(escapeHtml4(row.id())).append("\">").append(escapeHtml4(row.id()))
          .append("</a></td><td>").append(r.passes() ? "<span class=\"proved\">passes</span>" : "<span class=\"fail\">FAILS</span>")
          .append("</td><td>").append(escapeHtml4(row.level())).append("</td><td><span class=\"badge\">")
          .append(escapeHtml4(row.provenance())).append("</span></td><td>").append(escapeHtml4(row.claims()))
          .append("</td><td>").append(escapeHtml4(row.proofs())).append("</td><td>").append(escapeHtml4(row.numerics()))
          .append("</td><td>").append(escapeHtml4(row.ledger())).append("</td><td>");
      if (row.weakPoints().isEmpty()) {
        h.append("none");
      } else {
        h.append("<ul>");
        row.weakPoints().forEach(w -> h.append("<li>").append(escapeHtml4(w)).append("</li>"));
        h.append("</ul>");
      }
      h.append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static String status(Verdict v) {
    Status s = v.status();
    String css = s.passes() ? (s == Status.TESTED ? "tested" : "proved") : "fail";
    return "<span class=\"" + css + "\">" + s.label() + "</span>";
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
          .append(f.dataUri()).append("\"><figcaption>").append(escapeHtml4(f.plot().caption()))
          .append("</figcaption></figure>\n");
    }
  }

  private static void theorem(StringBuilder h, TheoremResult r, List<ReportPlots.Figure> derived,
      Map<CheckResult, List<ReportPlots.Figure>> numericFigures) {
    Theorem t = r.theorem();
    h.append("<section id=\"").append(escapeHtml4(t.id())).append("\"><h2>").append(escapeHtml4(t.id())).append(" — ")
        .append(escapeHtml4(t.title())).append(" ").append(r.passes() ? "<span class=\"proved\">passes</span>"
            : "<span class=\"fail\">FAILS</span>").append(" <span class=\"badge\">").append(escapeHtml4(r.level().label()))
        .append("</span></h2>\n");
    h.append("<p><b>Statement</b> (").append(t.kind().key()).append(", holds ").append(t.holds().key())
        .append(t.failureProbability().map(p -> " with failure probability " + escapeHtml4(p.text())).orElse(""))
        .append(")</p>").append(statementMathML(t));
    h.append("<p>where ");
    t.constants().forEach((name, c) -> h.append("<code>").append(escapeHtml4(c.text())).append("</code>")
        .append(t.isExistential(name) ? " (some such constant exists)" : "").append("; "));
    t.assumptions().forEach(c -> h.append("<code>").append(escapeHtml4(c.text())).append("</code>; "));
    h.append("resources ").append(escapeHtml4(String.join(", ", t.resources()))).append(" (each at least 1)");
    t.cost().ifPresent(c -> h.append("; cost <code>C = ").append(escapeHtml4(c.text())).append("</code>"));
    h.append("</p>\n");
    h.append("<p><b>Provenance</b> <span class=\"badge\">").append(escapeHtml4(Summary.provenance(t))).append("</span>: ")
        .append(escapeHtml4(t.source().paper()))
        .append(t.source().version() == null ? "" : " " + escapeHtml4(t.source().version())).append(", ")
        .append(escapeHtml4(t.source().locator())).append("<br><small>").append(escapeHtml4(t.source().note()))
        .append("</small></p>\n");
    List<CheckResult.Claim> claims = r.of(CheckResult.Claim.class);
    if (!claims.isEmpty()) {
      h.append("<h3>Claims against the derivation</h3><table><tr><th>claim</th><th>stated</th><th>derived</th>")
          .append("<th>verdict</th><th>how</th></tr>");
      for (CheckResult.Claim c : claims) {
        h.append("<tr><td>").append(escapeHtml4(c.claim().claim())).append("</td><td><code>")
            .append(escapeHtml4(c.claim().stated())).append("</code></td><td><code>")
            .append(escapeHtml4(c.claim().derived() == null ? "(not derived)" : c.claim().derived()))
            .append("</code></td><td>").append(status(c.verdict())).append("</td><td>")
            .append(escapeHtml4(c.verdict().detail())).append("</td></tr>");
      }
      h.append("</table>\n");
    }
    h.append("<h3>Derived</h3>").append(DerivedHtml.of(r.derivation()));
    figures(h, derived);
    List<CheckResult.Measurement> measurements = r.of(CheckResult.Measurement.class);
    if (!measurements.isEmpty()) {
      h.append("<h3>Numeric cross-check of the derivation</h3><table><tr><th>quantity</th><th>derived</th>")
          .append("<th>measured</th><th>tolerance</th><th>verdict</th></tr>");
      for (CheckResult.Measurement c : measurements) {
        h.append("<tr><td>").append(escapeHtml4(c.check().quantity())).append("</td><td>")
            .append(String.format("%.4f", c.check().derived())).append("</td><td>")
            .append(String.format("%.4f", c.check().measured())).append("</td><td>").append(c.check().tolerance())
            .append("</td><td>").append(status(c.verdict())).append("</td></tr>");
      }
      h.append("</table>\n");
    }
    for (CheckResult.Proof p : r.of(CheckResult.Proof.class)) {
      proof(h, p.proof());
    }
    h.append("<h3>Numeric checks against simulations</h3>");
    List<CheckResult.Scenario> scenarios = r.of(CheckResult.Scenario.class);
    if (scenarios.isEmpty()) {
      h.append("<p>No scenario under numerics/ tests this theorem.</p>");
    }
    for (CheckResult.Scenario s : scenarios) {
      scenario(h, s, numericFigures.getOrDefault(s, List.of()));
    }
    for (CheckResult.Tightness g : r.of(CheckResult.Tightness.class)) {
      h.append("<h3>Tightness</h3><p>").append(status(g.verdict())).append(" ").append(escapeHtml4(g.verdict().detail()))
          .append("</p>");
    }
    CheckResult.Ledger ledger = r.of(CheckResult.Ledger.class).get(0);
    h.append("<h3>Ledger</h3><p>").append(status(ledger.verdict())).append(" ").append(escapeHtml4(ledger.verdict().detail()));
    if (!ledger.differences().isEmpty()) {
      h.append("<ul>");
      ledger.differences().forEach(d -> h.append("<li><code>").append(escapeHtml4(d)).append("</code></li>"));
      h.append("</ul>");
    }
    h.append("</p></section>\n");
  }

  private static void proof(StringBuilder h, ProofVerdict p) {
    h.append("<h3>Proof ").append(escapeHtml4(p.id())).append(" (").append(escapeHtml4(p.concludes())).append(") ")
        .append(status(p.verdict())).append("</h3><p>").append(escapeHtml4(p.verdict().detail())).append("</p>");
    h.append("<table><tr><th>rule</th><th>verdict</th><th>detail</th></tr>");
    for (ProofVerdict.Requirement q : p.requirements()) {
      h.append("<tr><td>").append(escapeHtml4(q.name())).append("</td><td>").append(status(q.verdict()))
          .append("</td><td>").append(escapeHtml4(q.verdict().detail()));
      counterexample(h, q.verdict());
      h.append("</td></tr>");
    }
    h.append("</table>");
    if (!p.givens().isEmpty()) {
      h.append("<p>Given (taken without proof, with the stated reason):</p><ul>");
      p.givens().forEach(g -> h.append("<li>").append(escapeHtml4(g)).append("</li>"));
      h.append("</ul>");
    }
    h.append("<table><tr><th>step</th><th>kind</th><th>fact</th><th>verdict</th><th>how</th></tr>");
    for (StepVerdict s : p.steps()) {
      h.append("<tr><td>").append(escapeHtml4(s.step())).append("</td><td>").append(s.kind()).append("</td><td><code>")
          .append(escapeHtml4(s.fact())).append("</code></td><td>").append(status(s.verdict())).append("</td><td>")
          .append(escapeHtml4(s.verdict().evidence().label() + ": " + s.verdict().detail()));
      counterexample(h, s.verdict());
      h.append("</td></tr>");
    }
    h.append("</table>\n");
  }

  private static void counterexample(StringBuilder h, Verdict v) {
    v.counterexample().ifPresent(c -> h.append("<div class=\"counterexample\"><b>counterexample</b>: <code>")
        .append(escapeHtml4(NumericText.pairs(c.symbols()))).append("</code></div>"));
  }

  private static void scenario(StringBuilder h, CheckResult.Scenario s, List<ReportPlots.Figure> figures) {
    NumericVerdict v = s.numeric();
    h.append("<h4>").append(escapeHtml4(v.scenario().id())).append(" <span class=\"badge\">")
        .append(v.scenario().check().label()).append(", ").append(escapeHtml4(v.scenario().model().name()))
        .append("</span> ").append(status(s.verdict())).append("</h4><p>").append(escapeHtml4(v.summary())).append("</p>");
    h.append("<p><small>file <code>").append(escapeHtml4(NumericText.relative(v.scenario().file()).toString())).append("</code>; bindings <code>")
        .append(escapeHtml4(NumericText.pairs(v.scenario().bind()))).append("</code>");
    if (!v.scenario().note().isBlank()) {
      h.append("<br>").append(escapeHtml4(v.scenario().note()));
    }
    h.append("</small></p>");
    if (v.counterexample().isPresent()) {
      Counterexample c = v.counterexample().get();
      h.append("<div class=\"counterexample\"><b>Counterexample</b> (shrunk in ").append(c.shrinkSteps())
          .append(" steps): <code>").append(escapeHtml4(NumericText.pairs(c.parameters()))).append("</code><br>")
          .append(escapeHtml4(c.finding()));
      if (!c.symbols().isEmpty()) {
        h.append("<br>theorem symbols: <code>").append(escapeHtml4(NumericText.pairs(c.symbols()))).append("</code>");
      }
      c.reproduce().ifPresent(rep -> h.append("<br>reproduce: <code>").append(escapeHtml4(rep)).append("</code>"));
      h.append("</div>");
    }
    h.append("<details><summary>details</summary><pre>").append(escapeHtml4(String.join("\n", v.details())))
        .append("</pre></details>");
    figures(h, figures);
  }
}
