package scalebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLoader;
import scalebound.verdict.Plot;

/** A phase diagram with two regions over two constants gets a picture: each region's sample points. */
class RegionMapTest {
  @Test
  void twoRegionsOverAlphaAndBetaArePlottedByTheirSamplePoints(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("symbolic.yaml");
    Files.writeString(file, String.join("\n",
        "id: test.symbolic",
        "title: two power terms and an interaction",
        "source: {paper: test, locator: test, note: written by a test}",
        "kind: upper-bound",
        "quantity: Risk",
        "resources: [N, D]",
        "constants: {A: \"A > 0\", B: \"B > 0\", E: \"E > 0\", alpha: \"alpha > 0\", beta: \"beta > 0\"}",
        "bound: \"A/N^alpha + B/D^beta + E/(N*D)\"",
        "cost: \"N*D\"", ""));
    Theorem t = TheoremLoader.load(file);
    Derivation d = Deriver.derive(t, false);
    List<Plot> maps = DerivedPlots.of(t, d).stream().filter(p -> p.title().contains("phase diagram")).toList();
    assertEquals(1, maps.size(), "one picture, of the compute law (the isolated laws have one region each)");
    Plot map = maps.get(0);
    assertEquals("alpha", map.xLabel());
    assertEquals("beta", map.yLabel());
    assertEquals(2, map.series().size());
    int points = map.series().stream().mapToInt(s -> s.x().length).sum();
    assertEquals(d.diagrams().get("compute").regions().stream().mapToInt(r -> r.points()).sum(), points);
    for (Plot.Series s : map.series()) {
      assertTrue(s.x().length > 0, s.name());
    }
    Plot.Series exponentMinusOne = map.series().stream().filter(s -> s.name().endsWith("exponent -1")).findFirst()
        .orElseThrow(() -> new AssertionError(map.series().toString()));
    for (int i = 0; i < exponentMinusOne.x().length; i++) {
      assertTrue(exponentMinusOne.y()[i] >= 1, "the region with exponent -1 needs beta >= 1: beta = " + exponentMinusOne.y()[i]);
    }
  }
}
