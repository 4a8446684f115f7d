package scalebound.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import scalebound.check.CheckResult;
import scalebound.check.Listener;
import scalebound.check.TheoremResult;
import scalebound.theorem.Theorem;

/**
 * A progress bar on standard error for long runs (me.tongfei:progressbar), one step per theorem
 * and per scenario, shown only to a person at a terminal: never under {@code CI=true}, never when
 * there is no console (output piped or redirected, tests), so logs stay clean.
 */
final class Progress implements Listener, AutoCloseable {
  private final String task;
  private ProgressBar bar;

  Progress(String task) {
    this.task = task;
  }

  /** Whether a bar is shown in this environment. */
  static boolean shown(String ciVariable, boolean console) {
    return console && !"true".equalsIgnoreCase(ciVariable);
  }

  @Override
  public void started(int theorems, int scenarios) {
    if (shown(System.getenv("CI"), System.console() != null)) {
      PrintStream err = System.err;
      bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(theorems + scenarios)
          .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build();
    }
  }

  @Override
  public void theoremStarted(Theorem theorem) {
    if (bar != null) {
      bar.setExtraMessage(theorem.id());
    }
  }

  @Override
  public void checked(Theorem theorem, CheckResult result) {
    if (bar != null && result instanceof CheckResult.Scenario s) {
      bar.setExtraMessage(s.numeric().scenario().id());
      bar.step();
    }
  }

  @Override
  public void theoremFinished(TheoremResult result) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
