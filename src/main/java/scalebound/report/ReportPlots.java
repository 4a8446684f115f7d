package scalebound.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import scalebound.verdict.Plot;

/**
 * The report's figures, rendered once: each plot as PNG bytes, written under the report's
 * {@code plots/} folder (for report.md) and available as a data URI (so report.html needs no
 * other file).
 */
final class ReportPlots {
  record Figure(Plot plot, String file, byte[] png) {
    String dataUri() {
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }
  }

  private final Path dir;
  private int count;

  ReportPlots(Path reportDir) throws IOException {
    this.dir = reportDir.resolve("plots");
    Files.createDirectories(dir);
    try (var old = Files.list(dir)) {
      for (Path p : old.filter(f -> f.toString().endsWith(".png")).toList()) {
        Files.delete(p);
      }
    }
  }

  List<Figure> render(String prefix, List<Plot> plots) throws IOException {
    List<Figure> out = new ArrayList<>();
    for (Plot p : plots) {
      byte[] png = Charts.png(p);
      String name = String.format("%s-%02d.png", prefix.replaceAll("[^a-z0-9.-]", "-"), ++count);
      Files.write(dir.resolve(name), png);
      out.add(new Figure(p, "plots/" + name, png));
    }
    return out;
  }
}
