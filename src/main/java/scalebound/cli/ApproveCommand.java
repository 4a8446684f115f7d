package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalebound.check.CheckResult;
import scalebound.check.Ledger;
import scalebound.check.LedgerEntries;
import scalebound.check.Listener;
import scalebound.check.Stage;
import scalebound.check.TheoremResult;

@Command(
    name = "approve",
    mixinStandardHelpOptions = true,
    description = {
        "Record what the theorems are now in their library's ledger.",
        "Writes proofs-check/ledger/<id>.ledger of each theorem's library (created if missing): the",
        "statement, the derived laws, claim and proof levels, the proofs' text, the scenarios'",
        "settings and, after running them, their verdicts. Prints every entry that changed.",
        "Approving is a commit a human reviews: the ledger diff shows every exponent, coefficient,",
        "hypothesis, step and setting that moved."})
final class ApproveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin TheoremPaths theorems;

  @Option(names = "--no-numerics", description = "Do not run the scenarios; keep their approved verdicts.")
  boolean noNumerics;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int[] exit = {Main.HOLDS};
    Stage stage = noNumerics ? Stage.CHECK : Stage.VERIFY;
    try (Progress progress = new Progress("approve")) {
      Gate.run(theorems, stage, true, spec.commandLine().getErr(), exit, progress, new Listener() {
        @Override
        public void theoremFinished(TheoremResult r) {
          write(r, stage, out);
        }
      });
    } catch (UncheckedIOException e) {
      spec.commandLine().getErr().println("error: cannot write the ledger: " + e.getCause().getMessage());
      return Main.BAD_INPUT;
    }
    out.flush();
    return exit[0];
  }

  private static void write(TheoremResult r, Stage stage, PrintWriter out) {
    CheckResult.Ledger ledger = r.of(CheckResult.Ledger.class).get(0);
    Map<String, String> entries = new TreeMap<>(r.ledgerEntries());
    try {
      if (!stage.numerics()) {
        Ledger.read(r.ledgerFile()).ifPresent(old -> old.forEach((k, v) -> {
          if (!LedgerEntries.compared(k, false)) {
            entries.put(k, v);
          }
        }));
      }
      List<String> changes = ledger.approved() ? Ledger.differences(Ledger.read(r.ledgerFile()).orElseThrow(), entries,
          k -> true) : List.of("(new entry)");
      Ledger.write(r.ledgerFile(), r.theorem().id(), entries);
      out.println("approved " + r.theorem().id() + " → " + r.ledgerFile() + (changes.isEmpty() ? " (unchanged)" : ""));
      changes.forEach(c -> out.println("      " + c));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
