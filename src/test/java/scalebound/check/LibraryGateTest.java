package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import scalebound.report.TheoremText;

/**
 * The CI gate of the bundled library as JUnit tests: one container per theorem, one test per node
 * of its check tree (each claim, cross-check, proof, the tightness report and the ledger), named
 * after it so that IDEs and CI reports show exactly which failed.
 */
class LibraryGateTest {
  @TestFactory
  Stream<DynamicNode> theBundledLibraryPassesTheGate() throws Exception {
    LibraryResult result = new Checker(Stage.CHECK, true, new Listener() { })
        .run(Library.discover(List.of(Path.of("theorems")), Path.of(".")));
    assertTrue(result.theorems().size() >= 11, "the library has its theorems");
    return result.theorems().stream().map(r -> {
      List<DynamicNode> tests = new ArrayList<>();
      for (CheckResult c : r.checks()) {
        tests.add(DynamicTest.dynamicTest(c.name() + " (" + c.verdict().status().label() + ")",
            () -> assertTrue(r.policy().passes(c.verdict().status()), TheoremText.of(r))));
      }
      return DynamicContainer.dynamicContainer(r.theorem().id(), tests);
    });
  }
}
