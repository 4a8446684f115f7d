package scalebound.symbolic;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.matheclipse.core.basic.Config;
import org.matheclipse.core.eval.EvalEngine;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;
import org.matheclipse.core.parser.ExprParser;
import org.matheclipse.parser.client.SyntaxError;

/**
 * The one door to Symja. Every parse and every evaluation in scalebound passes through here,
 * so every one of them is bounded:
 *
 * <ul>
 *   <li>a wall-clock limit (default 10 s, system property {@code scalebound.timeLimitSeconds}),
 *       enforced from outside the evaluating thread: on expiry the engine is asked to stop
 *       (Symja polls the request) and the thread is interrupted; the engine is used again only
 *       once that thread has ended, else the next evaluation gets a fresh engine, so no two
 *       threads ever evaluate on one engine;
 *   <li>what is left of the {@link Budget} of the file and the run, if less (then exceeding it
 *       throws {@link Budget.Exceeded}, naming the file);
 *   <li>Symja's own iteration and recursion limits;
 *   <li>the file system off ({@code Config.FILESYSTEM_ENABLED = false});
 *   <li>an allow-list of heads: an expression that mentions any built-in outside
 *       {@link #ALLOWED} (Import, Export, Run, JavaNew, ...) is refused before it runs.
 * </ul>
 *
 * Symja's engine is bound to a thread, so evaluations run on one worker thread, one at a time.
 */
public final class Sandbox {
  /** Built-ins the engine may evaluate: arithmetic, simplification, solving, numerics, TeX. */
  static final Set<ISymbol> ALLOWED =
      Set.of(
          S.Plus, S.Times, S.Power, S.Sqrt, S.Exp, S.Log, S.E, S.Pi, S.Abs, S.Min, S.Max,
          S.Rational, S.Complex, S.List, S.Rule, S.Equal, S.Unequal, S.Less, S.LessEqual,
          S.Greater, S.GreaterEqual, S.Inequality, S.And, S.Or, S.Not, S.True, S.False,
          S.Simplify, S.FullSimplify, S.Together, S.Expand, S.PowerExpand, S.ExpandAll,
          S.Factor, S.Cancel, S.Apart, S.Numerator, S.Denominator, S.Coefficient, S.Solve,
          S.LinearSolve, S.N, S.TeXForm, S.ReplaceAll, S.D, S.Series, S.Normal, S.Assumptions,
          S.Element, S.Reals, S.Integers, S.ConditionalExpression, S.Re, S.Im, S.Sign,
          S.Infinity, S.DirectedInfinity, S.Indeterminate, S.ComplexInfinity, S.Floor,
          S.Ceiling, S.Dot, S.Transpose, S.Inverse, S.Det, S.Part, S.Length,
          S.Reduce, S.Refine, S.PossibleZeroQ, S.Chop, S.Limit, S.Direction, S.Hold);

  private static final Sandbox INSTANCE = new Sandbox(defaultLimit());

  private final Duration limit;
  private ExecutorService worker;
  private EvalEngine engine;
  private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
  /** The symbol table every engine shares, so that a name parsed by any engine is one symbol. */
  private EvalEngine symbolTable;
  private final java.util.Map<String, IExpr> symbols = new java.util.HashMap<>();

  private Sandbox(Duration limit) {
    this.limit = limit;
    Config.FILESYSTEM_ENABLED = false;
    Config.JAVA_UNSAFE = false;
    Config.MAX_OUTPUT_LINE = Integer.MAX_VALUE;
  }

  public static Sandbox get() {
    return INSTANCE;
  }

