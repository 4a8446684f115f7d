package scalebound.report;

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

/**
 * report.md: the same content as report.html for places that render Markdown (a pull request,
 * a repository browser): the summary matrix, statements in TeX between $$, plots linked from
 * plots/, anchors per theorem so the summary's links resolve.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  static String of(LibraryResult result, Map<String, List<ReportPlots.Figure>> derived,
      Map<CheckResult, List<ReportPlots.Figure>> numericFigures) {
    StringBuilder m = new StringBuilder("# scalebound report\n\n");
    m.append(result.theorems().size()).append(" theorems, ")
        .append(result.failing() == 0 ? "none failing" : result.failing() + " failing").append(".\n\n");
    m.append("## Summary\n\n| theorem | verdict | level | provenance | claims | proofs | numeric checks | ledger | weak points |\n")
        .append("|---|---|---|---|---|---|---|---|---|\n");
    for (TheoremResult r : result.theorems()) {
      Summary.Row row = Summary.of(r);
      m.append("| [").append(row.id()).append("](#").append(anchor(row.id())).append(") | ")
          .append(r.passes() ? "passes" : "**FAILS**").append(" | ").append(cell(row.level())).append(" | ")
          .append(cell(row.provenance())).append(" | ").append(cell(row.claims())).append(" | ").append(cell(row.proofs()))
          .append(" | ").append(cell(row.numerics())).append(" | ").append(cell(row.ledger())).append(" | ")
          .append(row.weakPoints().isEmpty() ? "none" : cell(String.join("; ", row.weakPoints()))).append(" |\n");
    }
    for (TheoremResult r : result.theorems()) {
      theorem(m, r, derived.getOrDefault(r.theorem().id(), List.of()), numericFigures);
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
      m.append("![").append(cell(f.plot().title())).append("](").append(f.file()).append(")\n\n*")
          .append(literal(f.plot().caption())).append("*\n\n");
    }
  }

  /** Text with Markdown's emphasis, link, code and HTML characters escaped, on one line. */
  private static String literal(String s) {
    return cell(s.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1"));
  }

  private static void theorem(StringBuilder m, TheoremResult r, List<ReportPlots.Figure> derived,
      Map<CheckResult, List<ReportPlots.Figure>> numericFigures) {
    Theorem t = r.theorem();
    m.append("\n<a id=\"").append(anchor(t.id())).append("\"></a>\n\n## ").append(t.id()).append(" — ").append(t.title())
        .append(r.passes() ? " (passes, " + r.level().label() + ")" : " (**FAILS**)").append("\n\n");
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
    m.append("Holds ").append(t.holds().key())
        .append(t.failureProbability().map(p -> " (failure probability `" + p.text() + "`)").orElse("")).append(".\n\n");
    m.append("**Provenance** (").append(Summary.provenance(t)).append("): ").append(t.source().paper())
        .append(t.source().version() == null ? "" : " " + t.source().version()).append(", ").append(t.source().locator())
        .append(". ").append(t.source().note().replace("\n", " ")).append("\n\n");
    List<CheckResult.Claim> claims = r.of(CheckResult.Claim.class);
    if (!claims.isEmpty()) {
      m.append("| claim | stated | derived | verdict |\n|---|---|---|---|\n");
      for (CheckResult.Claim c : claims) {
        m.append("| ").append(cell(c.claim().claim())).append(" | `").append(cell(c.claim().stated())).append("` | `")
            .append(cell(c.claim().derived() == null ? "(not derived)" : c.claim().derived())).append("` | ")
            .append(c.verdict().status().label()).append(" |\n");
      }
      m.append('\n');
    }
    figures(m, derived);
    for (CheckResult.Proof p : r.of(CheckResult.Proof.class)) {
      ProofVerdict v = p.proof();
      m.append("### Proof ").append(v.id()).append(" (").append(v.concludes()).append("): ").append(v.verdict().status().label())
          .append("\n\n").append(cell(v.verdict().detail())).append("\n\n| rule | verdict | detail |\n|---|---|---|\n");
      for (ProofVerdict.Requirement q : v.requirements()) {
        m.append("| ").append(cell(q.name())).append(" | ").append(q.verdict().status().label()).append(" | ")
            .append(cell(q.verdict().detail())).append(" |\n");
      }
      m.append("\n| step | kind | verdict | how |\n|---|---|---|---|\n");
      for (StepVerdict s : v.steps()) {
        m.append("| ").append(cell(s.step())).append(" | ").append(s.kind()).append(" | ")
            .append(s.verdict().status().label()).append(" | ")
            .append(cell(s.verdict().evidence().label() + ": " + s.verdict().detail()))
            .append(s.verdict().counterexample().map(c -> " counterexample: `" + cell(NumericText.pairs(c.symbols())) + "`").orElse(""))
            .append(" |\n");
      }
      m.append('\n');
    }
    m.append("### Numeric checks against simulations\n\n");
    List<CheckResult.Scenario> scenarios = r.of(CheckResult.Scenario.class);
    if (scenarios.isEmpty()) {
      m.append("No scenario under numerics/ tests this theorem.\n\n");
    }
    for (CheckResult.Scenario s : scenarios) {
      NumericVerdict v = s.numeric();
      m.append("#### ").append(v.scenario().id()).append(" (").append(v.scenario().check().label()).append(", ")
          .append(v.scenario().model().name()).append("): ").append(s.verdict().status().label()).append("\n\n")
          .append(v.summary()).append("\n\n").append(NumericText.provenance(v.scenario())).append("\n\n");
      v.counterexample().ifPresent(c -> counterexample(m, c));
      figures(m, numericFigures.getOrDefault(s, List.of()));
    }
    CheckResult.Ledger ledger = r.of(CheckResult.Ledger.class).get(0);
    m.append("Ledger: ").append(ledger.verdict().detail())
        .append(ledger.differences().isEmpty() ? "" : ": " + String.join("; ", ledger.differences())).append("\n");
  }

  private static void counterexample(StringBuilder m, Counterexample c) {
    m.append("> **Counterexample** (shrunk in ").append(c.shrinkSteps()).append(" steps): `").append(NumericText.pairs(c.parameters()))
        .append("`  \n> ").append(c.finding()).append(c.reproduce().map(r -> "  \n> reproduce: `" + r + "`").orElse(""))
        .append("\n\n");
  }
}
