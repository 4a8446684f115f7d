package scalebound.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import scalebound.symbolic.Budget;

/** {@code scalebound}: the command line. Exit codes: 0 all hold, 1 something fails, 2 bad input. */
@Command(
    name = "scalebound",
    mixinStandardHelpOptions = true,
    version = "scalebound 0.1.0",
    description = "Symbolic-numeric verifier for scaling-law theorems.",
    subcommands = {VerifyCommand.class, CheckCommand.class, DeriveCommand.class, ApproveCommand.class,
        SimulateCommand.class, BenchCommand.class},
    footer = {"", "Exit codes: 0 all hold; 1 a claim, ledger entry, proof step or numeric check fails;",
        "2 bad input (file:line and what was expected), also when the work on a file or the run exceeds",
        "its time limit (SCALEBOUND_TIME_LIMIT per Symja evaluation, default 10 s; SCALEBOUND_FILE_TIME_LIMIT",
        "per input file, default 600 s; SCALEBOUND_TOTAL_TIME_LIMIT per run, default 3600 s); 3 internal error."})
public final class Main implements Runnable {
  public static final int HOLDS = 0;
  public static final int FAILS = 1;
  public static final int BAD_INPUT = 2;
  public static final int INTERNAL_ERROR = 3;

  /** Columns of the help text: the descriptions are written in lines that fit it, never cut. */
  static final int USAGE_WIDTH = 100;

  @Override
  public void run() {
    new CommandLine(this).setUsageHelpWidth(USAGE_WIDTH).usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the CLI in-process with the given output streams and returns its exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Main());
    cli.setUsageHelpWidth(USAGE_WIDTH);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof Budget.Exceeded exceeded) {
        commandLine.getErr().println("error: " + exceeded.getMessage());
        commandLine.getErr().flush();
        return BAD_INPUT;
      }
      commandLine.getErr().println("scalebound: internal error: " + e
          + (System.getenv("SCALEBOUND_DEBUG") != null ? "" : " (set SCALEBOUND_DEBUG=1 for details)"));
      if (System.getenv("SCALEBOUND_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return INTERNAL_ERROR;
    });
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    Budget.startRun();
    try {
      return cli.execute(args);
    } catch (Error e) {
      err.println("scalebound: internal error: " + e);
      err.flush();
      return INTERNAL_ERROR;
    } finally {
      Budget.endRun();
    }
  }
}
