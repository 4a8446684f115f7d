package scalebound.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error for runs longer than a few seconds (me.tongfei:progressbar),
 * shown only to a person at a terminal: never under {@code CI=true}, never when there is no
 * console (output piped or redirected, tests), so logs stay clean.
 */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /** Whether a bar is shown in this environment. */
  static boolean shown(String ciVariable, boolean console) {
    return console && !"true".equalsIgnoreCase(ciVariable);
  }

  static Progress start(String task, long total) {
    if (!shown(System.getenv("CI"), System.console() != null)) {
      return new Progress(null);
    }
    PrintStream err = System.err;
    return new Progress(new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(err)).build());
  }

  void step(String message) {
    if (bar != null) {
      bar.setExtraMessage(message);
      bar.step();
    }
  }

  void maxHint(long total) {
    if (bar != null) {
      bar.maxHint(total);
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
