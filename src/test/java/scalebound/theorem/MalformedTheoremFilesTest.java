package scalebound.theorem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import scalebound.cli.Cli;

/**
 * Every file under {@code theorem-files/malformed} is one kind of mistake an author can make.
 * Each says in its header the line and the message it must produce ({@code # expect-line:},
 * {@code # expect:}); files that cannot carry a header are listed here. {@code check} must exit
 * 2 and name the file, the line and what was expected, never print a stack trace.
 */
class MalformedTheoremFilesTest {
  static final Path DIR = Path.of("src/test/resources/theorem-files/malformed");
  private static final Map<String, String> HEADERLESS =
      Map.of("empty.yaml", "empty file", "binary.yaml", "binary");

  @Test
  void theBaseOfTheMutationsIsValid() {
    // Valid input: check derives it (exit 0 or 1, it has no ledger entry), never reports bad input.
    Cli r = Cli.run("check", "--no-cross-check", "src/test/resources/theorem-files/valid/base.yaml");
    assertTrue(r.exit() != 2 && !r.err().contains("error:"), r.all());
  }

  @Test
  void thereAreAtLeastThirtyKindsOfMistake() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      assertTrue(files.count() >= 30);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachMalformedFileIsRejectedWithFileLineAndReason() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(DIR)) {
      files = s.sorted().toList();
    }
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      String name = file.getFileName().toString();
      String fragment = Optional.ofNullable(HEADERLESS.get(name)).orElseGet(() -> header(file, "# expect: "));
      int line = HEADERLESS.containsKey(name) ? 0 : Integer.parseInt(header(file, "# expect-line: "));
      Cli r = Cli.run("check", file.toString());
      assertEquals(2, r.exit(), "exit code for " + name + ":\n" + r.all());
      assertTrue(r.err().contains(fragment), "expected '" + fragment + "' in:\n" + r.err());
      String location = file + (line > 0 ? ":" + line + ":" : "");
      assertTrue(r.err().contains(location), "expected location '" + location + "' in:\n" + r.err());
      assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), "stack trace in:\n" + r.all());
    }));
  }

  @Test
  void everyProblemOfAFileIsReportedNotJustTheFirst(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("many.yaml");
    Files.writeString(file, Files.readString(Path.of("src/test/resources/theorem-files/valid/base.yaml"))
        .replace("kind: upper-bound", "kind: upperbound")
        .replace("cost: \"m*n*T\"", "cost: \"m*n*T*P\""));
    Cli r = Cli.run("check", file.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(file + ":4:") && r.err().contains("upperbound"), r.err());
    assertTrue(r.err().contains(file + ":11:") && r.err().contains("undeclared symbol P"), r.err());
    assertTrue(r.err().contains("2 problems"), r.err());
  }

  @Test
  void duplicateIdsAcrossFilesAreRejected(@TempDir Path dir) throws IOException {
    Path base = Path.of("src/test/resources/theorem-files/valid/base.yaml");
    Files.copy(base, dir.resolve("a.yaml"));
    Files.copy(base, dir.resolve("b.yaml"));
    Cli r = Cli.run("check", dir.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains(dir.resolve("b.yaml") + ":1") && r.err().contains("duplicate id 'test.base'"),
        r.err());
  }

  @Test
  void aMissingPathIsBadInput() {
    Cli r = Cli.run("check", "no/such/theorems");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no/such/theorems: no such file or directory"), r.err());
  }

  @Test
  void theColumnOfAnExpressionErrorPointsIntoTheExpression() {
    Cli r = Cli.run("check", DIR.resolve("undeclared-in-bound.yaml").toString());
    // bound: "cm*m^(-1/2) + k*n^(-1/2)" -- the text starts at column 9 (after the quote) and k is its 15th character.
    assertTrue(r.err().contains("undeclared-in-bound.yaml:13:23:"), r.err());
  }

  private static String header(Path file, String prefix) {
    try {
      return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix))
          .map(l -> l.substring(prefix.length()).strip()).findFirst()
          .orElseThrow(() -> new AssertionError(file + " has no '" + prefix + "' header"));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
