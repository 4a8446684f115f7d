package scalebound.report;

import java.util.List;
import java.util.Map;
import scalebound.check.Counterexample;
import scalebound.check.Gate;
import scalebound.check.NumericVerdict;
import scalebound.derive.ClaimVerdict;
import scalebound.proof.ProofVerdict;
import scalebound.proof.StepVerdict;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.Theorem;

/**
 * report.md: the same content as report.html for places that render Markdown (a pull request,
 * a repository browser): statements in TeX between $$, plots linked from plots/, anchors per
 * theorem so the contents links resolve.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String of(List<Gate.Result> results, Map<String, List<NumericVerdict>> numerics,
      Map<String, List<ReportPlots.Figure>> derived, Map<NumericVerdict, List<ReportPlots.Figure>> numericFigures) {
    StringBuilder m = new StringBuilder("# scalebound report\n\n");
    long failing = results.stream().filter(r -> !Report.holds(r, numerics)).count();
    m.append(results.size()).append(" theorems, ").append(failing == 0 ? "all hold" : failing + " failing").append(".\n\n");
    m.append("## Contents\n\n");
    for (Gate.Result r : results) {
      m.append("* [").append(r.theorem().id()).append("](#").append(anchor(r.theorem().id())).append(") — ")
          .append(Report.holds(r, numerics) ? "holds" : "**FAILS**").append('\n');
    }
    for (Gate.Result r : results) {
      theorem(m, r, numerics.getOrDefault(r.theorem().id(), List.of()), derived.getOrDefault(r.theorem().id(), List.of()),
          numericFigures);
    }
    return m.toString();
  }

  static String anchor(String id) {
    return id.replace('.', '-');
  }

  private static String cell(String s) {
    return s == null ? "" : s.replace("|", "\\|").replace("\n", " ");
  }

  private static void figures(StringBuilder m, List<ReportPlots.Figure> figures) {
    for (ReportPlots.Figure f : figures) {
      m.append("![").append(cell(f.plot().title())).append("](").append(f.file()).append(")\n\n");
    }
  }

  private static void theorem(StringBuilder m, Gate.Result r, List<NumericVerdict> numerics,
      List<ReportPlots.Figure> derived, Map<NumericVerdict, List<ReportPlots.Figure>> numericFigures) {
    Theorem t = r.theorem();
    m.append("\n<a id=\"").append(anchor(t.id())).append("\"></a>\n\n## ").append(t.id()).append(" — ").append(t.title())
        .append(Report.holds(r, Map.of(t.id(), numerics)) ? " (holds)" : " (**FAILS**)").append("\n\n");
    String relation = switch (t.kind()) {
      case UPPER_BOUND -> "\\le";
      case LOWER_BOUND -> "\\ge";
      case ESTIMATE -> "\\asymp";
    };
    try {
      m.append("$$\\mathrm{").append(t.quantity()).append("} ").append(relation).append(' ').append(t.bound().tex())
          .append("$$\n\n");
    } catch (EvaluationRefused e) {
      m.append("`").append(t.quantity()).append(" ").append(relation).append(" ").append(t.bound().text()).append("`\n\n");
    }
    m.append("**Provenance** (").append(Report.provenance(t)).append("): ").append(t.source().paper())
        .append(t.source().version() == null ? "" : " " + t.source().version()).append(", ").append(t.source().locator())
        .append(". ").append(t.source().note().replace("\n", " ")).append("\n\n");
    if (!r.derivation().claims().isEmpty()) {
      m.append("| claim | stated | derived | verdict |\n|---|---|---|---|\n");
      for (ClaimVerdict c : r.derivation().claims()) {
        m.append("| ").append(cell(c.claim())).append(" | `").append(cell(c.stated())).append("` | `")
            .append(cell(c.derived() == null ? "(not derived)" : c.derived())).append("` | ")
            .append(c.holds() ? "holds" : "**FAILS**").append(" |\n");
      }
      m.append('\n');
    }
    figures(m, derived);
    for (ProofVerdict p : r.proofs()) {
      m.append("### Proof ").append(p.id()).append(p.holds() ? " (holds)" : " (**FAILS**)").append("\n\n")
          .append("| step | kind | verdict | evidence |\n|---|---|---|---|\n");
      for (StepVerdict s : p.steps()) {
        m.append("| ").append(cell(s.step())).append(" | ").append(s.kind()).append(" | ")
            .append(s.holds() ? "holds" : "**FAILS**").append(" | ").append(cell(s.evidence() + ": " + s.detail()))
            .append(s.counterexample() == null ? "" : " counterexample: `" + cell(s.counterexample().toString()) + "`")
            .append(" |\n");
      }
      m.append('\n');
    }
    m.append("### Numeric checks against simulations\n\n");
    if (numerics.isEmpty()) {
      m.append("No scenario under numerics/ tests this theorem.\n\n");
    }
    for (NumericVerdict v : numerics) {
      m.append("#### ").append(v.scenario().id()).append(" (").append(v.scenario().check().label()).append(", ")
          .append(v.scenario().model().name()).append(")").append(v.holds() ? " — holds" : " — **FAILS**").append("\n\n")
          .append(v.summary()).append("\n\n");
      v.counterexample().ifPresent(c -> counterexample(m, c));
      figures(m, numericFigures.getOrDefault(v, List.of()));
    }
    m.append("Ledger: ").append(r.approved().isEmpty() ? "**no approved entry**"
        : r.ledgerDifferences().isEmpty() ? "matches the approved entry"
        : "**differs**: " + String.join("; ", r.ledgerDifferences())).append("\n");
  }

  private static void counterexample(StringBuilder m, Counterexample c) {
    m.append("> **Counterexample** (shrunk in ").append(c.shrinkSteps()).append(" steps): `").append(c.parameters())
        .append("`  \n> ").append(c.finding()).append("  \n> reproduce: `").append(c.reproduce()).append("`\n\n");
  }
}
