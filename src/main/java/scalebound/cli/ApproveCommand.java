package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import scalebound.check.Gate;
import scalebound.check.Ledger;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;

@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
        "Write the current derivations and proof verdicts of the given theorems into the ledger",
        "(proofs-check/ledger/<id>.ledger), printing what changed. Approving is a commit a human",
        "reviews: the ledger diff shows every exponent, threshold and verdict that moved."})
final class ApproveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      for (Gate.Result r : Inputs.gate(theorems.paths, true)) {
        List<String> changes = r.approved().isPresent() ? r.ledgerDifferences() : List.of("(new entry)");
        Ledger.write(r.ledgerFile(), r.theorem().id(), r.entries());
        out.println("approved " + r.theorem().id() + " → " + r.ledgerFile() + (changes.isEmpty() ? " (unchanged)" : ""));
        changes.forEach(c -> out.println("      " + c));
      }
    } catch (BadInput | EvaluationRefused | IOException e) {
      return Inputs.inputError(e, err);
    }
    out.flush();
    return Main.HOLDS;
  }
}
