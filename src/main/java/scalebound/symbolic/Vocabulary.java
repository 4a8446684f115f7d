package scalebound.symbolic;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * The closed vocabulary of scalebound's mathematics, declared once: the functions a theorem
 * file may call and the relations its conditions may use. The reader ({@link ExpressionReader})
 * accepts exactly these, and every arithmetic of the expression compiler ({@code
 * scalebound.math}) implements every one of them, so an expression that can be read can be
 * evaluated in double precision, in 50-digit decimals and in interval arithmetic alike.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /** A function of the language: its spelling in files, its Symja head, its arities. */
  public enum Function {
    EXP("Exp", S.Exp, 1, 1),
    /** Log(x), or Log(b, x) = Log(x)/Log(b). */
    LOG("Log", S.Log, 1, 2),
    SQRT("Sqrt", S.Sqrt, 1, 1),
    ABS("Abs", S.Abs, 1, 1),
    MIN("Min", S.Min, 1, Integer.MAX_VALUE),
    MAX("Max", S.Max, 1, Integer.MAX_VALUE);

    private final String spelling;
    private final ISymbol head;
    private final int minArity;
    private final int maxArity;

    Function(String spelling, ISymbol head, int minArity, int maxArity) {
      this.spelling = spelling;
      this.head = head;
      this.minArity = minArity;
      this.maxArity = maxArity;
    }

    public String spelling() {
      return spelling;
    }

    public ISymbol head() {
      return head;
    }

    public boolean accepts(int arity) {
      return arity >= minArity && arity <= maxArity;
    }

    /** The function whose Symja head is {@code head}, if it is in the vocabulary. */
    public static Optional<Function> of(IExpr head) {
      return Arrays.stream(values()).filter(f -> f.head.equals(head)).findFirst();
    }
  }

  /** The functions by lower-case spelling, as the reader looks them up. */
  public static Map<String, String> spellings() {
    return Arrays.stream(Function.values())
        .collect(Collectors.toMap(f -> f.spelling.toLowerCase(Locale.ROOT), Function::spelling));
  }
}
