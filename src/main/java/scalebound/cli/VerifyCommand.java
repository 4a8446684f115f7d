package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalebound.check.LibraryResult;
import scalebound.check.Stage;
import scalebound.report.JsonResults;
import scalebound.report.ReportWriter;
import scalebound.report.TheoremText;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Run every check, simulations included, and write the report.",
        "On the given theorems: claims, numeric cross-checks of the derivations, proofs, the ledger,",
        "and the numeric scenarios of numerics/ (simulations). Writes target/scalebound/report.html",
        "and report.md, led by a verdict matrix.",
        "Exit 0 iff everything passes (as for check), 1 otherwise, 2 on bad input."})
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Option(names = "--json", description = "Print the results as one JSON object instead of text.")
  boolean json;

  @Option(names = "--report-dir", paramLabel = "DIR", defaultValue = "target/scalebound",
      description = "Where to write report.html, report.md and their plots (default: ${DEFAULT-VALUE}).")
  Path reportDir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int[] exit = {Main.HOLDS};
    ReportWriter report = new ReportWriter(reportDir);
    try (Progress progress = new Progress("verify")) {
      LibraryResult r = Gate.run(theorems, Stage.VERIFY, true, spec.commandLine().getErr(), exit, progress,
          json ? new JsonResults(out) : new TheoremText(out, "verified"), report);
      if (r == null) {
        return exit[0];
      }
      if (!json) {
        out.println("report: " + report.html().toAbsolutePath());
        out.flush();
      }
      return r.passes() ? Main.HOLDS : Main.FAILS;
    }
  }
}
