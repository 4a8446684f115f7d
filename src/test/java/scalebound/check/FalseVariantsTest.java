package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import scalebound.report.NumericText;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLibrary;
import scalebound.verdict.Status;

/**
 * A verifier that cannot refute a false bound proves nothing. Each false variant of a library
 * theorem (src/test/resources/false-variants) meets the library's scenarios for its id and must
 * be refuted by at least one of them (the rest are not run once one refutes), with a shrunk counterexample and the command that
 * reproduces it. The true variants (src/test/resources/true-variants) must survive them all.
 */
class FalseVariantsTest {
  private static List<Path> files(String folder) throws IOException {
    try (Stream<Path> s = Files.list(Path.of("src/test/resources", folder))) {
      return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyFalseVariantIsRefutedWithACounterexample() throws Exception {
    ScenarioLibrary scenarios = ScenarioLibrary.load(Path.of("numerics"));
    return files("false-variants").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Theorem variant = TheoremLibrary.load(List.of(f)).get(0);
      List<Scenario> mine = scenarios.forTheorem(variant.id());
      assertFalse(mine.isEmpty(), "no scenario tests " + variant.id());
      StringBuilder all = new StringBuilder();
      boolean refuted = false;
      for (Scenario s : mine) {
        NumericVerdict v = NumericScenariosTest.check(variant, s);
        all.append(NumericText.of(v));
        if (v.verdict().status() == Status.REFUTED) {
          refuted = true;
          assertTrue(v.counterexample().isPresent(), "a refutation carries its counterexample: " + NumericText.of(v));
          assertTrue(v.counterexample().get().reproduce().orElse("").startsWith("./scalebound simulate "),
              v.counterexample().get().reproduce().toString());
          break;
        }
      }
      assertTrue(refuted, f + " survived every scenario:\n" + all);
    }));
  }

  @TestFactory
  Stream<DynamicTest> trueVariantsAreNotRefuted() throws Exception {
    ScenarioLibrary scenarios = ScenarioLibrary.load(Path.of("numerics"));
    return files("true-variants").stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      Theorem variant = TheoremLibrary.load(List.of(f)).get(0);
      for (Scenario s : scenarios.forTheorem(variant.id())) {
        NumericVerdict v = NumericScenariosTest.check(variant, s);
        assertTrue(v.holds(), NumericText.of(v));
      }
    }));
  }
}