  private static Duration defaultLimit() {
    String seconds = System.getProperty("scalebound.timeLimitSeconds", "10");
    try {
      return Duration.ofMillis((long) (Double.parseDouble(seconds) * 1000));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "scalebound.timeLimitSeconds must be a number of seconds, got '" + seconds + "'");
    }
  }

  public Duration limit() {
    return limit;
  }

  /** Whether Symja's file access is off; it is, for the life of the process. */
  public boolean fileSystemEnabled() {
    return Config.FILESYSTEM_ENABLED;
  }

  /** Parses Symja relaxed-syntax input (already checked by {@link ExpressionReader}). */
  public synchronized IExpr parse(String input) throws SyntaxError, EvaluationRefused {
    return run(() -> new ExprParser(engine, true).parse(input), limit);
  }

  /**
   * The Symja symbol of an author's name, made by the same parser that reads theorem files (a
   * symbol made any other way is a different object, and substitutions would silently miss it).
   */
  public synchronized IExpr symbol(String authorName) {
    return symbols.computeIfAbsent(authorName, n -> {
      try {
        return parse(SymbolNames.encode(n));
      } catch (SyntaxError | EvaluationRefused e) {
        throw new IllegalArgumentException("not a symbol name: " + n);
      }
    });
  }

  public IExpr evaluate(IExpr input) throws EvaluationRefused {
    return evaluate(input, limit);
  }

  /** Presentation MathML of an expression (no evaluation), under the time limit. */
  public synchronized String mathML(IExpr input) throws EvaluationRefused {
    try {
      return run(() -> {
        java.io.StringWriter w = new java.io.StringWriter();
        new org.matheclipse.core.eval.MathMLUtilities(engine, false, false).toMathML(input, w);
        return org.matheclipse.core.expression.F.stringx(w.toString());
      }, limit).toString();
    } catch (SyntaxError e) {
      throw new EvaluationRefused("cannot typeset: " + e.getMessage());
    }
  }

  public synchronized IExpr evaluate(IExpr input, Duration timeLimit) throws EvaluationRefused {
    IExpr forbidden = firstForbiddenHead(input);
    if (forbidden != null) {
      throw new EvaluationRefused("refused to evaluate: " + SymbolNames.decodeAll(forbidden.toString())
          + " is not among the functions scalebound allows");
    }
    try {
      IExpr result = run(() -> engine.evaluate(input), timeLimit);
      if (result.has(S.$Aborted) || result.isAST(S.Hold)) {
        throw new EvaluationRefused(
            "evaluation aborted by a Symja limit: " + lastMessage() + " (input " + shorten(input) + ")");
      }
      return result;
    } catch (SyntaxError e) {
      throw new EvaluationRefused("unexpected syntax error during evaluation: " + e.getMessage());
    }
  }

  /**
   * The first symbol in {@code e} that the sandbox does not allow: any function head outside
   * {@link #ALLOWED} (built-in or not: Symja treats unknown names such as Run as inert
   * functions, which are refused all the same), and any built-in constant outside it.
   */
  private static IExpr firstForbiddenHead(IExpr e) {
    if (e.isBuiltInSymbol() && !ALLOWED.contains(e)) {
      return e;
    }
    if (e.isAST()) {
      IExpr head = e.head();
      if (!(head.isSymbol() && ALLOWED.contains(head))) {
        return head;
      }
      for (int i = 1; i <= e.argSize(); i++) {
        IExpr f = firstForbiddenHead(e.getAt(i));
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private interface SymjaCall {
    IExpr call() throws SyntaxError;
  }

  private IExpr run(SymjaCall call, Duration ownLimit) throws SyntaxError, EvaluationRefused {
    Budget.check();
    Duration left = Budget.remaining();
    Duration timeLimit = left.compareTo(ownLimit) < 0 ? left : ownLimit;
    ensureWorker();
    messages.reset();
    Future<IExpr> future =
        worker.submit(
            () -> {
              EvalEngine.setReset(engine);
              return call.call();
            });
    try {
      return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      engine.stopRequest();
      future.cancel(true);
      if (abandonIfStuck()) {
        engine.setStopRequested(false);
      } else {
        engine = null;
      }
      Budget.check();
      throw new EvaluationRefused(
          "evaluation exceeded the time limit of " + timeLimit.toMillis() / 1000.0 + " s");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvaluationRefused("evaluation interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof SyntaxError se) {
        throw se;
      }
      throw new EvaluationRefused(
          "Symja could not evaluate the expression: "
              + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
    }
  }

  private void ensureWorker() throws EvaluationRefused {
    if (worker != null) {
      return;
    }
    worker =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "scalebound-symja");
              t.setDaemon(true);
              return t;
            });
    if (engine != null) {
      return;
    }
    PrintStream sink = new PrintStream(messages, true, StandardCharsets.UTF_8);
    try {
      engine =
          worker
              .submit(
                  () -> {
                    EvalEngine e = new EvalEngine("scalebound", 256, 100_000, sink, sink, true);
                    e.setQuietMode(true);
                    if (symbolTable != null) {
                      e.setContextPath(symbolTable.getContextPath());
                      e.setContext(symbolTable.getContext());
                    }
                    EvalEngine.set(e);
                    return e;
                  })
              .get();
    } catch (InterruptedException | ExecutionException e) {
      throw new EvaluationRefused("could not start the Symja engine: " + e);
    }
    if (symbolTable == null) {
      symbolTable = engine;
    }
  }

  /**
   * Ends the worker after a time-out without ever running two threads on one engine. Symja polls
   * its stop request and the thread is interrupted; the worker gets a grace period of 1 s to end. Returns whether it ended; then the engine is handed to the
   * next worker. If it did not (library code that polls neither, such as a long Apfloat
   * operation), the thread is left to finish as a daemon with its engine, and the next worker
   * gets a fresh engine that shares only the symbol table (Symja compares symbols by identity, so
   * a name must stay one symbol). No Thread.stop, so this is the same on every Java version.
   */
  private boolean abandonIfStuck() {
    worker.shutdownNow();
    boolean ended;
    try {
      ended = worker.awaitTermination(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ended = false;
    }
    worker = null;
    return ended;
  }

  private String lastMessage() {
    String text = messages.toString(StandardCharsets.UTF_8).strip();
    return text.isEmpty() ? "no message" : SymbolNames.decodeAll(text.lines().reduce((a, b) -> b).orElse(text));
  }

  private static String shorten(IExpr e) {
    String s = SymbolNames.decodeAll(e.toString());
    return s.length() > 80 ? s.substring(0, 77) + "..." : s;
  }
}
