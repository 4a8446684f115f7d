package scalebound.symbolic;

import java.util.Set;
import java.util.TreeSet;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.expression.S;
import org.matheclipse.core.interfaces.IExpr;

/**
 * A piece of mathematics in the author's notation: the text as written (or, for a derived
 * result, as printed) and its Symja form. Symja stays behind this type: outside the
 * {@code symbolic} and {@code derive} packages, expressions are read and printed, not taken
 * apart.
 */
public final class Expression {
  private final String text;
  private final IExpr symja;

  Expression(String text, IExpr symja) {
    this.text = text;
    this.symja = symja;
  }

  /** A derived expression; its text is its input form. */
  public static Expression of(IExpr symja) {
    return new Expression(inputForm(symja), symja);
  }

  public String text() {
    return text;
  }

  /** The Symja form, with symbols encoded by {@link SymbolNames}; for the engine only. */
  public IExpr symja() {
    return symja;
  }

  /** The author's names of the symbols this expression mentions. */
  public Set<String> symbols() {
    Set<String> names = new TreeSet<>();
    collect(symja, names);
    return names;
  }

  private static void collect(IExpr e, Set<String> names) {
    if (e.isSymbol()) {
      String name = SymbolNames.decode(e.toString());
      if (name != null) {
        names.add(name);
      }
    } else if (e.isAST()) {
      for (int i = 0; i <= e.argSize(); i++) {
        collect(e.getAt(i), names);
      }
    }
  }

  /** Symja relaxed input syntax in the author's names; Exp is printed as Exp, never as E^. */
  public static String inputForm(IExpr e) {
    IExpr printable = e.replaceAll(x -> x.isPower() && x.base().equals(S.E)
        ? F.unaryAST1(S.Exp, x.exponent()) : F.NIL).orElse(e);
    return SymbolNames.decodeAll(printable.toString());
  }

  /** LaTeX of an author's symbol name: {@code lambdaMax -> {\lambda_{Max}}}. */
  public static String texName(String name) {
    return Tex.symbol(name);
  }

  /** LaTeX of this expression, with Greek names typeset as Greek letters. */
  public String tex() throws EvaluationRefused {
    IExpr texForm = Sandbox.get().evaluate(F.unaryAST1(S.TeXForm, symja));
    return Tex.names(texForm.toString());
  }

  /**
   * Presentation MathML of this expression, rendered ahead of time (a browser shows it without
   * scripts or fonts from the network), with the author's symbol names (Greek as Greek letters).
   */
  public String mathML() throws EvaluationRefused {
    return MathML.names(Sandbox.get().mathML(symja));
  }

  @Override
  public String toString() {
    return text;
  }
}
