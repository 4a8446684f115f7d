package scalebound.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VerifyCommandTest {
  @Test
  void verifyChecksTheLibraryAndWritesAReportWithASectionPerTheorem() throws Exception {
    Cli r = Cli.run("verify", "theorems/yang2025/t1-excess-risk.yaml", "theorems/yang2025/lb2-two-point.yaml");
    assertEquals(0, r.exit(), r.all());
    String html = Files.readString(Path.of("target/scalebound/report.html"));
    assertTrue(html.contains("id=\"yang2025.t1-excess-risk\"") && html.contains("id=\"yang2025.lb2-two-point\""));
    assertTrue(html.contains("compute-exponent") && html.contains("Proof yang2025.p1-excess-risk"));
    assertTrue(html.contains("not tight"), "the tightness report is in the HTML");
    assertTrue(r.out().contains("scenarios 2 (2 tested)"), r.out());
    assertTrue(html.contains("Numeric checks against simulations") && html.contains("yang2025.t1.compute-phase"));
    assertTrue(!html.contains("<script") && !html.contains("http"), "self-contained");
    String md = Files.readString(Path.of("target/scalebound/report.md"));
    assertTrue(md.contains("file numerics/yang2025/t1-phase.yaml; bindings "), "a scenario says where it comes from");
    assertTrue(!Pattern.compile("bindings \\{").matcher(md + html).find(), "bindings as key = value, not a map dump");
    assertTrue(r.out().contains("summary\n") && r.out().contains("weak points\n"), r.out());
  }

  @Test
  void verifyFailsOnAChangedDerivation() {
    Cli r = Cli.run("verify", "src/test/resources/fixtures/t1-eta-one-third.yaml");
    assertEquals(1, r.exit(), r.all());
    assertTrue(r.out().contains("computeExponent: -1/6 → -1/7"), r.out());
  }

  @Test
  void verifyRefutesAFlowRateDoubledByHandWithACounterexampleAndPassesTheTrueFile() {
    Cli wrong = Cli.run("verify", "src/test/resources/false-variants/l1-rate-doubled.yaml");
    assertEquals(1, wrong.exit(), wrong.all());
    assertTrue(wrong.out().contains("REFUTED      yang2025.l1-gradient-flow × yang2025.l1-flow.arbitrary-data [exact]"),
        wrong.out());
    assertTrue(wrong.out().contains("counterexample (shrunk in") && wrong.out().contains("reproduce: ./scalebound simulate"),
        wrong.out());
    Cli right = Cli.run("verify", "theorems/yang2025/l1-gradient-flow.yaml");
    assertEquals(0, right.exit(), right.all());
    assertTrue(right.out().contains("scenarios 1 (1 tested)"),
        right.out());
  }

  @Test
  void simulateReproducesOneDrawAndRejectsUnknownParameters() {
    Cli one = Cli.run("simulate", "numerics/yang2025/l1-flow.yaml", "--theorem",
        "src/test/resources/false-variants/l1-rate-doubled.yaml", "--set", "n=6", "--set", "kernel=laplace",
        "--seed", "3");
    assertEquals(1, one.exit(), "a violated bound fails the run: " + one.all());
    assertTrue(one.out().contains("VIOLATED") && one.out().contains("n=6"), one.out());
    Cli bad = Cli.run("simulate", "numerics/yang2025/l1-flow.yaml", "--set", "samples=6", "--seed", "3");
    assertEquals(2, bad.exit(), bad.all());
    assertTrue(bad.err().contains("has no such parameter"), bad.err());
  }

  @Test
  void simulateWithSetAndSeedKeepsTheDrawsFixedValuesAndFailsWhenTheSweepRefutes() {
    Cli right = Cli.run("simulate", "numerics/yang2025/t1-sample-size.yaml", "--set", "sigma=0.5", "--seed", "3");
    assertEquals(0, right.exit(), right.all());
    String parameters = right.out().lines().filter(l -> l.startsWith("parameters: ")).findFirst().orElseThrow();
    for (String fixed : new String[] {"family=isotropic-gaussian", "d=2", "target=teacher", "kernel=laplace",
        "stopping=log-n", "stop=4", "sigma=0.5", "seed=3"}) {
      assertTrue((parameters + " ").contains(" " + fixed + " ") || parameters.contains(" " + fixed + ".0 "),
          fixed + " in " + parameters);
    }
    assertTrue(right.out().contains("consistent"), right.out());
    Cli wrong = Cli.run("simulate", "numerics/yang2025/t1-sample-size.yaml", "--theorem",
        "src/test/resources/false-variants/t1-n-inverse.yaml", "--set", "sigma=0.5", "--seed", "3");
    assertEquals(1, wrong.exit(), "a refuting sweep fails the run: " + wrong.all());
    assertTrue(wrong.out().contains("REFUTES") && wrong.out().contains("family=isotropic-gaussian d=2 "), wrong.out());
  }

  @Test
  void benchReportsTheWorkloadsAsJson() {
    Cli r = Cli.run("bench", "--json", "--only", "W2,W5");
    assertEquals(0, r.exit(), r.all());
    com.google.gson.JsonObject o = com.google.gson.JsonParser.parseString(r.out()).getAsJsonObject();
    assertTrue(o.getAsJsonObject("W2").get("seconds").getAsDouble() > 0);
    assertTrue(o.getAsJsonObject("W5").get("seconds").getAsDouble() > 0);
    for (String left : new String[] {"W1", "W3", "W4"}) {
      assertTrue(!o.has(left), "--only leaves " + left + " out");
    }
    assertTrue(o.has("blas") && o.has("lapack"), "the linear-algebra backend is named");
  }

  @Test
  void deriveLatexPrintsTheDerivedLaws() {
    Cli r = Cli.run("derive", "theorems/yang2025/t1-excess-risk.yaml", "--latex", "--no-cross-check");
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("\\begin{align*}") && r.out().contains("\\end{align*}"), r.out());
    assertTrue(r.out().contains("\\tilde{\\Theta}\\left(C^{-1/6} (\\log C)^{1/3}\\right)"), r.out());
    assertTrue(r.out().contains("\\eta \\propto C^{-1/3}") && r.out().contains("C^{*} &= "), r.out());
    assertEquals(2, Cli.run("derive", "theorems/yang2025/t1-excess-risk.yaml", "--latex", "--json").exit());
  }

  @Test
  void benchRejectsAnUnknownWorkload() {
    Cli r = Cli.run("bench", "--only", "W9");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("unknown workload 'W9'"), r.err());
  }

  @Test
  void everyCommandHasHelpLedByACompleteOneLineSummary() {
    String top = Cli.run("--help").out();
    List<String> listed = top.lines().dropWhile(l -> !l.equals("Commands:")).skip(1).takeWhile(l -> !l.isBlank())
        .toList();
    String[] commands = {"verify", "check", "derive", "approve", "simulate", "bench"};
    assertEquals(commands.length, listed.size(), "one line per command, none wrapped: " + top);
    for (int i = 0; i < commands.length; i++) {
      Cli r = Cli.run(commands[i], "--help");
      assertEquals(0, r.exit(), commands[i]);
      assertTrue(r.out().contains("Usage: scalebound " + commands[i]), r.out());
      String summary = r.out().lines().skip(1).findFirst().orElseThrow();
      assertTrue(summary.endsWith("."), "a complete sentence: " + summary);
      assertEquals("  " + String.format("%-10s", commands[i]) + summary, listed.get(i), top);
      assertFalse(r.out().contains("design brief"), r.out());
    }
  }

  @Test
  void deriveTextPrintsNestedValuesAsIndentedLinesNotMapDumps() {
    Cli r = Cli.run("derive", "theorems/yang2025/t1-excess-risk.yaml", "--no-cross-check");
    assertEquals(0, r.exit(), r.all());
    assertFalse(Pattern.compile("\\{[^}\n]*=").matcher(r.out()).find(), "no {key=value} dump: " + r.out());
    assertTrue(r.out().contains("  allocationExponents:\n    m: 1/3\n"), r.out());
    assertTrue(r.out().contains("  optimizationPhase:\n    time: T\n    rate: (2*eta*lambda)/(m*n)\n"), r.out());
    assertTrue(r.out().contains("  activeTerms:\n    - ce*Sqrt(eta)\n"), r.out());
  }

  @Test
  void derivePrintsAPhaseDiagramAsOneTablePerLaw() {
    Cli r = Cli.run("derive", "src/test/resources/fixtures/symbolic-two-regions.yaml", "--no-cross-check");
    assertEquals(0, r.exit(), r.all());
    assertFalse(Pattern.compile("\\{[^}\n]*=").matcher(r.out()).find(), "no {key=value} dump: " + r.out());
    assertTrue(r.out().contains("    compute: 2 regions\n      region  exponent "), r.out());
    assertTrue(Pattern.compile("\n      2 +\\(-alpha\\*beta\\)/\\(alpha\\+beta\\) +0 +N ~ C\\^\\(beta/\\(alpha\\+beta\\)\\), "
        + "D ~ C\\^\\(alpha/\\(alpha\\+beta\\)\\) +B/D\\^beta; A/N\\^alpha +").matcher(r.out()).find(), r.out());
    assertTrue(r.out().contains("    isolated.N: 1 region\n"), r.out());
  }

  @Test
  void aRunEndsWithTheVerdictMatrixAndTheWeakPoints() {
    Cli r = Cli.run("check", "theorems/yang2025/l3b-width-threshold.yaml", "--no-cross-check");
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("summary\n  theorem "), r.out());
    assertTrue(Pattern.compile("\n  yang2025\\.l3b-width-threshold +passes +proved +reconstruction +none +1 proved +none\n")
        .matcher(r.out()).find(), r.out());
    assertTrue(r.out().contains("weak points\n  - yang2025.l3b-width-threshold: yang2025.p3-width-threshold rests on 1 given(s)\n"),
        r.out());
  }

  @Test
  void deriveLatexPrintsEachRegionOfAPhaseDiagramWithItsCondition() {
    Cli r = Cli.run("derive", "src/test/resources/fixtures/symbolic-two-regions.yaml", "--latex", "--no-cross-check");
    assertEquals(0, r.exit(), r.all());
    assertTrue(r.out().contains("\\tilde{\\Theta}\\left(C^{ - \\frac{\\alpha \\cdot \\beta}{\\alpha + \\beta}}\\right) \\quad "
        + "\\text{(compute law)}\\ \\text{where } "), r.out());
    assertTrue(r.out().contains("\\text{(isolated law in } N\\text{)}"), r.out());
  }
}
