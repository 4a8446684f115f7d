package scalebound.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalebound.check.LibraryResult;
import scalebound.check.Stage;
import scalebound.report.JsonResults;
import scalebound.report.TheoremText;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "The fast CI gate: every check but the simulations.",
        "Load and validate theorem files, derive their laws, compare them with the stated claims,",
        "cross-check them numerically, check the proofs in proofs-check/ (each proved, tested,",
        "refuted or inconclusive), and compare everything with the approved ledger",
        "(proofs-check/ledger/): the statement, the derived laws, the proofs' text and levels, the",
        "scenarios' settings.",
        "Exit 0 if everything passes (refuted, changed and inconclusive results fail; tested ones pass",
        "unless proofs-check/policy.yaml says tested: fail); 1 otherwise, printing every ledger",
        "difference as key: approved → now; 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Option(names = "--no-cross-check", description = "Skip the numeric cross-check of the derived laws (faster).")
  boolean noCrossCheck;

  @Option(names = "--json", description = "Print the results as one JSON object instead of text.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int[] exit = {Main.HOLDS};
    LibraryResult r = Gate.run(theorems, Stage.CHECK, !noCrossCheck, spec.commandLine().getErr(), exit,
        json ? new JsonResults(out) : new TheoremText(out, "checked"));
    if (r == null) {
      return exit[0];
    }
    return r.passes() ? Main.HOLDS : Main.FAILS;
  }
}
