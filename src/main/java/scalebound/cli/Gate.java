package scalebound.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import scalebound.check.Checker;
import scalebound.check.Library;
import scalebound.check.LibraryResult;
import scalebound.check.Listener;
import scalebound.check.Stage;
import scalebound.input.BadInput;
import scalebound.symbolic.EvaluationRefused;

/**
 * What {@code check}, {@code verify} and {@code approve} share: discover the libraries once, run
 * the check tree to the stage the command asks for, and hand every result to the command's
 * listeners. The three commands differ only in the stage and the listeners.
 */
final class Gate {
  private Gate() {}

  /** The run's result, or null after reporting bad input on {@code err} (exit code in {@code exit[0]}). */
  static LibraryResult run(TheoremPaths paths, Stage stage, boolean crossCheck, PrintWriter err, int[] exit,
      Listener... listeners) {
    try {
      List<Library> libraries = Inputs.libraries(paths.paths);
      return new Checker(stage, crossCheck, Listener.all(listeners)).run(libraries);
    } catch (BadInput | EvaluationRefused | IOException | UncheckedIOException e) {
      exit[0] = Inputs.inputError(e, err);
      return null;
    }
  }
}
