package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import scalebound.check.Gate;
import scalebound.check.NumericVerdict;
import scalebound.check.Numerics;
import scalebound.report.GateText;
import scalebound.report.Report;
import scalebound.report.NumericText;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;

@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
        "Everything on the given theorems: claims, numeric cross-checks of the derivations, proofs,",
        "the ledger, and the numeric scenarios of numerics/. Writes target/scalebound/report.html.",
        "Exit 0 iff everything holds."})
final class VerifyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Gate.Result> results;
    Map<String, List<NumericVerdict>> numerics;
    try {
      List<scalebound.theorem.Theorem> all = Inputs.theorems(theorems.paths);
      try (Progress p = Progress.start("derive + prove", all.size())) {
        results = Gate.run(all, Inputs.home(), true, r -> p.step(r.theorem().id()));
      }
      try (Progress p = Progress.start("simulate", Numerics.count(results, Inputs.home()))) {
        numerics = Numerics.run(results, Inputs.home(), v -> p.step(v.scenario().id()));
      }
    } catch (BadInput | EvaluationRefused | IOException e) {
      return Inputs.inputError(e, err);
    }
    Path report;
    try {
      report = Report.write(Path.of("target", "scalebound"), results, numerics);
    } catch (IOException e) {
      err.println("error: cannot write the report under target/scalebound: " + e.getMessage());
      err.flush();
      return Main.BAD_INPUT;
    }
    long failing = results.stream()
        .filter(r -> !r.holds() || numerics.getOrDefault(r.theorem().id(), List.of()).stream().anyMatch(v -> !v.holds()))
        .count();
    for (Gate.Result r : results) {
      out.print(GateText.of(r));
      List<NumericVerdict> verdicts = numerics.getOrDefault(r.theorem().id(), List.of());
      if (verdicts.isEmpty()) {
        out.println("  numerics: no scenario under numerics/ tests " + r.theorem().id());
      }
      verdicts.forEach(v -> out.print(NumericText.of(v)));
    }
    out.println(results.size() + " theorem" + (results.size() == 1 ? "" : "s") + " verified, " + failing + " failing; report: "
        + report.toAbsolutePath());
    out.flush();
    return failing == 0 ? Main.HOLDS : Main.FAILS;
  }
}
