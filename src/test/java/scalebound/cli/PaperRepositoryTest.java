package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authoring guide's paper CI, end to end, in a scratch paper repository: a directory with its
 * own {@code theorems/} and no {@code proofs-check/} yet, with scalebound cloned into
 * {@code .scalebound/} (which has a library of its own). Each command runs in its own JVM with the
 * paper repository as working directory and the clone as installation, as the launcher runs it.
 */
class PaperRepositoryTest {
  @TempDir Path paper;

  private Path tool;
  private Path theorem;

  @BeforeEach
  void freshPaperRepository() throws IOException {
    tool = paper.resolve(".scalebound");
    Files.copy(Path.of("theorems/yang2025/l4-lazy-training.yaml"),
        Files.createDirectories(tool.resolve("theorems/yang2025")).resolve("l4-lazy-training.yaml"));
    theorem = Files.createDirectories(paper.resolve("theorems/mypaper")).resolve("lazy.yaml");
    Files.writeString(theorem, Files.readString(Path.of("theorems/yang2025/l4-lazy-training.yaml"))
        .replace("id: yang2025.l4-lazy-training", "id: mypaper.lazy-training"));
  }

  @Test
  void firstApproveWritesThePapersLedgerThenCheckGatesAChangedExponent() throws Exception {
    Run before = scalebound("check", "--no-cross-check", "theorems");
    assertEquals(1, before.exit(), before.all());
    assertTrue(before.out().contains("has no entry (run scalebound approve theorems"), before.out());
    assertFalse(before.all().contains("./scalebound"), "no launcher is named that the paper does not have");

    Run approve = scalebound("approve", "--no-numerics");
    assertEquals(0, approve.exit(), approve.all());
    assertTrue(Files.isRegularFile(paper.resolve("proofs-check/ledger/mypaper.lazy-training.ledger")), approve.all());
    assertFalse(Files.exists(tool.resolve("proofs-check")), "nothing is written into the tool's clone");

    Run check = scalebound("check", "theorems");
    assertEquals(0, check.exit(), check.all());

    Files.writeString(theorem, Files.readString(theorem).replace("clazy*m^(-1/2)", "clazy*m^(-1/3)")
        .replace("{m: \"-1/2\"}", "{m: \"-1/3\"}"));
    Run changed = scalebound("check", "theorems");
    assertEquals(1, changed.exit(), changed.all());
    assertTrue(changed.out().contains("ledger statement.term[0].shape: m^(-1/2) → m^(-1/3)"), changed.out());
  }

  @Test
  void aDirectoryWithTheoremsIsALibraryRootBeforeItHasProofsCheck() throws Exception {
    Path draft = Files.createDirectories(paper.resolve("drafts")).resolve("draft.yaml");
    Files.writeString(draft, Files.readString(theorem).replace("id: mypaper.lazy-training", "id: mypaper.draft"));
    Run approve = scalebound("approve", "--no-numerics", "drafts/draft.yaml");
    assertEquals(0, approve.exit(), approve.all());
    assertTrue(Files.isRegularFile(paper.resolve("proofs-check/ledger/mypaper.draft.ledger")), approve.all());
    assertFalse(Files.exists(tool.resolve("proofs-check")), "nothing is written into the tool's clone");
  }

  /** What one command printed and its exit code. */
  record Run(int exit, String out, String err) {
    String all() {
      return out + err;
    }
  }

  /** Runs {@code scalebound args} in a fresh JVM, in the paper repository, installed in {@code .scalebound/}. */
  private Run scalebound(String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "-Xss8m", "-Xmx1g", "-Dfile.encoding=UTF-8",
        "-Dscalebound.home=" + tool,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("scalebound-out", ".txt");
    Path err = Files.createTempFile("scalebound-err", ".txt");
    Process p = new ProcessBuilder(command).directory(paper.toFile()).redirectOutput(out.toFile())
        .redirectError(err.toFile()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "scalebound " + String.join(" ", args) + " finished");
    Run run = new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return run;
  }
}
