package scalebound.theorem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.math.Numeric;

/** Names that are Symja built-ins are the author's symbols; decimals are exact. */
class PaperNotationTest {
  @Test
  void builtInNamesAreOrdinarySymbolsAndDecimalsAreExact(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("chinchilla.yaml");
    Files.writeString(file, """
        id: test.chinchilla-form
        title: A Chinchilla-shaped loss with built-in names
        source: {paper: "test", locator: "fixture", note: "symbols named like Symja built-ins"}
        kind: estimate
        quantity: Loss
        resources: [N, D]
        constants: {E: "E > 0", A: "A > 0", B: "B > 0", C: "C > 0", I: "I >= 0", K: "K > 0", Pi: "Pi > 0", Gamma: "Gamma > 0"}
        bound: "E + A/N^0.34 + B/D^0.28 + I*C*K*Pi*Gamma/(N*D)"
        cost: "6*N*D"
        """);
    Theorem t = TheoremLoader.load(file);
    assertEquals(java.util.List.of("N", "D"), t.resources());
    assertTrue(t.bound().symja().toString().contains("17/50"), t.bound().symja().toString());
    Map<String, BigDecimal> at = Map.of("E", new BigDecimal("1.69"), "A", new BigDecimal("406.4"),
        "B", new BigDecimal("410.7"), "N", new BigDecimal("1e9"), "D", new BigDecimal("1e11"),
        "I", BigDecimal.ZERO, "C", BigDecimal.ONE, "K", BigDecimal.ONE, "Pi", BigDecimal.ONE, "Gamma", BigDecimal.ONE);
    // By hand: 1.69 + 406.4/10^(9*0.34) + 410.7/10^(11*0.28) = 1.69 + 406.4/10^3.06 + 410.7/10^3.08
    double byHand = 1.69 + 406.4 / Math.pow(10, 3.06) + 410.7 / Math.pow(10, 3.08);
    BigDecimal value = Numeric.value(t.bound(), at, 30);
    assertEquals(byHand, value.doubleValue(), 1e-12);
    // ... = 2.38556498375001815331706042471 to 30 digits (computed independently with mpmath).
    assertEquals(new BigDecimal("2.38556498375001815331706042"), value.round(new MathContext(27)));
  }

  @Test
  void symbolsThatDifferOnlyInCaseStayDistinct(@TempDir Path dir) throws IOException, Exception {
    Path file = dir.resolve("case.yaml");
    Files.writeString(file, """
        id: test.case
        title: n and N are different symbols
        source: {paper: "test", locator: "fixture", note: "case"}
        kind: upper-bound
        quantity: Risk
        resources: [n, N]
        bound: "n + 2*N"
        """);
    Theorem t = TheoremLoader.load(file);
    BigDecimal v = Numeric.value(t.bound(), Map.of("n", BigDecimal.ONE, "N", BigDecimal.TEN), 20);
    assertEquals(0, v.compareTo(new BigDecimal(21)));
  }
}
