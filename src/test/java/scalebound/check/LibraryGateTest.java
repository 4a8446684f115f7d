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
import scalebound.proof.ProofVerdict;
import scalebound.report.GateText;
import scalebound.theorem.TheoremLibrary;

/**
 * The CI gate of the bundled library as JUnit tests: one container per theorem, holding a test
 * for its derivation (claims and cross-checks), one for its ledger entry, and one per proof, named
 * after them so that IDEs and CI reports show exactly which failed.
 */
class LibraryGateTest {
  @TestFactory
  Stream<DynamicNode> theBundledLibraryPassesTheGate() throws Exception {
    List<Gate.Result> results = Gate.run(TheoremLibrary.load(TheoremLibrary.files(List.of(Path.of("theorems")))),
        Path.of("."), true);
    assertTrue(results.size() >= 11, "the library has its theorems");
    return results.stream().map(r -> {
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(DynamicTest.dynamicTest("derivation: claims hold and cross-checks agree",
          () -> assertTrue(r.derivation().holds(), GateText.of(r))));
      tests.add(DynamicTest.dynamicTest("ledger: matches the approved entry",
          () -> assertTrue(r.approved().isPresent() && r.ledgerDifferences().isEmpty(), GateText.of(r))));
      for (ProofVerdict p : r.proofs()) {
        tests.add(DynamicTest.dynamicTest("proof " + p.id(), () -> assertTrue(p.holds(), GateText.of(r))));
      }
      return DynamicContainer.dynamicContainer(r.theorem().id(), tests);
    });
  }
}
