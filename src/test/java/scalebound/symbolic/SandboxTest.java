package scalebound.symbolic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox itself, below the theorem-file language: what an internal caller could ask. */
class SandboxTest {
  private static final Sandbox SANDBOX = Sandbox.get();

  @Test
  void theFileSystemIsOff() {
    assertFalse(SANDBOX.fileSystemEnabled());
  }

  @Test
  void theDefaultTimeLimitIsTenSeconds() {
    assertEquals(Duration.ofSeconds(10), SANDBOX.limit());
  }

  @Test
  void functionsThatTouchTheOutsideAreRefusedBeforeTheyRun(@TempDir Path dir) throws Exception {
    String[] calls = {
        "Export(\"" + dir.resolve("a") + "\", 1)", "Run(\"touch " + dir.resolve("b") + "\")",
        "ReadString(\"/etc/hostname\")", "Import(\"/etc/hostname\")", "Get(\"" + dir.resolve("c") + "\")",
        "JavaNew(\"java.io.File\", \"" + dir.resolve("d") + "\")", "SystemDialogInput(\"x\")",
        "Factorial(10^9)"};
    for (String call : calls) {
      EvaluationRefused e = assertThrows(EvaluationRefused.class, () -> SANDBOX.evaluate(SANDBOX.parse(call)), call);
      assertTrue(e.getMessage().contains("not among the functions scalebound allows"), e.getMessage());
    }
    try (var left = Files.list(dir)) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void anExpansionBombIsStoppedByALimit() {
    EvaluationRefused e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(
        EvaluationRefused.class, () -> SANDBOX.evaluate(SANDBOX.parse("Expand((1+c)^(10^7))"))));
    assertTrue(e.getMessage().matches("(?s).*(limit|aborted).*"), e.getMessage());
  }

  @Test
  void aLongComputationIsStoppedAtTheTimeLimitAndTheSandboxStillWorksAfterwards() throws Exception {
    // This expansion takes about 10 s here; with a 1 s limit it must be cut off.
    EvaluationRefused e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> assertThrows(
        EvaluationRefused.class,
        () -> SANDBOX.evaluate(SANDBOX.parse("Expand((1+s$a+s$b+s$c+s$d)^40)"), Duration.ofSeconds(1))));
    assertTrue(e.getMessage().contains("time limit of 1.0 s"), e.getMessage());
    assertEquals("2", SANDBOX.evaluate(SANDBOX.parse("1+1")).toString());
  }
}
