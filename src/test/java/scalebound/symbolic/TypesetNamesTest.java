package scalebound.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The author's names in TeX and MathML: Greek letters, subscripts, built-in names kept as the author's. */
class TypesetNamesTest {
  private static Expression read(String text, String... symbols) throws Exception {
    return new ExpressionReader(Set.of(symbols)).expression(text);
  }

  @Test
  void texNames() throws Exception {
    assertEquals("\\lambda", Tex.symbol("lambda"));
    assertEquals("{\\lambda_{Max}}", Tex.symbol("lambdaMax"));
    assertEquals("{R_{0}}", Tex.symbol("R0"));
    assertEquals("\\mathrm{cm}", Tex.symbol("cm"));
    String tex = read("R0*Exp(-2*lambdaMax*t)/N", "R0", "lambdaMax", "t", "N").tex();
    assertTrue(tex.contains("{R_{0}}") && tex.contains("{\\lambda_{Max}}") && tex.contains("N"), tex);
  }

  @Test
  void mathMLNames() throws Exception {
    String m = read("eta*kappa^2/E", "eta", "kappa", "E").mathML();
    assertTrue(m.startsWith("<math display=\"block\">") && m.endsWith("</math>"), m);
    assertTrue(m.contains("<mi>η</mi>") && m.contains("<mi>κ</mi>") && m.contains("<mi>E</mi>"), m);
    assertTrue(!m.contains("s$"), "no encoded symbol names leak: " + m);
    assertEquals("<msub><mi>λ</mi><mi>Max</mi></msub>", MathML.symbol("lambdaMax"));
  }
}
