package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import scalebound.derive.Deriver;
import scalebound.input.BadInput;
import scalebound.input.Problem;
import scalebound.theorem.Theorem;

/**
 * Every malformed scenario file is refused with its file, line and what was expected; mistakes
 * that only show against the theorem (unbound or unknown symbols) are refused when the scenario
 * meets it, never by a stack trace or a silent pass.
 */
class MalformedScenarioFilesTest {
  private static final Path DIR = Path.of("src/test/resources/malformed-scenarios");

  /** file -> a fragment the message must contain, and the line it must name (0: any). */
  private static final Map<String, Object[]> LOAD_ERRORS = Map.ofEntries(
      Map.entry("unknown-model.yaml", new Object[] {"unknown model 'kernel-flw'", 3}),
      Map.entry("unknown-parameter.yaml", new Object[] {"draw.sampels: unknown key", 6}),
      Map.entry("bad-range.yaml", new Object[] {"empty range 30..4", 6}),
      Map.entry("strata-not-drawn.yaml", new Object[] {"'d' is not a parameter the scenario draws", 11}),
      Map.entry("real-range-for-integer.yaml", new Object[] {"is not a range of integers", 6}),
      Map.entry("unknown-choice.yaml", new Object[] {"'cauchy' is not one of", 6}),
      Map.entry("unknown-check.yaml", new Object[] {"unknown check 'roughly'", 4}),
      Map.entry("rate-without-values.yaml", new Object[] {"rate.values: missing", 0}),
      Map.entry("rate-too-few-values.yaml", new Object[] {"at least 3 sweep values", 8}),
      Map.entry("section-for-another-check.yaml", new Object[] {"belongs to check: rate", 6}),
      Map.entry("missing-bind.yaml", new Object[] {"bind: missing required key", 0}),
      Map.entry("negative-tries.yaml", new Object[] {"-3 is out of range", 5}));

  @TestFactory
  Stream<DynamicTest> malformedFilesAreRefusedWithTheirLine() {
    return LOAD_ERRORS.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
          BadInput bad = assertThrows(BadInput.class, () -> ScenarioLoader.load(DIR.resolve(e.getKey())));
          String fragment = (String) e.getValue()[0];
          int line = (Integer) e.getValue()[1];
          boolean found = bad.problems().stream().anyMatch(p -> p.toString().contains(fragment)
              && p.file().endsWith(e.getKey()) && (line == 0 || p.line() == line));
          assertTrue(found, "expected '" + fragment + "' at line " + line + ", got " + bad.problems());
        }));
  }

  private static Theorem l1() throws Exception {
    return scalebound.theorem.TheoremLibrary.load(List.of(Path.of("theorems/yang2025/l1-gradient-flow.yaml"))).get(0);
  }

  private static List<Problem> againstL1(String file) throws Exception {
    Scenario s = ScenarioLoader.load(DIR.resolve(file));
    Theorem t = l1();
    BadInput bad = assertThrows(BadInput.class, () -> NumericCheck.run(t, Deriver.derive(t, false), s, 1));
    return bad.problems();
  }

  @Test
  void aBindingToAQuantityTheModelDoesNotMeasureNamesTheQuantitiesItDoes() throws Exception {
    List<Problem> p = againstL1("bind-unknown-quantity.yaml");
    assertTrue(p.stream().anyMatch(x -> x.toString().contains("bind.lambda") && x.line() == 7
        && x.toString().contains("lambdaMin")), p.toString());
  }

  @Test
  void aBindingForASymbolTheTheoremLacksIsRefused() throws Exception {
    List<Problem> p = againstL1("bind-not-a-symbol.yaml");
    assertTrue(p.stream().anyMatch(x -> x.toString().contains("'mu' is not a symbol of yang2025.l1-gradient-flow")
        && x.line() == 10), p.toString());
  }

  @Test
  void aTheoremSymbolWithoutAMeasurementIsRefused() throws Exception {
    List<Problem> p = againstL1("unbound-symbol.yaml");
    assertTrue(p.stream().anyMatch(x -> x.toString().contains("has the symbol 'lambda'")), p.toString());
  }
}
