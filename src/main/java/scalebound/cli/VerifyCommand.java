package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import scalebound.check.Gate;
import scalebound.report.GateText;
import scalebound.report.HtmlReport;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.BadInput;

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
    try {
      results = Inputs.gate(theorems.paths, true);
    } catch (BadInput | EvaluationRefused | IOException e) {
      return Inputs.inputError(e, err);
    }
    List<String> numerics = numerics();
    Path report = Path.of("target", "scalebound", "report.html");
    try {
      Files.createDirectories(report.getParent());
      Files.writeString(report, HtmlReport.of(results, numerics));
    } catch (IOException e) {
      err.println("error: cannot write " + report + ": " + e.getMessage());
      err.flush();
      return Main.BAD_INPUT;
    }
    long failing = results.stream().filter(r -> !r.holds()).count() + (numerics.get(0).startsWith("scenario files") ? 1 : 0);
    results.forEach(r -> out.print(GateText.of(r)));
    numerics.forEach(n -> out.println("numerics: " + n));
    out.println(results.size() + " theorem" + (results.size() == 1 ? "" : "s") + " verified, " + failing + " failing; report: "
        + report.toAbsolutePath());
    out.flush();
    return failing == 0 ? Main.HOLDS : Main.FAILS;
  }

  /** What numerics/ holds: simulation scenarios arrive with the numerics issues. */
  private static List<String> numerics() {
    Path dir = Inputs.home().resolve("numerics");
    List<String> scenarios = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(p -> p.toString().endsWith(".yaml")).forEach(p -> scenarios.add(p.getFileName().toString()));
      } catch (IOException e) {
        scenarios.add("cannot list " + dir + ": " + e.getMessage());
      }
    }
    if (scenarios.isEmpty()) {
      return List.of("no simulation scenarios yet (numerics/ is empty): the bounds are not yet tested against "
          + "simulations; this report covers derivations, cross-checks, proofs and the ledger");
    }
    return List.of("scenario files found but this version has no runner for them (they cannot be verified, "
        + "so verify fails): " + scenarios);
  }
}
