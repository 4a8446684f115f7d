package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import scalebound.check.Library;
import scalebound.input.BadInput;
import scalebound.input.Problem;
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

  /** The libraries of the theorems under {@code paths} (default: the bundled library), discovered once. */
  static List<Library> libraries(List<Path> paths) throws BadInput {
    return Library.discover(orDefault(paths, "theorems"), home());
  }

  /** Reports input that cannot be used (a file, an expression Symja refused, an I/O failure): exit 2. */
  static int inputError(Exception e, PrintWriter err) {
    if (e instanceof BadInput bad) {
      return report(bad, err);
    }
    err.println("error: " + e.getMessage());
    err.flush();
    return Main.BAD_INPUT;
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
