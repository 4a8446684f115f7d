package scalebound.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The renaming for Symja is injective and decodes back, on every name an author may write. */
class SymbolNamesTest {

  private static List<String> names() {
    List<String> out = new ArrayList<>();
    for (char a = 'A'; a <= 'z'; a++) {
      if (!Character.isLetter(a)) {
        continue;
      }
      out.add(String.valueOf(a));
      for (char b : "aqQzZ09".toCharArray()) {
        out.add("" + a + b);
      }
    }
    out.addAll(List.of("q", "Q", "qq", "qQ", "Qq", "QQ", "q0", "Q0", "q00", "lambdaMax", "lambdamax", "alpha",
        "Alpha", "Gamma", "gamma", "N", "D", "C", "E", "I", "Pi", "Log", "Exp", "Sqrt", "x1", "x10", "Qmax", "qmax"));
    return out;
  }

  @Test
  void everyNameHasItsOwnEncodingAndDecodesBack() {
    Map<String, String> seen = new HashMap<>();
    for (String name : names()) {
      String encoded = SymbolNames.encode(name);
      assertTrue(encoded.matches("s\\$[a-z0-9]+"), encoded);
      String earlier = seen.put(encoded, name);
      assertTrue(earlier == null || earlier.equals(name), name + " and " + earlier + " both encode to " + encoded);
      assertEquals(name, SymbolNames.decode(encoded));
      assertEquals("1 + " + name, SymbolNames.decodeAll("1 + " + encoded));
    }
  }

  @Test
  void aBoundInQAndqIsReadAsWritten() throws Exception {
    Expression e = new ExpressionReader(Set.of("A", "Q", "b", "q")).expression("A/Q + b/q");
    assertEquals(Set.of("A", "Q", "b", "q"), e.symbols());
    assertEquals("A/Q+b/q", e.text().replace(" ", ""));
  }
}
