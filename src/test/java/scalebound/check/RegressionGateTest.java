package scalebound.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.cli.Cli;

/** The ledger makes a changed derivation fail loudly, and approving it makes the gate pass again. */
class RegressionGateTest {
  @Test
  void aChangedExponentFailsWithApprovedToNowAndPassesAfterApprove(@TempDir Path dir) throws Exception {
    Path theorems = Files.createDirectories(dir.resolve("theorems/yang2025"));
    Files.createDirectories(dir.resolve("proofs-check"));
    // T1 without its stated claims, so that only the ledger stands between a change and a pass.
    String t1 = Files.readString(Path.of("theorems/yang2025/t1-excess-risk.yaml"));
    Path file = theorems.resolve("t1.yaml");
    Files.writeString(file, t1.substring(0, t1.indexOf("claims:")));
    assertEquals(1, Cli.run("check", "--no-cross-check", file.toString()).exit(), "no ledger entry yet");
    assertEquals(0, Cli.run("approve", file.toString()).exit());
    Cli approved = Cli.run("check", "--no-cross-check", file.toString());
    assertEquals(0, approved.exit(), approved.all());

    Files.writeString(file, Files.readString(file).replace("ce*eta^(1/2)", "ce*eta^(1/3)"));
    Cli changed = Cli.run("check", "--no-cross-check", file.toString());
    assertEquals(1, changed.exit(), changed.all());
    assertTrue(changed.out().contains("ledger computeExponent: -1/6 → -1/7"), changed.out());
    assertTrue(changed.out().contains("ledger allocationExponents.T: 1/3 → 3/7"), changed.out());

    assertEquals(0, Cli.run("approve", file.toString()).exit());
    Cli reapproved = Cli.run("check", "--no-cross-check", file.toString());
    assertEquals(0, reapproved.exit(), reapproved.all());
  }

  @Test
  void approvingTwiceWritesByteIdenticalLedgers(@TempDir Path dir) throws Exception {
    Path theorems = Files.createDirectories(dir.resolve("theorems"));
    Files.createDirectories(dir.resolve("proofs-check"));
    Files.copy(Path.of("theorems/yang2025/l5-generalization.yaml"), theorems.resolve("l5.yaml"));
    Cli.run("approve", theorems.toString());
    Path ledger = dir.resolve("proofs-check/ledger/yang2025.l5-generalization.ledger");
    byte[] first = Files.readAllBytes(ledger);
    Cli.run("approve", theorems.toString());
    assertEquals(new String(first), Files.readString(ledger));
  }

  @Test
  void theLabelledFixtureDerivesMinusOneSeventhAndTheGateRejectsIt() {
    Cli r = Cli.run("check", "--no-cross-check", "src/test/resources/fixtures/t1-eta-one-third.yaml");
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.out().contains("ledger computeExponent: -1/6 → -1/7"), r.out());
    assertTrue(r.out().contains("claim compute-exponent: stated -1/6, derived -1/7"), r.out());
    assertFalse(r.out().contains("Exception"), r.out());
  }
}
