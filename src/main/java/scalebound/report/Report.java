package scalebound.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.check.Gate;
import scalebound.check.NumericVerdict;
import scalebound.verdict.Plot;
import scalebound.theorem.Theorem;

/**
 * What {@code verify} leaves behind in its report folder: report.html (self-contained),
 * report.md (its plots in plots/), and the plots.
 */
public final class Report {
  private Report() {}

  /** Writes report.html, report.md and plots/ into {@code dir}; returns the HTML file. */
  public static Path write(Path dir, List<Gate.Result> results, Map<String, List<NumericVerdict>> numerics)
      throws IOException {
    Files.createDirectories(dir);
    ReportPlots plots = new ReportPlots(dir);
    Map<String, List<ReportPlots.Figure>> derived = new LinkedHashMap<>();
    Map<NumericVerdict, List<ReportPlots.Figure>> numeric = new IdentityHashMap<>();
    for (Gate.Result r : results) {
      derived.put(r.theorem().id(), plots.render(r.theorem().id(), DerivedPlots.of(r.theorem(), r.derivation())));
      for (NumericVerdict v : numerics.getOrDefault(r.theorem().id(), List.of())) {
        List<Plot> chosen = new ArrayList<>(v.plots().subList(0, Math.min(2, v.plots().size())));
        numeric.put(v, plots.render(v.scenario().id(), chosen));
      }
    }
    Path html = dir.resolve("report.html");
    Files.writeString(html, HtmlReport.of(results, numerics, derived, numeric));
    Files.writeString(dir.resolve("report.md"), MarkdownReport.of(results, numerics, derived, numeric));
    return html;
  }

  static boolean holds(Gate.Result r, Map<String, List<NumericVerdict>> numerics) {
    return r.holds() && numerics.getOrDefault(r.theorem().id(), List.of()).stream().allMatch(NumericVerdict::holds);
  }

  /** Whether the file states the paper's claim or a reconstruction, from its locator. */
  static String provenance(Theorem t) {
    String locator = t.source().locator().toLowerCase();
    if (locator.startsWith("reconstruction")) {
      return "reconstruction";
    }
    if (locator.contains("abstract")) {
      return "paper's claim; term-level form reconstructed";
    }
    return "paper";
  }
}
