package scalebound.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scalebound.check.CheckResult;
import scalebound.check.LibraryResult;
import scalebound.check.Listener;
import scalebound.check.TheoremResult;
import scalebound.verdict.Plot;

/**
 * Writes what {@code verify} leaves behind when the run finishes: report.html (self-contained),
 * report.md (its plots in plots/), and the plots.
 */
public final class ReportWriter implements Listener {
  private final Path dir;
  private Path html;

  public ReportWriter(Path dir) {
    this.dir = dir;
  }

  /** The HTML report, once written. */
  public Path html() {
    return html;
  }

  @Override
  public void finished(LibraryResult result) {
    try {
      html = write(result);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report under " + dir, e);
    }
  }

  private Path write(LibraryResult result) throws IOException {
    Files.createDirectories(dir);
    ReportPlots plots = new ReportPlots(dir);
    Map<String, List<ReportPlots.Figure>> derived = new LinkedHashMap<>();
    Map<CheckResult, List<ReportPlots.Figure>> numeric = new IdentityHashMap<>();
    for (TheoremResult r : result.theorems()) {
      derived.put(r.theorem().id(), plots.render(r.theorem().id(), DerivedPlots.of(r.theorem(), r.derivation())));
      for (CheckResult.Scenario s : r.of(CheckResult.Scenario.class)) {
        List<Plot> all = s.verdict().plots();
        numeric.put(s, plots.render(s.numeric().scenario().id(), new ArrayList<>(all.subList(0, Math.min(2, all.size())))));
      }
    }
    Path out = dir.resolve("report.html");
    Files.writeString(out, HtmlReport.of(result, derived, numeric));
    Files.writeString(dir.resolve("report.md"), MarkdownReport.of(result, derived, numeric));
    return out;
  }
}
