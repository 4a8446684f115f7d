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
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.report.DerivationJson;
import scalebound.report.DerivationLatex;
import scalebound.report.DerivationText;
import scalebound.check.Checker;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;
import scalebound.theorem.Theorem;

@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description = {
        "Derive the laws of one theorem and compare them with its claims.",
        "The compute exponent and log power, allocation exponents, isolated laws, optimization phase",
        "and threshold; each compared with the stated claims and cross-checked numerically.",
        "Exit 0 if every claim holds and every cross-check agrees."})
final class DeriveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A theorem file.")
  Path file;

  @Option(names = "--json", description = "Print one JSON object (its keys are listed in the README).")
  boolean json;

  @Option(names = "--latex", description = "Print the derived laws as LaTeX (an amsmath align* block).")
  boolean latex;

  @Option(names = "--no-cross-check", description = "Skip the numeric cross-check (faster).")
  boolean noCrossCheck;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Theorem theorem;
    try {
      theorem = Inputs.theorems(List.of(file)).get(0);
    } catch (BadInput e) {
      return Inputs.report(e, err);
    }
    Derivation d;
    try {
      d = Deriver.derive(theorem, !noCrossCheck);
    } catch (EvaluationRefused e) {
      return Inputs.report(Checker.located(theorem, e.getMessage() != null && e.getMessage().contains("conditions")
          ? "constants" : "bound", e.getMessage()), err);
    }
    if (json && latex) {
      err.println("error: --json and --latex are alternatives; give one");
      err.flush();
      return Main.BAD_INPUT;
    }
    try {
      out.print(json ? DerivationJson.of(d) + "\n" : latex ? DerivationLatex.of(theorem, d) : DerivationText.of(theorem, d));
    } catch (EvaluationRefused e) {
      err.println("error: " + file + ": " + e.getMessage());
      err.flush();
      return Main.BAD_INPUT;
    }
    out.flush();
    return d.holds() ? Main.HOLDS : Main.FAILS;
  }
}
