package scalebound.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import scalebound.derive.Deriver;
import scalebound.proof.ProofLibrary;
import scalebound.symbolic.EvaluationRefused;
import scalebound.theorem.BadInput;
import scalebound.theorem.Theorem;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "The standard performance workloads, in wall seconds (after JVM start and Symja's first",
        "evaluation, which are reported separately):",
        "  W4  derivation of the bundled theorem library (with numeric cross-checks)",
        "  W5  proof checking of the bundled library",
        "The simulation workloads W1-W3 arrive with the numerics."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print {\"W4\": {\"seconds\": ...}, ...}.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Double> seconds = new LinkedHashMap<>();
    try {
      long t0 = System.nanoTime();
      List<Theorem> theorems = Inputs.theorems(List.of());
      seconds.put("startup", (System.nanoTime() - t0) / 1e9);
      long t1 = System.nanoTime();
      for (Theorem t : theorems) {
        Deriver.derive(t, true);
      }
      seconds.put("W4", (System.nanoTime() - t1) / 1e9);
      Map<String, Theorem> all = new LinkedHashMap<>();
      theorems.forEach(t -> all.put(t.id(), t));
      long t2 = System.nanoTime();
      ProofLibrary.load(Inputs.home().resolve("proofs-check")).check(theorems, all);
      seconds.put("W5", (System.nanoTime() - t2) / 1e9);
    } catch (BadInput | EvaluationRefused e) {
      return Inputs.inputError(e, err);
    }
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      seconds.forEach((k, v) -> tree.put(k, Map.of("seconds", Math.round(v * 1000) / 1000.0)));
      out.println(new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(tree));
    } else {
      out.printf("startup (load library, first Symja evaluation)  %7.2f s%n", seconds.get("startup"));
      out.printf("W4  derivation of the bundled library            %7.2f s%n", seconds.get("W4"));
      out.printf("W5  proof checking of the bundled library        %7.2f s%n", seconds.get("W5"));
    }
    out.flush();
    return Main.HOLDS;
  }
}
