package scalebound.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.cli.Cli;

/**
 * Input from a pull request: a symbolic link is refused by name and its target never read or
 * quoted; an alias bomb, deep nesting, binary content and long scalars are refused or quoted only
 * as a short excerpt; each is exit 2 with the file named, never a stack trace.
 */
class HostileInputTest {
  private static final String SECRET = "root:x:0:0:the-secret-line-of-a-credentials-file";

  private static Cli check(Path file) {
    return Cli.run("check", file.toString());
  }

  @Test
  void aSymlinkToAFileOutsideIsRefusedAndItsContentNeverQuoted(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, SECRET + "\n");
    Files.createDirectories(dir.resolve("repo/theorems"));
    Path link = dir.resolve("repo/theorems/x.yaml");
    Files.createSymbolicLink(link, secret);
    Cli r = check(dir.resolve("repo/theorems"));
    assertEquals(2, r.exit(), r.all());
    assertTrue(r.all().contains("x.yaml") && r.all().contains("symbolic link"), r.all());
    assertFalse(r.all().contains("the-secret"), r.all());
    Cli direct = check(link);
    assertEquals(2, direct.exit(), direct.all());
    assertFalse(direct.all().contains("the-secret"), direct.all());
  }

  @Test
  void aScalarWhereAMappingBelongsIsQuotedOnlyAsAShortExcerpt(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("theorems/long.yaml");
    Files.createDirectories(f.getParent());
    Files.writeString(f, "\"" + SECRET + "-" + "x".repeat(500) + "\"\n");
    Cli r = check(f);
    assertEquals(2, r.exit(), r.all());
    assertFalse(r.all().contains("x".repeat(80)), r.all());
    assertFalse(r.all().contains("Exception"), r.all());
  }

  @Test
  void anAliasBombDeepNestingAndBinaryContentAreRefused(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("theorems"));
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append("a").append(i).append(": &a").append(i).append(" [");
      bomb.append(String.join(", ", java.util.Collections.nCopies(10, "*a" + (i - 1)))).append("]\n");
    }
    Path aliases = Files.writeString(dir.resolve("theorems/bomb.yaml"), bomb.toString());
    Path deep = Files.writeString(dir.resolve("theorems/deep.yaml"), "id: " + "[".repeat(200) + "]".repeat(200) + "\n");
    Path binary = Files.write(dir.resolve("theorems/binary.yaml"), new byte[] {'i', 'd', ':', ' ', 0, 1, 2, (byte) 0xff});
    for (Path f : new Path[] {aliases, deep, binary}) {
      Cli r = check(f);
      assertEquals(2, r.exit(), f + ": " + r.all());
      assertTrue(r.err().contains(f.getFileName().toString()), r.all());
      assertFalse(r.all().contains("Exception") || r.all().contains("\tat "), r.all());
    }
  }

  @Test
  void aTowerOfExponentialsBeyondTheArithmeticsRangeRefutesNothingAndCrashesNothing() {
    Cli r = Cli.run("check", "--no-cross-check", "src/test/resources/hostile/theorems/towers.yaml");
    assertEquals(1, r.exit(), "the proof breaks other rules, so 1; never 3: " + r.all());
    assertTrue(r.out().contains("3 steps: 3 proved"), "Exp(Exp(Exp(m))) at m = 1e12 is beyond 50 digits, not false: " + r.out());
    assertFalse(r.all().contains("Exception"), r.all());
  }
}
