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
import scalebound.numerics.Workloads;
import scalebound.numerics.linalg.Matrix;
import scalebound.numerics.linalg.SymmetricEigen;
import scalebound.proof.ProofLibrary;
import scalebound.symbolic.EvaluationRefused;
import scalebound.input.BadInput;
import scalebound.theorem.Theorem;

@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
        "Time the standard performance workloads W1-W5 (wall seconds).",
        "  W1  RBF Gram (n=2000, d=32, bandwidth^2=d), eigendecomposition, flow test-risk curve",
        "      at 100 times on 1000 test points; best of 3 runs, like bench/w1_numpy.py",
        "  W2  random-feature model (m=1024 ReLU features, d=32), minibatch SGD, n=4096,",
        "      batch 64, 2000 steps",
        "  W3  transformer (2 blocks, m=128, length 8, d=16, n=256), 200 GD steps with its",
        "      linearisation",
        "  W4  derivation of the bundled theorem library (with numeric cross-checks)",
        "  W5  proof checking of the bundled library",
        "JVM start and Symja's first evaluation are reported separately as 'startup'.",
        "The BLAS/LAPACK in use is printed: JNIBLAS means native (e.g. OpenBLAS), anything else",
        "the pure-Java fallback."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print {\"W1\": {\"seconds\": ...}, ...}.")
  boolean json;

  @Option(names = "--only", split = ",", paramLabel = "W", description = "Run only these workloads, e.g. W1,W4.")
  List<String> only;

  private boolean wanted(String w) {
    return only == null || only.contains(w);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (only != null) {
      for (String w : only) {
        if (!List.of("W1", "W2", "W3", "W4", "W5").contains(w)) {
          err.println("bench: unknown workload '" + w + "'; expected some of W1,W2,W3,W4,W5");
          err.flush();
          return Main.BAD_INPUT;
        }
      }
    }
    Map<String, Double> seconds = new LinkedHashMap<>();
    if (wanted("W1")) {
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        Workloads.w1(2000, 32, 1000, 100);
        best = Math.min(best, (System.nanoTime() - t) / 1e9);
      }
      seconds.put("W1", best);
    }
    time(seconds, "W2", () -> Workloads.w2(1024, 32, 4096, 64, 2000));
    time(seconds, "W3", () -> Workloads.w3(2, 128, 8, 16, 256, 200));
    if (wanted("W4") || wanted("W5")) {
      try {
        long t0 = System.nanoTime();
        List<Theorem> theorems = Inputs.theorems(List.of(Inputs.bundled()));
        seconds.put("startup", (System.nanoTime() - t0) / 1e9);
        if (wanted("W4")) {
          long t1 = System.nanoTime();
          for (Theorem t : theorems) {
            Deriver.derive(t, true);
          }
          seconds.put("W4", (System.nanoTime() - t1) / 1e9);
        }
        if (wanted("W5")) {
          Map<String, Theorem> all = new LinkedHashMap<>();
          theorems.forEach(t -> all.put(t.id(), t));
          long t2 = System.nanoTime();
          ProofLibrary proofs = ProofLibrary.load(Inputs.home().resolve("proofs-check"));
          for (Theorem t : theorems) {
            proofs.check(t, all, java.util.Optional.empty());
          }
          seconds.put("W5", (System.nanoTime() - t2) / 1e9);
        }
      } catch (BadInput | EvaluationRefused e) {
        return Inputs.inputError(e, err);
      }
    }
    if (json) {
      Map<String, Object> tree = new LinkedHashMap<>();
      seconds.forEach((k, v) -> tree.put(k, Map.of("seconds", Math.round(v * 1000) / 1000.0)));
      tree.put("blas", Matrix.backend());
      tree.put("lapack", SymmetricEigen.backend());
      out.println(new com.google.gson.GsonBuilder().setPrettyPrinting().create().toJson(tree));
    } else {
      Map<String, String> label = Map.of(
          "W1", "RBF Gram, eigendecomposition, flow risk curve",
          "W2", "random-feature minibatch SGD",
          "W3", "transformer GD with its linearisation",
          "startup", "startup (load library, first Symja evaluation)",
          "W4", "derivation of the bundled library",
          "W5", "proof checking of the bundled library");
      seconds.forEach((k, v) -> out.printf("%-8s %-48s %8.2f s%n", k, label.get(k), v));
      out.printf("BLAS: %s, LAPACK: %s%n", Matrix.backend(), SymmetricEigen.backend());
    }
    out.flush();
    return Main.HOLDS;
  }

  private void time(Map<String, Double> seconds, String name, Runnable workload) {
    if (wanted(name)) {
      long t = System.nanoTime();
      workload.run();
      seconds.put(name, (System.nanoTime() - t) / 1e9);
    }
  }
}
