package scalebound.theorem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import scalebound.cli.Cli;

/**
 * Theorem files that try to read, write or run something, or to exhaust the machine, are refused
 * with exit 2 and a clear message, and nothing on disk changes. The 60 s guard is a hang
 * detector, not a performance assertion: the sandbox's own limit is 10 s.
 */
class HostileTheoremFilesTest {
  static final Path DIR = Path.of("src/test/resources/theorem-files/hostile");
  private static final Duration HANG = Duration.ofSeconds(60);

  @TestFactory
  Stream<DynamicTest> eachHostileFileIsRefused() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.sorted().toList();
    }
    assertTrue(files.size() >= 12);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Cli r = assertTimeoutPreemptively(HANG, () -> Cli.run("check", file.toString()));
      assertEquals(2, r.exit(), r.all());
      assertTrue(r.err().contains(file.toString()), r.err());
      assertTrue(r.err().matches("(?s).*(not allowed|time limit|invalid YAML|longer than).*"), r.err());
      assertFalse(r.all().contains("\tat "), r.all());
    }));
  }

  @Test
  void nothingIsReadWrittenOrRun(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "the-secret-content");
    Path base = Path.of("src/test/resources/theorem-files/valid/base.yaml");
    String text = Files.readString(base);
    String[] attempts = {
        "Export(\\\"" + dir.resolve("exported") + "\\\", 1)",
        "Run(\\\"touch " + dir.resolve("ran") + "\\\")",
        "ReadString(\\\"" + secret + "\\\")",
        "Import(\\\"" + secret + "\\\")",
        "Put(m, \\\"" + dir.resolve("put") + "\\\")",
        "CreateFile(\\\"" + dir.resolve("created") + "\\\")",
    };
    for (int i = 0; i < attempts.length; i++) {
      Files.writeString(dir.resolve("hostile" + i + ".yaml"), text.replaceFirst(
          "bound: \".*\"", "bound: \"" + attempts[i].replace("\\", "\\\\\\") + "\""));
    }
    Cli r = assertTimeoutPreemptively(HANG, () -> Cli.run("check", dir.toString()));
    assertEquals(2, r.exit(), r.all());
    assertEquals(attempts.length, r.err().lines().filter(l -> l.contains("not allowed")).count(), r.err());
    assertFalse(r.all().contains("the-secret-content"));
    try (Stream<Path> left = Files.list(dir)) {
      assertEquals(List.of("hostile0.yaml", "hostile1.yaml", "hostile2.yaml", "hostile3.yaml", "hostile4.yaml",
              "hostile5.yaml", "secret.txt"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
