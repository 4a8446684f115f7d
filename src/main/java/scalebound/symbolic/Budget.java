package scalebound.symbolic;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The time budget of all work on untrusted input, checked cooperatively by the loops that do it:
 * every evaluation of a compiled expression (double, 50-digit Apfloat and interval arithmetic,
 * hence sampling, interval certification, optimisation), the sampling loops themselves, the trials
 * of a numeric scenario, and every Symja evaluation (whose own limit is cut to what is left).
 *
 * <p>Two limits, both wall-clock and both reported as bad input (exit 2) naming the file, the
 * line when known, and which limit was exceeded:
 *
 * <ul>
 *   <li>per file: the work on one input file (a theorem's derivation, one proof, one scenario) may
 *       take at most {@code scalebound.fileTimeLimitSeconds} (launcher: {@code
 *       SCALEBOUND_FILE_TIME_LIMIT}, default {@value #DEFAULT_FILE_SECONDS} s);
 *   <li>per run: one command may take at most {@code scalebound.totalTimeLimitSeconds} (launcher:
 *       {@code SCALEBOUND_TOTAL_TIME_LIMIT}, default {@value #DEFAULT_TOTAL_SECONDS} s).
 * </ul>
 *
 * The commands run single-threaded (Symja on its own worker, waited for), so the state is one set
 * of static fields; {@link #startRun} resets it at the start of every command.
 */
public final class Budget {
  public static final long DEFAULT_FILE_SECONDS = 600;
  public static final long DEFAULT_TOTAL_SECONDS = 3600;

  private static volatile long runDeadline = Long.MAX_VALUE;
  private static volatile double runSeconds;
  private static volatile long fileDeadline = Long.MAX_VALUE;
  private static volatile double fileSeconds;
  private static volatile Path file;
  private static volatile int line;
  private static int calls;

  private Budget() {}

  /** The limit exceeded, and where; exit 2. Unchecked: it passes through the arithmetic's interfaces. */
  public static final class Exceeded extends RuntimeException {
    private final Path file;
    private final int line;
    private final String what;

    Exceeded(Path file, int line, String what) {
      super((file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ") + what);
      this.file = file;
      this.line = line;
      this.what = what;
    }

    public Path file() {
      return file;
    }

    public int line() {
      return line;
    }

    /** Which limit was exceeded, without the location. */
    public String what() {
      return what;
    }
  }

  /** Starts a command: the run's total budget from now, no file yet. */
  public static void startRun() {
    runSeconds = seconds("scalebound.totalTimeLimitSeconds", DEFAULT_TOTAL_SECONDS);
    fileSeconds = seconds("scalebound.fileTimeLimitSeconds", DEFAULT_FILE_SECONDS);
    runDeadline = deadline(runSeconds);
    fileDeadline = Long.MAX_VALUE;
    file = null;
    line = 0;
  }

  /**
   * Ends a command: no deadline any more, so that work done in the same JVM outside a command
   * (tests, the library used directly) is not cut short by a limit an earlier command set; a
   * file's limit is read afresh whenever a file starts.
   */
  public static void endRun() {
    runDeadline = Long.MAX_VALUE;
    fileDeadline = Long.MAX_VALUE;
    file = null;
    line = 0;
  }

  /** Starts the work on one input file: its budget from now. */
  public static void startFile(Path f, int atLine) {
    fileSeconds = seconds("scalebound.fileTimeLimitSeconds", DEFAULT_FILE_SECONDS);
    file = f;
    line = atLine;
    fileDeadline = deadline(fileSeconds);
  }

  /** Names the file being read (parsing is under the run's budget and each evaluation's limit only). */
  public static void reading(Path f) {
    file = f;
    line = 0;
  }

  /** Moves the location within the current file (a proof's step), keeping its budget. */
  public static void at(int atLine) {
    line = atLine;
  }

  /** Ends the work on the current file. */
  public static void endFile() {
    file = null;
    line = 0;
    fileDeadline = Long.MAX_VALUE;
  }

  /** Throws {@link Exceeded} when either limit has passed. */
  public static void check() {
    long now = System.nanoTime();
    if (now - runDeadline >= 0 && runDeadline != Long.MAX_VALUE) {
      throw new Exceeded(file, line, "the run exceeded its total time limit of " + fmt(runSeconds)
          + " s (SCALEBOUND_TOTAL_TIME_LIMIT)");
    }
    if (now - fileDeadline >= 0 && fileDeadline != Long.MAX_VALUE) {
      throw new Exceeded(file, line, "the work on this file exceeded its time limit of " + fmt(fileSeconds)
          + " s (SCALEBOUND_FILE_TIME_LIMIT)");
    }
  }

  /** {@link #check()} on every 256th call: for the hot loops of double-precision evaluation. */
  public static void checkOften() {
    if ((++calls & 255) == 0) {
      check();
    }
  }

  /** What is left of the tighter of the two limits (at least 1 ms): the most a Symja evaluation may take. */
  public static Duration remaining() {
    long deadline = Math.min(runDeadline, fileDeadline);
    if (deadline == Long.MAX_VALUE) {
      return Duration.ofDays(365);
    }
    return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
  }

  private static long deadline(double seconds) {
    return seconds <= 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (seconds * 1e9);
  }

  private static String fmt(double seconds) {
    return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
  }

  private static double seconds(String property, double fallback) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Double.parseDouble(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " must be a number of seconds, got '" + v + "'");
    }
  }
}
