package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Defects the fuzz suite ({@link FuzzTest}) found, each pinned by its smallest input. */
class FuzzFindingsTest {
  private static final Path BUNDLED = Path.of("theorems/yang2025");

  /** A library with the bundled theorems and no proofs. */
  private static Path library(Path dir) throws Exception {
    Path theorems = Files.createDirectories(dir.resolve("theorems/yang2025"));
    try (var s = Files.list(BUNDLED)) {
      for (Path p : s.toList()) {
        Files.copy(p, theorems.resolve(p.getFileName()));
      }
    }
    Files.createDirectories(dir.resolve("numerics/yang2025"));
    return dir;
  }

  private static void assertBadInputAt(Cli r, String fileAndLine) {
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.err().contains(fileAndLine), "expected " + fileAndLine + " in: " + r.all());
    assertFalse(r.all().contains("Exception") || r.all().contains("internal error"), r.all());
  }

  @Test
  void anIntegerRangeBeyondIntIsBadInputNotAnInternalError(@TempDir Path dir) throws Exception {
    Path lib = library(dir);
    String scenario = Files.readString(Path.of("numerics/yang2025/l1-flow.yaml"))
        .replace("d: 1..6", "d: " + "9".repeat(40) + "..6");
    Files.writeString(lib.resolve("numerics/yang2025/l1-flow.yaml"), scenario);
    Cli r = Cli.run("check", "--no-cross-check", lib.resolve("theorems/yang2025/l1-gradient-flow.yaml").toString());
    assertBadInputAt(r, "l1-flow.yaml:13:");
    assertFalse(r.all().contains("9".repeat(80)), "quotes an excerpt only: " + r.all());
  }

  @Test
  void aRealRangeOrValueBeyondDoubleIsBadInput(@TempDir Path dir) throws Exception {
    Path lib = library(dir);
    String scenario = Files.readString(Path.of("numerics/yang2025/l1-flow.yaml"))
        .replace("horizon: 0.1..12.0", "horizon: 0.1..1e400");
    Files.writeString(lib.resolve("numerics/yang2025/l1-flow.yaml"), scenario);
    Cli r = Cli.run("check", "--no-cross-check", lib.resolve("theorems/yang2025/l1-gradient-flow.yaml").toString());
    assertBadInputAt(r, "l1-flow.yaml:17:");
  }

  @Test
  void aDomainNoSampleSatisfiesIsBadInputAtTheTheoremsConstants(@TempDir Path dir) throws Exception {
    Path lib = library(dir);
    Path f = lib.resolve("theorems/yang2025/l3-kernel-concentration.yaml");
    Files.writeString(f, Files.readString(f).replace("Bpsi: \"Bpsi > 0\"", "Bpsi: \"Bpsi > 2^(2^(2^(2^10)))\""));
    Cli r = Cli.run("check", "--no-cross-check", f.toString());
    assertBadInputAt(r, "l3-kernel-concentration.yaml:20:");
    assertBadInputAt(Cli.run("derive", "--no-cross-check", f.toString()), "l3-kernel-concentration.yaml:20:");
  }
}
