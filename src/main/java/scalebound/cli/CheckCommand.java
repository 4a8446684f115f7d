package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scalebound.derive.ClaimVerdict;
import scalebound.derive.CrossCheck;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.BadInput;
import scalebound.theorem.Theorem;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Load and validate theorem files, derive their laws, compare them with the stated claims and",
        "cross-check them numerically. No simulations: this is the fast gate for a paper repository's CI.",
        "Exit 0 if everything holds, 1 if a claim or cross-check fails, 2 on bad input."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Theorem files or directories (default: the bundled library, theorems/).")
  List<Path> paths;

  @Option(names = "--no-cross-check", description = "Skip the numeric cross-check of the derived laws (faster).")
  boolean noCrossCheck;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Theorem> theorems;
    try {
      theorems = Inputs.theorems(paths);
    } catch (BadInput e) {
      return Inputs.report(e, err);
    }
    int failing = 0;
    for (Theorem t : theorems) {
      Derivation d;
      try {
        d = Deriver.derive(t, !noCrossCheck);
      } catch (EvaluationRefused e) {
        err.println("error: " + t.file() + ": " + e.getMessage());
        err.flush();
        return Main.BAD_INPUT;
      }
      long claimsHolding = d.claims().stream().filter(ClaimVerdict::holds).count();
      long checksAgreeing = d.crossChecks().stream().filter(CrossCheck::agrees).count();
      out.printf("%-5s %s  (%s): %d/%d claims hold, %d/%d cross-checks agree%n", d.holds() ? "ok" : "FAIL", t.id(),
          t.file(), claimsHolding, d.claims().size(), checksAgreeing, d.crossChecks().size());
      for (ClaimVerdict c : d.claims()) {
        if (!c.holds()) {
          out.printf("      claim %s: stated %s, derived %s — %s%n", c.claim(), c.stated(),
              c.derived() == null ? "(none)" : c.derived(), c.detail());
        }
      }
      for (CrossCheck c : d.crossChecks()) {
        if (!c.agrees()) {
          out.printf("      cross-check %s: derived %.4f, measured %.4f (tolerance %s; %s)%n", c.quantity(), c.derived(),
              c.measured(), c.tolerance(), c.how());
        }
      }
      if (!d.holds()) {
        failing++;
      }
    }
    out.println(theorems.size() + " theorem" + (theorems.size() == 1 ? "" : "s") + " checked, " + failing + " failing");
    out.flush();
    return failing == 0 ? Main.HOLDS : Main.FAILS;
  }
}
