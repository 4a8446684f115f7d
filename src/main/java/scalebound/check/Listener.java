package scalebound.check;

import scalebound.theorem.Theorem;

/**
 * Receives the results of a run as they are made: each check as it finishes, each theorem, the
 * whole run. The terminal output, the progress bar, the reports and the ledger writer are
 * listeners; none of them recomputes a verdict.
 */
public interface Listener {
  default void started(int theorems, int scenarios) {}

  default void theoremStarted(Theorem theorem) {}

  default void checked(Theorem theorem, CheckResult result) {}

  default void theoremFinished(TheoremResult result) {}

  default void finished(LibraryResult result) {}

  /** Several listeners as one. */
  static Listener all(Listener... listeners) {
    return new Listener() {
      @Override
      public void started(int theorems, int scenarios) {
        for (Listener l : listeners) {
          l.started(theorems, scenarios);
        }
      }

      @Override
      public void theoremStarted(Theorem theorem) {
        for (Listener l : listeners) {
          l.theoremStarted(theorem);
        }
      }

      @Override
      public void checked(Theorem theorem, CheckResult result) {
        for (Listener l : listeners) {
          l.checked(theorem, result);
        }
      }

      @Override
      public void theoremFinished(TheoremResult result) {
        for (Listener l : listeners) {
          l.theoremFinished(result);
        }
      }

      @Override
      public void finished(LibraryResult result) {
        for (Listener l : listeners) {
          l.finished(result);
        }
      }
    };
  }
}
