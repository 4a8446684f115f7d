package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import scalebound.theorem.BadInput;
import scalebound.theorem.Problem;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/** Where the CLI finds its inputs: the paths given, or the bundled library. */
final class Inputs {
  private Inputs() {}

  /** The installation directory (set by the launcher), or the working directory. */
  static Path home() {
    return Path.of(System.getProperty("scalebound.home", "."));
  }

  static List<Path> orDefault(List<Path> paths, String bundled) {
    return paths == null || paths.isEmpty() ? List.of(home().resolve(bundled)) : paths;
  }

  static List<Theorem> theorems(List<Path> paths) throws BadInput {
    return TheoremLibrary.load(TheoremLibrary.files(orDefault(paths, "theorems")));
  }

  /** Prints every problem, one per line, and returns the bad-input exit code. */
  static int report(BadInput e, PrintWriter err) {
    for (Problem p : e.problems()) {
      err.println("error: " + p);
    }
    err.println(e.problems().size() + " problem" + (e.problems().size() == 1 ? "" : "s") + " in the input");
    err.flush();
    return Main.BAD_INPUT;
  }
}
