package scalebound.symbolic;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.parser.client.SyntaxError;

/**
 * Reads the mathematics of a theorem file: a small, closed language, checked token by token
 * before Symja sees it.
 *
 * <p>Allowed: numbers (decimals are exact: {@code 0.34} is 17/50), declared symbols, the
 * operators {@code + - * / ^} and parentheses, and calls of the functions of {@link Vocabulary}. Conditions may
 * also use {@code < <= > >= ==}, chained ({@code 0 < eta <= 1}). Nothing else is accepted: no
 * strings, no other functions, no assignment, so a theorem file can name no function that
 * reads, writes or runs anything, and cannot ask for an expansion or a factorial. Symbols are
 * renamed by {@link SymbolNames} so that {@code N}, {@code E}, {@code I} are the author's.
 */
public final class ExpressionReader {
  /** Functions a theorem file may call, by lower-case spelling. */
  public static final Map<String, String> FUNCTIONS = Vocabulary.spellings();

  private static final int MAX_LENGTH = 4000;

  private final Set<String> declared;
  private final String whereDeclared;

  /** A reader of a theorem file's expressions: symbols are declared as resources, tunables or constants. */
  public ExpressionReader(Set<String> declared) {
    this(declared, "resources, tunables or constants");
  }

  /** @param whereDeclared where the file declares its symbols, for the message on an undeclared one */
  public ExpressionReader(Set<String> declared, String whereDeclared) {
    this.declared = declared;
    this.whereDeclared = whereDeclared;
  }

  /** An expression: no relations. */
  public Expression expression(String text) throws ExpressionSyntaxException {
    Expression e = read(text, false);
    if (isRelation(e.symja())) {
      throw new ExpressionSyntaxException(0, "expected an expression, found a condition");
    }
    return e;
  }

  /** A condition: one relation or a chain of them. */
  public Expression condition(String text) throws ExpressionSyntaxException {
    Expression e = read(text, true);
    if (!isRelation(e.symja())) {
      throw new ExpressionSyntaxException(
          0, "expected a condition such as \"x > 0\" or \"0 < x <= 1\", found an expression");
    }
    return e;
  }

  private static boolean isRelation(IExpr e) {
    return e.isAST(S.Less) || e.isAST(S.LessEqual) || e.isAST(S.Greater)
        || e.isAST(S.GreaterEqual) || e.isAST(S.Equal) || e.isAST(S.Inequality);
  }

  private record Token(String symja, int offset) {}

