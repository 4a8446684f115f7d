package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scalebound.check.Library;
import scalebound.check.NumericCheck;
import scalebound.check.NumericVerdict;
import scalebound.check.Scenario;
import scalebound.check.ScenarioLoader;
import scalebound.check.Seeds;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.report.NumericText;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    description = {
        "Run one numerics scenario, or one draw of it, and print its measurements.",
        "Without --set/--seed: the scenario's full check (all tries), with its verdict, details and",
        "any shrunk counterexample. With --seed (and --set name=value ...): exactly one run, printing",
        "its parameters and every observation beside the theorem's bound; this is how a",
        "counterexample printed by verify or mvn verify is reproduced. A parameter not given by",
        "--set takes the value the scenario's draw fixes (d: 2), else the experiment's default.",
        "The theorem is the library theorem the scenario names, unless --theorem gives a file.",
        "Exit 1 if the check fails or the single run refutes the bound (VIOLATED, REFUTES), else 0."})
final class SimulateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario file under numerics/.")
  Path file;

  @Option(names = "--theorem", paramLabel = "FILE", description = "Test this theorem file instead of the library's.")
  Path theoremFile;

  @Option(names = "--seed", description = "Run one draw with this seed (or, without --set, fix the check's seed).")
  Long seed;

  @Option(names = "--set", paramLabel = "NAME=VALUE", description = "Set an experiment parameter for a single run.")
  Map<String, String> set = new LinkedHashMap<>();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Scenario scenario = ScenarioLoader.load(file);
      Theorem theorem = theorem(scenario);
      Derivation d = Deriver.derive(theorem, false);
      if (set.isEmpty() && seed == null) {
        NumericVerdict v = NumericCheck.run(theorem, d, scenario, Seeds.forRun(scenario));
        out.print(NumericText.of(v));
        out.flush();
        return v.holds() ? Main.HOLDS : Main.FAILS;
      }
      if (!set.isEmpty() && seed == null) {
        throw bad("--set needs --seed: a single run is reproducible only with its seed");
      }
      if (set.isEmpty()) {
        NumericVerdict v = NumericCheck.run(theorem, d, scenario, seed);
        out.print(NumericText.of(v));
        out.flush();
        return v.holds() ? Main.HOLDS : Main.FAILS;
      }
      NumericCheck.SingleRun run = NumericCheck.single(theorem, d, scenario, parameters(scenario));
      run.lines().forEach(out::println);
      out.flush();
      return run.refutes() ? Main.FAILS : Main.HOLDS;
    } catch (BadInput | EvaluationRefused e) {
      return Inputs.inputError(e, err);
    }
  }

  private Theorem theorem(Scenario scenario) throws BadInput {
    if (theoremFile != null) {
      Theorem t = TheoremLibrary.load(List.of(theoremFile)).get(0);
      if (!t.id().equals(scenario.theorem())) {
        throw bad("--theorem " + theoremFile + " has id " + t.id() + ", but the scenario tests " + scenario.theorem());
      }
      return t;
    }
    Path library = Library.root(file, Inputs.home()).resolve("theorems");
    if (Files.isDirectory(library)) {
      for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(library)))) {
        if (t.id().equals(scenario.theorem())) {
          return t;
        }
      }
    }
    throw bad("no theorem " + scenario.theorem() + " under " + library + "; give its file with --theorem");
  }

  /** The scenario's baseline (the experiment's defaults and the draw's fixed values), then every --set. */
  private scalebound.numerics.experiments.Parameters parameters(Scenario scenario) throws BadInput {
    Map<String, Object> defaults = scenario.model().defaults();
    Map<String, Object> values = scenario.baseline();
    for (Map.Entry<String, String> e : set.entrySet()) {
      Object type = defaults.get(e.getKey());
      if (type == null) {
        throw bad("--set " + e.getKey() + ": model " + scenario.model().name() + " has no such parameter; it has "
            + String.join(", ", defaults.keySet()));
      }
      try {
        values.put(e.getKey(), type instanceof Integer ? (Object) Integer.parseInt(e.getValue())
            : type instanceof Double ? (Object) Double.parseDouble(e.getValue()) : e.getValue());
      } catch (NumberFormatException ex) {
        throw bad("--set " + e.getKey() + "=" + e.getValue() + ": expected " + (type instanceof Integer ? "an integer"
            : "a number"));
      }
    }
    return new scalebound.numerics.experiments.Parameters(values, seed);
  }

  private BadInput bad(String message) {
    return new BadInput(List.of(new Problem(file, 0, 0, null, message)));
  }
}
