package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.report.NumericText;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;

/**
 * One test per (theorem, scenario) of the bundled library: every true theorem survives every
 * draw of its scenarios. Seeds are fixed under CI=true and printed with every verdict.
 */
class NumericScenariosTest {
  static Map<String, Theorem> library() throws Exception {
    Map<String, Theorem> all = new LinkedHashMap<>();
    for (Theorem t : TheoremLibrary.load(TheoremLibrary.files(List.of(Path.of("theorems"))))) {
      all.put(t.id(), t);
    }
    return all;
  }

  static NumericVerdict check(Theorem t, Scenario s) throws Exception {
    Derivation d = Deriver.derive(t, false);
    NumericVerdict v = NumericCheck.run(t, d, s);
    System.out.print(NumericText.of(v));
    return v;
  }

  @TestFactory
  Stream<DynamicTest> everyTheoremSurvivesItsScenarios() throws Exception {
    Map<String, Theorem> theorems = library();
    List<DynamicTest> tests = new ArrayList<>();
    for (Scenario s : ScenarioLibrary.load(Path.of("numerics")).all()) {
      Theorem t = theorems.get(s.theorem());
      tests.add(DynamicTest.dynamicTest(s.theorem() + " × " + s.id(), () -> {
        assertTrue(t != null, "scenario " + s.file() + " names " + s.theorem() + ", which is not in the library");
        NumericVerdict v = check(t, s);
        assertTrue(v.holds(), NumericText.of(v));
      }));
    }
    assertFalse(tests.isEmpty(), "the library has scenarios");
    return tests.stream();
  }
}
