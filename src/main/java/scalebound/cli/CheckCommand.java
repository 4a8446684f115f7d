package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scalebound.theorem.BadInput;
import scalebound.theorem.Theorem;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
        "Load and validate theorem files, derive their laws and compare them with the stated claims.",
        "No numerics: this is the fast gate for a paper repository's CI."})
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Theorem files or directories (default: the bundled library, theorems/).")
  List<Path> paths;

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
    for (Theorem t : theorems) {
      out.println("ok    " + t.id() + "  (" + t.file() + "): loaded and valid");
    }
    out.println(theorems.size() + " theorem file" + (theorems.size() == 1 ? "" : "s") + " checked");
    out.flush();
    return Main.HOLDS;
  }
}
