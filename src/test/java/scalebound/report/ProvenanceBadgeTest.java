package scalebound.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.check.Checker;
import scalebound.check.Library;
import scalebound.check.Stage;

/**
 * The provenance badge of the HTML and Markdown reports is the theorem's {@code source.layer},
 * never a guess from the locator: T1's locator starts "Abstract (claims A2, A3)" and its layer is
 * reconstruction; a copy with the same locator and layer standard is badged standard.
 */
class ProvenanceBadgeTest {
  @Test
  void theBadgeIsTheSourceLayer(@TempDir Path dir) throws Exception {
    Path theorems = Files.createDirectories(dir.resolve("library/theorems"));
    String t1 = Files.readString(Path.of("theorems/yang2025/t1-excess-risk.yaml"));
    Files.writeString(theorems.resolve("t1.yaml"), t1);
    Files.writeString(theorems.resolve("t1-standard.yaml"), t1.replace("id: yang2025.t1-excess-risk",
        "id: yang2025.t1-standard").replace("layer: reconstruction", "layer: standard"));
    ReportWriter report = new ReportWriter(dir.resolve("report"));
    new Checker(Stage.CHECK, false, report).run(Library.discover(List.of(theorems), dir));

    String html = Files.readString(dir.resolve("report/report.html"));
    assertTrue(html.contains("<b>Provenance</b> <span class=\"badge\">reconstruction</span>: arXiv:2512.22088 v1, "
        + "Abstract (claims A2, A3)"), html);
    assertTrue(html.contains("<b>Provenance</b> <span class=\"badge\">standard result</span>: arXiv:2512.22088 v1, "
        + "Abstract (claims A2, A3)"), html);
    assertFalse(html.contains("paper&#39;s claim") || html.contains("paper's claim"), "no badge guessed from the locator");
    String markdown = Files.readString(dir.resolve("report/report.md"));
    assertTrue(markdown.contains("**Provenance** (reconstruction): arXiv:2512.22088 v1, Abstract (claims A2, A3)"),
        markdown);
    assertTrue(markdown.contains("**Provenance** (standard result): arXiv:2512.22088 v1, Abstract"), markdown);
    assertFalse(markdown.contains("paper's claim"), "no badge guessed from the locator");
  }
}
