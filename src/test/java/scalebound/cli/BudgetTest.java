package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One budget for all work on untrusted input (scalebound.symbolic.Budget): towers of exponentials
 * in a proof step and a pathological theorem end in exit 0, 1 or 2, and a budget too small for the
 * work is exit 2 naming the file, the line and the limit exceeded — never exit 3, never a hang.
 * No assertion here is on elapsed time: a budget of a nanosecond is exceeded at its first check.
 */
class BudgetTest {
  private static final String TOWERS = "src/test/resources/hostile/theorems/towers.yaml";

  @AfterEach
  void restore() {
    System.clearProperty("scalebound.fileTimeLimitSeconds");
    System.clearProperty("scalebound.totalTimeLimitSeconds");
  }

  private static void assertNoCrash(Cli r) {
    assertTrue(r.exit() >= 0 && r.exit() <= 2, r.all());
    assertFalse(r.all().contains("Exception") || r.all().contains("internal error"), r.all());
  }

  @Test
  void nestedExponentialsInAProofStepEndWithinTheDefaultBudget() {
    Cli r = Cli.run("check", "--no-cross-check", TOWERS);
    assertNoCrash(r);
  }

  @Test
  void aPathologicalTheoremEndsInExit012(@TempDir Path dir) throws Exception {
    Path f = Files.createDirectories(dir.resolve("theorems")).resolve("tower.yaml");
    Files.writeString(f, """
        id: hostile.tower-bound
        title: towers everywhere
        source: {paper: "test", locator: "test", layer: reconstruction, note: "test"}
        kind: upper-bound
        quantity: Q
        resources: [m, n]
        constants:
          c: "c > 10^400"
        assume: ["m^(10^9) >= Exp(Exp(Exp(n)))"]
        bound: "c*Exp(Exp(Exp(Exp(-m))))*m^(-10^9) + n^(-1/2)*Log(Log(Log(Log(n))))"
        cost: "m*n^(10^9)"
        """);
    Cli r = Cli.run("check", f.toString());
    assertNoCrash(r);
  }

  @Test
  void aFileBudgetTooSmallIsExit2NamingTheFileTheLineAndTheLimit() {
    System.setProperty("scalebound.fileTimeLimitSeconds", "1e-9");
    Cli r = Cli.run("check", "--no-cross-check", TOWERS);
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("towers.yaml:9:"), "the theorem's bound, line 9: " + r.all());
    assertTrue(r.err().contains("SCALEBOUND_FILE_TIME_LIMIT"), r.all());
    assertFalse(r.all().contains("Exception"), r.all());
  }

  @Test
  void aRunBudgetTooSmallIsExit2NamingTheLimit() {
    System.setProperty("scalebound.totalTimeLimitSeconds", "1e-9");
    Cli r = Cli.run("check", "--no-cross-check", TOWERS);
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains("towers.yaml"), r.all());
    assertTrue(r.err().contains("SCALEBOUND_TOTAL_TIME_LIMIT"), r.all());
    Cli derive = Cli.run("derive", TOWERS);
    assertEquals(2, derive.exit(), derive.all());
    assertTrue(derive.err().contains("SCALEBOUND_TOTAL_TIME_LIMIT"), derive.all());
  }

  @Test
  void aCommandsLimitsEndWithItAndDoNotCutShortLaterWorkInTheSameJvm() {
    System.setProperty("scalebound.fileTimeLimitSeconds", "1e-9");
    System.setProperty("scalebound.totalTimeLimitSeconds", "1e-9");
    assertEquals(2, Cli.run("check", "--no-cross-check", TOWERS).exit());
    System.clearProperty("scalebound.fileTimeLimitSeconds");
    System.clearProperty("scalebound.totalTimeLimitSeconds");
    scalebound.symbolic.Budget.startFile(java.nio.file.Path.of(TOWERS), 1);
    scalebound.symbolic.Budget.check();
    scalebound.symbolic.Budget.endFile();
  }
}
