package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import scalebound.check.Gate;
import scalebound.report.GateText;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "The fast CI gate: load and validate theorem files, derive their laws, compare them with the",
        "stated claims, cross-check them numerically, check the proofs in proofs-check/, and compare",
        "everything with the approved ledger (proofs-check/ledger/). No simulations.",
        "Exit 0 if everything holds; 1 if a claim, cross-check, proof step or ledger entry fails",
        "(a changed derivation prints key: approved → now); 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Option(names = "--no-cross-check", description = "Skip the numeric cross-check of the derived laws (faster).")
  boolean noCrossCheck;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Gate.Result> results;
    try {
      results = Inputs.gate(theorems.paths, !noCrossCheck);
    } catch (BadInput | EvaluationRefused | IOException e) {
      return Inputs.inputError(e, err);
    }
    long failing = results.stream().filter(r -> !r.holds()).count();
    for (Gate.Result r : results) {
      out.print(GateText.of(r));
    }
    out.println(results.size() + " theorem" + (results.size() == 1 ? "" : "s") + " checked, " + failing + " failing");
    out.flush();
    return failing == 0 ? Main.HOLDS : Main.FAILS;
  }
}
