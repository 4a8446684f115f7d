package scalebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scalebound.cli.Main;

/**
 * The report as a user meets it: verify writes it (here for T1, whose phase plot carries C*,
 * and a false variant, whose counterexample must show), headless Chromium renders it and takes
 * a screenshot, and the rendered DOM must hold every theorem's section, typeset statement and
 * plots, each plot a decodable PNG captioned with what it draws (a draw's parameters and seed,
 * the constants of a derived curve), not with its title. report.md must have no broken links.
 * Chromium comes from Debian (.ci/run installs it); without it the browser test is skipped
 * locally and fails under CI=true.
 */
class ReportInBrowserTest {
  private static final Path DIR = Path.of("target", "report-in-browser");
  private static final String[] THEOREMS = {"theorems/yang2025/t1-excess-risk.yaml",
      "theorems/yang2025/lb1-first-order-oracle.yaml", "src/test/resources/false-variants/l1-rate-doubled.yaml"};
  private static String html;

  @BeforeAll
  static void verify() throws Exception {
    String[] args = new String[THEOREMS.length + 2];
    args[0] = "verify";
    args[1] = "--report-dir=" + DIR;
    System.arraycopy(THEOREMS, 0, args, 2, THEOREMS.length);
    int exit = Main.run(new java.io.PrintWriter(java.io.Writer.nullWriter()),
        new java.io.PrintWriter(java.io.Writer.nullWriter()), args);
    assertEquals(1, exit, "the false variant fails, so verify exits 1");
    html = Files.readString(DIR.resolve("report.html"));
  }

  private static Path chromium() {
    for (String c : new String[] {"/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"}) {
      if (Files.isExecutable(Path.of(c))) {
        return Path.of(c);
      }
    }
    return null;
  }

  private static String run(Path browser, String... extra) throws Exception {
    Path profile = Files.createTempDirectory("chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + profile, "--window-size=1280,2400"));
    cmd.addAll(List.of(extra));
    cmd.add(DIR.resolve("report.html").toUri().toString());
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    return out;
  }

  @Test
  void chromiumRendersEveryTheoremSectionAndPlot() throws Exception {
    Path browser = chromium();
    if (browser == null) {
      assertFalse("true".equalsIgnoreCase(System.getenv("CI")), "CI must install Debian's chromium (.ci/run does)");
      assumeTrue(false, "chromium is not installed; skipped outside CI");
    }
    String dom = run(browser, "--dump-dom");
    for (String id : new String[] {"yang2025.t1-excess-risk", "yang2025.lb1-first-order-oracle",
        "yang2025.l1-gradient-flow"}) {
      assertTrue(dom.contains("<section id=\"" + id + "\">"), "section " + id + " rendered");
    }
    assertTrue(dom.contains("<math"), "statements are typeset MathML");
    assertTrue(dom.contains("Counterexample") && dom.contains("reproduce: "), "the failure shows its counterexample");
    Matcher img = Pattern.compile("<img class=\"plot\" alt=\"([^\"]*)\" src=\"data:image/png;base64,([^\"]+)\"").matcher(dom);
    List<String> titles = new ArrayList<>();
    while (img.find()) {
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(img.group(2))));
      assertTrue(png != null && png.getWidth() >= 600 && png.getHeight() >= 300, "plot " + img.group(1) + " decodes");
      titles.add(img.group(1));
    }
    assertTrue(titles.stream().anyMatch(t -> t.contains("compute-optimal frontier")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.contains("optimization phase, then statistical phase")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.contains("ExcessRisk against compute C")), titles.toString());
    assertTrue(titles.stream().anyMatch(t -> t.contains("(counterexample)") || t.contains("measured against the bound")),
        titles.toString());
    Path shot = DIR.resolve("report-screenshot.png");
    Files.deleteIfExists(shot);
    run(browser, "--screenshot=" + shot.toAbsolutePath());
    BufferedImage screenshot = ImageIO.read(shot.toFile());
    assertTrue(screenshot != null && screenshot.getWidth() == 1280, "a screenshot of the rendered report");
  }

  @Test
  void everyFigureIsCaptionedWithWhatWasDrawnNotWithItsTitle() {
    Matcher figure = Pattern.compile("<img class=\"plot\" alt=\"([^\"]*)\" src=\"[^\"]*\"><figcaption>([^<]*)"
        + "</figcaption>").matcher(html);
    Map<String, String> captions = new LinkedHashMap<>();
    while (figure.find()) {
      String title = figure.group(1);
      String caption = figure.group(2);
      assertFalse(caption.isBlank() || caption.contains(title), "the caption of '" + title + "' is not its title: " + caption);
      captions.put(title, caption);
    }
    String phase = captionOf(captions, "ExcessRisk against compute C (draw ");
    for (String drawn : new String[] {"of scenario yang2025.t1.compute-phase", "family=", "kernel=rbf", "sigma=", "m=",
        "n=32", "seed="}) {
      assertTrue(phase.contains(drawn), "the T1 phase plot's caption has " + drawn + ": " + phase);
    }
    String exact = captionOf(captions, "measured against the bound");
    for (String drawn : new String[] {"of scenario yang2025.lb1.worst-case-quadratic", "kappa in 1.1..1000.0",
        "dimension = 400"}) {
      assertTrue(exact.contains(drawn), "the LB1 plot's caption has " + drawn + ": " + exact);
    }
    for (String caption : List.of(phase, exact)) {
      assertTrue(Pattern.compile("trial seed -?[0-9]+").matcher(caption).find(), caption);
    }
    assertTrue(captionOf(captions, "compute-optimal frontier").contains("Constants at "), captions.toString());
    assertTrue(captionOf(captions, "optimization phase, then statistical phase").contains("threshold C* = "),
        captions.toString());
  }

  private static String captionOf(Map<String, String> captions, String title) {
    return captions.entrySet().stream().filter(e -> e.getKey().contains(title)).map(Map.Entry::getValue).findFirst()
        .orElseThrow(() -> new AssertionError("no figure titled '" + title + "': " + captions.keySet()));
  }

  @Test
  void theReportIsSelfContained() {
    assertFalse(html.contains("<script"), "no scripts");
    assertFalse(Pattern.compile("(src|href)=\"https?:").matcher(html).find(), "nothing fetched from the network");
    assertTrue(html.contains("derived C*"), "the phase plots mark C*");
  }

  @Test
  void reportMarkdownHasNoBrokenLinks() throws Exception {
    String md = Files.readString(DIR.resolve("report.md"));
    Matcher link = Pattern.compile("\\]\\(([^)]+)\\)").matcher(md);
    int links = 0;
    while (link.find()) {
      String target = link.group(1);
      links++;
      if (target.startsWith("#")) {
        assertTrue(md.contains("<a id=\"" + target.substring(1) + "\"></a>"), "anchor " + target);
      } else {
        assertFalse(target.contains("://"), "no network links: " + target);
        assertTrue(Files.isRegularFile(DIR.resolve(target)), "linked file " + target);
      }
    }
    assertTrue(links >= 6, "contents and plots are linked: " + links);
    assertTrue(md.contains("$$\\mathrm{ExcessRisk} \\le"), "statements in TeX");
  }
}
