package scalebound.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import scalebound.derive.Derivation;
import scalebound.derive.Deriver;
import scalebound.theorem.Theorem;
import scalebound.theorem.TheoremLoader;
import scalebound.verdict.Plot;

/** A phase diagram with two regions over two constants gets a picture: each region's sample points. */
class RegionMapTest {
  @Test
  void twoRegionsOverAlphaAndBetaArePlottedByTheirSamplePoints() throws Exception {
    Theorem t = TheoremLoader.load(Path.of("src/test/resources/fixtures/symbolic-two-regions.yaml"));
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
