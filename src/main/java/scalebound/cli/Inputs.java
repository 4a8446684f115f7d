package scalebound.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import scalebound.check.Library;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/**
 * Where the CLI finds its inputs: the paths given or, without any, the {@code theorems/} of the
 * working directory (a paper's repository), failing that the bundled library.
 */
final class Inputs {
  private Inputs() {}

  /** The installation directory (set by the launcher), or the working directory. */
  static Path home() {
    return Path.of(System.getProperty("scalebound.home", "."));
  }

  /** The bundled library's theorems directory. */
  static Path bundled() {
    return home().resolve("theorems");
  }

  /**
   * {@code paths}, or when none are given the working directory's {@code theorems/} if it has one,
   * else the bundled library's: {@code scalebound approve} run in a paper's repository approves
   * that paper, wherever scalebound is installed.
   */
  static List<Path> orDefault(List<Path> paths) {
    if (paths != null && !paths.isEmpty()) {
      return paths;
    }
    Path here = Path.of("theorems");
    return List.of(Files.isDirectory(here) ? here : bundled());
  }

  /** The theorem files named or found under {@code paths}, read and validated. */
  static List<Theorem> theorems(List<Path> paths) throws BadInput {
    return TheoremLibrary.load(TheoremLibrary.files(paths));
  }

  /** The libraries of the theorems under {@code paths} (default: see {@link #orDefault}), discovered once. */
  static List<Library> libraries(List<Path> paths) throws BadInput {
    return Library.discover(orDefault(paths), home());
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