  private Expression read(String text, boolean relations) throws ExpressionSyntaxException {
    if (text == null || text.isBlank()) {
      throw new ExpressionSyntaxException(0, "empty expression");
    }
    if (text.length() > MAX_LENGTH) {
      throw new ExpressionSyntaxException(
          MAX_LENGTH, "expression longer than " + MAX_LENGTH + " characters");
    }
    List<Token> tokens = tokenize(text, relations);
    StringBuilder symja = new StringBuilder();
    int[] starts = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = symja.length();
      symja.append(tokens.get(i).symja()).append(' ');
    }
    try {
      IExpr parsed = Sandbox.get().parse(symja.toString());
      Sandbox.get().evaluate(parsed);
      return new Expression(text, parsed);
    } catch (SyntaxError e) {
      int column = Math.max(0, e.getColumnIndex() - 1);
      int original = text.length();
      for (int i = tokens.size() - 1; i >= 0; i--) {
        if (starts[i] <= column) {
          original = i + 1 < tokens.size() && column > starts[i] + tokens.get(i).symja().length()
              ? tokens.get(i + 1).offset()
              : tokens.get(i).offset();
          break;
        }
      }
      throw new ExpressionSyntaxException(original, "malformed expression: " + e.getError().strip());
    } catch (EvaluationRefused e) {
      throw new ExpressionSyntaxException(0, "cannot be evaluated: " + e.getMessage());
    }
  }

  private List<Token> tokenize(String text, boolean relations) throws ExpressionSyntaxException {
    List<Token> tokens = new ArrayList<>();
    Map<String, Integer> undeclared = new TreeMap<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (Character.isLetter(c)) {
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
          i++;
        }
        String name = text.substring(start, i);
        if (!name.chars().allMatch(ch -> ch < 128)) {
          throw new ExpressionSyntaxException(start, "symbol names are ASCII letters and digits: '" + name + "'");
        }
        if (isCall(text, i)) {
          tokens.add(new Token(function(name, start), start));
        } else if (declared.contains(name)) {
          tokens.add(new Token(SymbolNames.encode(name), start));
        } else {
          undeclared.putIfAbsent(name, start);
        }
      } else if (Character.isDigit(c) || (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
          i++;
        }
        tokens.add(new Token(exactNumber(text.substring(start, i), start), start));
      } else if ("+-*/^(),".indexOf(c) >= 0) {
        tokens.add(new Token(String.valueOf(c), start));
        i++;
      } else if (relations && "<>=".indexOf(c) >= 0) {
        boolean twoChars = i + 1 < text.length() && text.charAt(i + 1) == '=';
        String op = twoChars ? text.substring(i, i + 2) : String.valueOf(c);
        if (op.equals("=")) {
          throw new ExpressionSyntaxException(start, "'=' is not a relation; write '==' for equality");
        }
        tokens.add(new Token(op, start));
        i += op.length();
      } else if ("<>=".indexOf(c) >= 0) {
        throw new ExpressionSyntaxException(start, "a relation is not allowed here; expected an expression");
      } else {
        throw new ExpressionSyntaxException(start, unexpected(c, relations));
      }
    }
    if (!undeclared.isEmpty()) {
      Map.Entry<String, Integer> first = undeclared.entrySet().iterator().next();
      throw new ExpressionSyntaxException(
          first.getValue(),
          "undeclared symbol" + (undeclared.size() > 1 ? "s " : " ") + String.join(", ", undeclared.keySet())
              + ": declare each under " + whereDeclared);
    }
    return tokens;
  }

  private static boolean isCall(String text, int after) {
    int j = after;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j < text.length() && (text.charAt(j) == '(' || text.charAt(j) == '[');
  }

  private String function(String name, int offset) throws ExpressionSyntaxException {
    String canonical = FUNCTIONS.get(name.toLowerCase(Locale.ROOT));
    if (canonical != null) {
      return canonical;
    }
    if (declared.contains(name)) {
      throw new ExpressionSyntaxException(
          offset, name + " is a declared symbol, not a function; write " + name + "*(...) for a product");
    }
    throw new ExpressionSyntaxException(
        offset,
        "function " + name + " is not allowed; theorem expressions may call only "
            + String.join(", ", new TreeMap<>(FUNCTIONS).values())
            + " (no function that reads, writes, runs or expands anything)");
  }

  private static String exactNumber(String literal, int offset) throws ExpressionSyntaxException {
    int dot = literal.indexOf('.');
    if (dot != literal.lastIndexOf('.') || literal.endsWith(".")) {
      throw new ExpressionSyntaxException(offset, "malformed number '" + literal + "'");
    }
    if (dot < 0) {
      return literal;
    }
    String digits = literal.substring(0, dot) + literal.substring(dot + 1);
    BigInteger denominator = BigInteger.TEN.pow(literal.length() - dot - 1);
    return "(" + new BigInteger(digits) + "/" + denominator + ")";
  }

  private static String unexpected(char c, boolean relations) {
    String what = c == '"' ? "strings are not allowed" : "unexpected character '" + c + "'";
    return what + "; expressions use numbers, declared symbols, + - * / ^ ( )"
        + (relations ? ", < <= > >= ==" : "") + " and the functions Exp, Log, Sqrt, Abs, Min, Max";
  }
}
